// Claims as exported: one self-contained record per claim with every field needed to
// rebuild it (report, anchor, figure, place, times, chain), as JSON or as CSV rows.
// Pure: the data layer maps database rows to ExportClaim; the route streams the text.
import type { FigureScope } from "./scope";
import type { ClaimKind, Confidence, HopRole, Measure, Modality, PlacePrecision, Qualifier, ReviewStatus, Stance } from "./vocabulary";

export type ExportHop = { position: number; sourceSlug: string; sourceName: string; role: HopRole; verb: string | null };

export type ExportClaim = {
  id: string;
  reportId: string;
  reportTitle: string;
  reportUrl: string | null;
  /** ISO 8601; null when the report gives no date. */
  reportPublishedAt: string | null;
  /** The outlet that published the report, by name. */
  outletName: string | null;
  topicSlug: string | null;
  kind: ClaimKind;
  statement: string;
  anchor: { exact: string; prefix: string; suffix: string; start: number; end: number };
  value: number | null;
  lower: number | null;
  upper: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  measure: Measure | null;
  /** The area the figure covers, as the gazetteer resolved it (or as typed). */
  scopePlace: string | null;
  scope: FigureScope | null;
  asStated: string | null;
  modality: Modality;
  stance: Stance;
  place: { name: string | null; latitude: number | null; longitude: number | null; precision: PlacePrecision | null; relation: string | null };
  /** ISO 8601 instants; null when unknown. */
  claimedAt: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** The day the figure holds at: periodEnd, else claimedAt. */
  asOf: string | null;
  confidence: Confidence;
  reviewStatus: ReviewStatus;
  notes: string | null;
  version: number;
  /** When the claim was last changed (its review included), ISO 8601. */
  updatedAt: string | null;
  /** Originator first, in the order the claim travelled. */
  chain: ExportHop[];
};

/** The CSV columns, in order; the header row uses these names. */
export const csvColumns = [
  "id",
  "report_id",
  "report_title",
  "report_url",
  "outlet",
  "report_published_at",
  "topic",
  "kind",
  "statement",
  "anchor_exact",
  "anchor_prefix",
  "anchor_suffix",
  "anchor_start",
  "anchor_end",
  "value",
  "lower",
  "upper",
  "qualifier",
  "unit",
  "measure",
  "scope_place",
  "scope_level",
  "scope_within",
  "as_stated",
  "modality",
  "stance",
  "place_name",
  "latitude",
  "longitude",
  "place_precision",
  "place_relation",
  "claimed_at",
  "period_start",
  "period_end",
  "as_of",
  "confidence",
  "review_status",
  "notes",
  "version",
  "chain",
  "originator",
  "relays",
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** "national-intelligence-service:originator:citing > yonhap-news-agency:relay:according to". */
export function chainColumn(chain: readonly ExportHop[]): string {
  return chain.map((hop) => `${hop.sourceSlug}:${hop.role}:${hop.verb ?? ""}`).join(" > ");
}

/** The chain column read back; slugs and roles never hold ":" or " > ", a verb may hold ":". */
export function parseChainColumn(column: string): Array<Pick<ExportHop, "sourceSlug" | "role" | "verb">> {
  if (column === "") return [];
  return column.split(" > ").map((hop) => {
    const [sourceSlug = "", role = "", ...verb] = hop.split(":");
    const joined = verb.join(":");
    return { sourceSlug, role: role as HopRole, verb: joined === "" ? null : joined };
  });
}

const numberCell = (value: number | null) => (value === null ? "" : String(value));
const textCell = (value: string | null) => value ?? "";

/** One claim as CSV cells, keyed by column. Relays include speakers: everyone after the originator. */
export function csvRecord(claim: ExportClaim): Record<CsvColumn, string> {
  const originator = claim.chain.find((hop) => hop.role === "originator") ?? claim.chain[0];
  return {
    id: claim.id,
    report_id: claim.reportId,
    report_title: claim.reportTitle,
    report_url: textCell(claim.reportUrl),
    outlet: textCell(claim.outletName),
    report_published_at: textCell(claim.reportPublishedAt),
    topic: textCell(claim.topicSlug),
    kind: claim.kind,
    statement: claim.statement,
    anchor_exact: claim.anchor.exact,
    anchor_prefix: claim.anchor.prefix,
    anchor_suffix: claim.anchor.suffix,
    anchor_start: String(claim.anchor.start),
    anchor_end: String(claim.anchor.end),
    value: numberCell(claim.value),
    lower: numberCell(claim.lower),
    upper: numberCell(claim.upper),
    qualifier: textCell(claim.qualifier),
    unit: textCell(claim.unit),
    measure: textCell(claim.measure),
    scope_place: textCell(claim.scopePlace),
    scope_level: textCell(claim.scope?.level ?? null),
    // Nearest first, as the chain column reads: "Malatya > Turkey" for a district of Malatya.
    scope_within: claim.scope?.within.join(" > ") ?? "",
    as_stated: textCell(claim.asStated),
    modality: claim.modality,
    stance: claim.stance,
    place_name: textCell(claim.place.name),
    latitude: numberCell(claim.place.latitude),
    longitude: numberCell(claim.place.longitude),
    place_precision: textCell(claim.place.precision),
    place_relation: textCell(claim.place.relation),
    claimed_at: textCell(claim.claimedAt),
    period_start: textCell(claim.periodStart),
    period_end: textCell(claim.periodEnd),
    as_of: textCell(claim.asOf),
    confidence: claim.confidence,
    review_status: claim.reviewStatus,
    notes: textCell(claim.notes),
    version: String(claim.version),
    chain: chainColumn(claim.chain),
    originator: originator?.sourceSlug ?? "",
    relays: claim.chain
      .filter((hop) => hop !== originator)
      .map((hop) => hop.sourceSlug)
      .join(" > "),
  };
}

// A spreadsheet runs a cell that starts with = + - @ (or tab/CR) as a formula (OWASP "CSV
// injection"), so such text gets a leading apostrophe. A cell that already starts with an
// apostrophe gets one more, so that `unguardCell` can undo the guard exactly. Plain numbers
// ("-3.5", a longitude) are data, not formulas, and stay as they are.
const formulaStart = /^[=+\-@\t\r']/;
const plainNumber = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function guardCell(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** Every guarded cell, and only those, starts with an apostrophe: the guard always adds one. */
export function unguardCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** RFC 4180: a field holding a comma, a quote, CR or LF is quoted, its quotes doubled. */
export function csvField(text: string): string {
  const guarded = guardCell(text);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One CSV line, ending in CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

export const csvHeader = () => csvLine(csvColumns);

export function csvClaimLine(claim: ExportClaim): string {
  const record = csvRecord(claim);
  return csvLine(csvColumns.map((column) => record[column]));
}

/** Parses RFC 4180 text into rows of raw fields (for reading an export back). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || (char === "\r" && text[at + 1] === "\n")) {
      if (char === "\r") at += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** An export read back: one record per claim, keyed by column, with the formula guard undone. */
export function readCsvExport(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((column, index) => [column, unguardCell(cells[index] ?? "")])));
}
