// Where an imported row's words live. A spreadsheet row has no report text, yet every claim
// must point at real words of its report (DESIGN.md). So rows are grouped by their report
// column, and each new group's report text is its rows' quote words (or statements), one per
// line: each anchor then covers exactly its row's line. See docs/decisions/0020.
import { type TextAnchor, makeAnchor } from "./anchor";
import type { ImportRow } from "./import-rows";

export type ReportGroup = {
  /** The report column as written; "" for rows that name no report. */
  key: string;
  url: string | null;
  title: string;
  rows: ImportRow[];
};

const isUrl = (text: string) => /^https?:\/\/\S+$/i.test(text);

/** The words a row's claim is anchored on. */
export const wordsOf = (row: Pick<ImportRow, "quoteWords" | "statement">) => (row.quoteWords || row.statement).replace(/\s+/g, " ").trim();

/** Rows grouped by report column, in the order the groups first appear. */
export function groupByReport(rows: readonly ImportRow[], fileName: string): ReportGroup[] {
  const groups = new Map<string, ReportGroup>();
  for (const row of rows) {
    const key = row.report ?? "";
    let group = groups.get(key);
    if (!group) {
      const named = key && !isUrl(key) ? key : null;
      group = { key, url: isUrl(key) ? key : null, title: importedTitle(named ?? (key || "rows without a report"), fileName), rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** Titled so that nobody takes the stored text for the article itself. */
export function importedTitle(name: string, fileName: string) {
  return `${name} (imported from spreadsheet ${fileName})`;
}

/**
 * The text of a new report for a group: each row's words on a line of their own (a line
 * repeated by several rows is written once), and each row's anchor on its line.
 */
export function importedReportText(rows: readonly ImportRow[]): { text: string; anchors: TextAnchor[] } {
  const lineStarts = new Map<string, number>();
  const lines: string[] = [];
  let length = 0;
  for (const row of rows) {
    const words = wordsOf(row);
    if (!words || lineStarts.has(words)) continue;
    lineStarts.set(words, length);
    lines.push(words);
    length += words.length + 1;
  }
  const text = lines.join("\n");
  const anchors = rows.map((row) => {
    const words = wordsOf(row);
    const start = lineStarts.get(words) ?? 0;
    // A row with no words at all is already in error (no statement) and is never saved.
    return words ? makeAnchor(text, start, start + words.length) : { exact: "", prefix: "", suffix: "", start: 0, end: 0 };
  });
  return { text, anchors };
}

/** The row's words in an existing report's text, or null when that text does not hold them. */
export function anchorInExistingText(text: string, row: ImportRow): TextAnchor | null {
  const words = wordsOf(row);
  const at = words ? text.indexOf(words) : -1;
  return at === -1 ? null : makeAnchor(text, at, at + words.length);
}
