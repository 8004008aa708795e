// Reading a spreadsheet of claims an analyst already collected: which column is which, and
// each row as a claim with its problems named by column. Pure: the file is already a grid of
// strings (lib/import/read-sheet.ts); matching sources and reports is lib/data/claim-import.ts.
import { measureFromUnit, normaliseUnit } from "./measure";
import { type Measure, type Modality, measures, modalities, modalityLabels, type Qualifier, qualifiers } from "./vocabulary";

export const importColumns = [
  "statement",
  "value",
  "qualifier",
  "unit",
  "modality",
  "source",
  "relayed by",
  "date",
  "place",
  "report",
  "quote words",
  "measure",
  "scope",
  "topic",
] as const;
export type ImportColumn = (typeof importColumns)[number];

// Header words analysts use for the same column, compared without case or spaces.
const headerVariants: Record<ImportColumn, string[]> = {
  statement: ["statement", "claim", "text"],
  value: ["value", "figure", "number"],
  qualifier: ["qualifier"],
  unit: ["unit", "units"],
  modality: ["modality"],
  source: ["source", "originator", "said by"],
  "relayed by": ["relayed by", "relays", "relay", "relayedby"],
  date: ["date", "as of", "claimed at"],
  place: ["place", "location"],
  report: ["report", "url", "report url", "report title", "article"],
  "quote words": ["quote words", "quote", "words", "quoted words"],
  measure: ["measure"],
  scope: ["scope", "scope place"],
  topic: ["topic"],
};

const headerKey = (header: string) =>
  header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
const columnByHeader = new Map(importColumns.flatMap((column) => headerVariants[column].map((variant) => [headerKey(variant), column] as const)));

export type ColumnMap = { columns: Partial<Record<ImportColumn, number>>; ignored: string[] };

/** Which cell of a row holds which column; headers it does not know are listed, not fatal. */
export function mapHeaders(header: readonly string[]): ColumnMap {
  const columns: Partial<Record<ImportColumn, number>> = {};
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const column = columnByHeader.get(headerKey(cell));
    if (column && columns[column] === undefined) columns[column] = index;
    else if (cell.trim()) ignored.push(cell.trim());
  });
  return { columns, ignored };
}

export type RowError = { column: ImportColumn; message: string };

/** One row as it will be saved, before its sources and report are looked up. */
export type ImportRow = {
  /** The row's line in the spreadsheet, the header being line 1. */
  line: number;
  statement: string;
  kind: "quantity" | "statement";
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  measure: Measure | null;
  modality: Modality;
  source: string | null;
  relayedBy: string[];
  claimedAt: string | null;
  place: string | null;
  scope: string | null;
  topic: string | null;
  report: string | null;
  quoteWords: string | null;
  errors: RowError[];
};

const qualifierWords: Record<string, Qualifier> = {
  about: "approx",
  approximately: "approx",
  around: "approx",
  roughly: "approx",
  "~": "approx",
  over: "more_than",
  "more than": "more_than",
  "at least": "at_least",
  "up to": "up_to",
  "at most": "at_most",
  between: "range",
};

const wordKey = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

function vocabularyWord<T extends string>(cell: string, words: readonly T[], extra: Record<string, T> = {}): T | undefined {
  const key = wordKey(cell);
  return (words as readonly string[]).includes(key) ? (key as T) : extra[cell.trim().toLowerCase().replace(/\s+/g, " ")];
}

const modalityWords = Object.fromEntries(modalities.map((modality) => [modalityLabels[modality], modality])) as Record<string, Modality>;

// A figure as analysts type it: 1200, 1,200, 1 200, 12.5, or a range 100-200 / 100–200.
const plainNumber = /^-?(\d{1,3}(?:[, \u00A0\u202F]\d{3})+|\d+)(\.\d+)?$/;
function number(text: string): number | null {
  const trimmed = text.trim();
  return plainNumber.test(trimmed) ? Number(trimmed.replace(/[, \u00A0\u202F]/g, "")) : null;
}

function figure(cell: string): { value: number; lower: number | null; upper: number | null } | null {
  const single = number(cell);
  if (single !== null) return { value: single, lower: null, upper: null };
  const range = /^(.+?)\s*(?:[-–—]|to)\s*(.+)$/.exec(cell.trim());
  const lower = range ? number(range[1]!) : null;
  const upper = range ? number(range[2]!) : null;
  if (lower === null || upper === null || lower > upper) return null;
  return { value: (lower + upper) / 2, lower, upper };
}

// A day as ISO 8601 (2024-03-05), or a month or year, which stand for their first day.
function day(cell: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+Z?)?$/.exec(cell.trim());
  if (!match) return null;
  const [year, month = "01", date = "01"] = match.slice(1).map((part) => part ?? undefined) as [string, string?, string?];
  const parsed = new Date(`${year}-${month}-${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(5, 10) !== `${month}-${date}` ? null : parsed.toISOString().slice(0, 10);
}

/** Names in a "relayed by" cell: separated by semicolons or vertical bars (commas occur in names). */
const names = (cell: string) =>
  cell
    .split(/[;|]/)
    .map((name) => name.trim())
    .filter(Boolean);

/** Every data row read against the header; blank rows are skipped, their lines still counted. */
export function readImportRows(header: readonly string[], rows: readonly (readonly string[])[]): { rows: ImportRow[]; ignored: string[] } {
  const { columns, ignored } = mapHeaders(header);
  const parsed: ImportRow[] = [];
  rows.forEach((cells, index) => {
    if (cells.every((cell) => !cell?.trim())) return;
    parsed.push(readRow(index + 2, (column) => (columns[column] === undefined ? "" : (cells[columns[column]!] ?? "").trim())));
  });
  return { rows: parsed, ignored };
}

function readRow(line: number, cell: (column: ImportColumn) => string): ImportRow {
  const errors: RowError[] = [];
  const fail = (column: ImportColumn, message: string) => errors.push({ column, message });
  const optional = (column: ImportColumn) => cell(column) || null;

  const statement = cell("statement");
  if (!statement) fail("statement", "A claim needs a statement");

  let amount: ReturnType<typeof figure> = null;
  if (cell("value")) {
    amount = figure(cell("value"));
    if (!amount) fail("value", `“${cell("value")}” is not a number (write 1200, 1,200 or 100-200)`);
  }

  let qualifier: Qualifier | null = null;
  if (cell("qualifier")) {
    qualifier = vocabularyWord(cell("qualifier"), qualifiers, qualifierWords) ?? null;
    if (!qualifier) fail("qualifier", `“${cell("qualifier")}” is not a qualifier (${qualifiers.join(", ")})`);
  } else if (amount) qualifier = amount.lower === null ? "exact" : "range";

  let modality: Modality = "unknown";
  if (cell("modality")) {
    const word = vocabularyWord(cell("modality"), modalities, modalityWords);
    if (word) modality = word;
    else fail("modality", `“${cell("modality")}” is not a modality (${modalities.join(", ")})`);
  }

  const unit = normaliseUnit(cell("unit"))?.unit ?? null;
  let measure: Measure | null = null;
  if (cell("measure")) {
    measure = vocabularyWord(cell("measure"), measures) ?? null;
    if (!measure) fail("measure", `“${cell("measure")}” is not a measure (${measures.join(", ")})`);
  } else if (amount) measure = measureFromUnit(cell("unit"));

  let claimedAt: string | null = null;
  if (cell("date")) {
    claimedAt = day(cell("date"));
    if (!claimedAt) fail("date", `“${cell("date")}” is not a date (write 2024-03-05)`);
  }

  return {
    line,
    statement,
    kind: amount ? "quantity" : "statement",
    value: amount?.value ?? null,
    lower: amount?.lower ?? null,
    upper: amount?.upper ?? null,
    qualifier,
    unit,
    measure,
    modality,
    source: optional("source"),
    relayedBy: names(cell("relayed by")),
    claimedAt,
    place: optional("place"),
    scope: optional("scope"),
    topic: optional("topic"),
    report: optional("report"),
    quoteWords: optional("quote words")?.replace(/\s+/g, " ") ?? null,
    errors,
  };
}
