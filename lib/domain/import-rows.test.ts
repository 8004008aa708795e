import { expect, test } from "vitest";
import { anchorInExistingText, groupByReport, importedReportText } from "./import-reports";
import { mapHeaders, readImportRows } from "./import-rows";

const header = ["Statement", "Value", "Qualifier", "Unit", "Modality", "Originator", "Relays", "Date", "Place", "Report URL", "Quote words"];
const row = (overrides: Partial<Record<string, string>> = {}) =>
  header.map(
    (column) =>
      ({
        Statement: "INVENTED: 1,200 soldiers arrived",
        Value: "1,200",
        Qualifier: "at least",
        Unit: "soldiers",
        Modality: "completed",
        Originator: "Example Ministry",
        Relays: "Example Wire; Example Daily",
        Date: "2026-10-05",
        Place: "Example Town",
        "Report URL": "https://example.org/a",
        "Quote words": "at least 1,200 soldiers",
        ...overrides,
      })[column] ?? "",
  );

test("headers are matched without case or spaces, and common variants name the same column", () => {
  const { columns, ignored } = mapHeaders(["STATEMENT", "relayed  by", "Originator", "report_title", "Colour"]);
  expect(columns).toEqual({ statement: 0, "relayed by": 1, source: 2, report: 3 });
  expect(ignored).toEqual(["Colour"]);
});

test("a well-formed row reads as the claim that will be saved", () => {
  const { rows } = readImportRows(header, [row()]);
  expect(rows[0]).toMatchObject({
    line: 2,
    kind: "quantity",
    value: 1200,
    qualifier: "at_least",
    unit: "troops",
    measure: "deployed",
    modality: "completed",
    source: "Example Ministry",
    relayedBy: ["Example Wire", "Example Daily"],
    claimedAt: "2026-10-05",
    errors: [],
  });
});

test("each bad cell is an error named by its column; a missing source is not an error", () => {
  const { rows } = readImportRows(header, [
    row({ Value: "twelve hundred" }),
    row({ Qualifier: "perhaps" }),
    row({ Modality: "soon" }),
    row({ Statement: "" }),
    row({ Date: "31/02/2026" }),
    row({ Date: "2026-02-31" }),
    row({ Originator: "" }),
  ]);
  expect(rows.map((parsed) => parsed.errors.map((error) => error.column))).toEqual([
    ["value"],
    ["qualifier"],
    ["modality"],
    ["statement"],
    ["date"],
    ["date"],
    [],
  ]);
  expect(rows[0]!.errors[0]!.message).toContain("twelve hundred");
});

test("ranges, blank rows and measure words", () => {
  const { rows } = readImportRows(
    [...header, "Measure"],
    [[...row({ Value: "100–200", Qualifier: "" }), "killed"], header.map(() => " "), [...row({ Value: "5" }), "bodies"]],
  );
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({ value: 150, lower: 100, upper: 200, qualifier: "range", measure: "killed" });
  expect(rows[1]).toMatchObject({ line: 4, errors: [{ column: "measure" }] });
});

test("a new report's text holds each row's words, and each anchor points at them", () => {
  const { rows } = readImportRows(header, [
    row(),
    row({ "Quote words": "", Statement: "INVENTED: the convoy turned back" }),
    row({ "Report URL": "Example Title" }),
    row(),
  ]);
  const groups = groupByReport(rows, "desk.csv");
  expect(groups.map((group) => [group.url, group.title, group.rows.length])).toEqual([
    ["https://example.org/a", "https://example.org/a (imported from spreadsheet desk.csv)", 3],
    [null, "Example Title (imported from spreadsheet desk.csv)", 1],
  ]);
  const { text, anchors } = importedReportText(groups[0]!.rows);
  expect(text).toBe("at least 1,200 soldiers\nINVENTED: the convoy turned back");
  expect(anchors.map((anchor) => text.slice(anchor.start, anchor.end))).toEqual([
    "at least 1,200 soldiers",
    "INVENTED: the convoy turned back",
    "at least 1,200 soldiers",
  ]);
  expect(anchorInExistingText("They said at least 1,200 soldiers came.", rows[0]!)).toMatchObject({ start: 10, exact: "at least 1,200 soldiers" });
  expect(anchorInExistingText("Nothing here.", rows[0]!)).toBeNull();
});
