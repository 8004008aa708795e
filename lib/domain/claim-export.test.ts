import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  chainColumn,
  csvClaimLine,
  csvColumns,
  csvField,
  csvHeader,
  csvRecord,
  guardCell,
  parseChainColumn,
  parseCsv,
  readCsvExport,
  unguardCell,
} from "./claim-export";
import { nisViaYonhap } from "./test-support/export-claim";

describe("the chain column", () => {
  test("reads as slug:role:verb hops joined by >, originator first", () => {
    expect(chainColumn(nisViaYonhap.chain)).toBe("national-intelligence-service:originator:citing > yonhap-news-agency:relay:according to");
  });

  test("reads back, a verb with a colon and a missing verb included", () => {
    const hops = [
      { position: 0, sourceSlug: "a", sourceName: "A", role: "originator" as const, verb: "said: quote" },
      { position: 1, sourceSlug: "b", sourceName: "B", role: "speaker" as const, verb: null },
    ];
    expect(parseChainColumn(chainColumn(hops))).toEqual([
      { sourceSlug: "a", role: "originator", verb: "said: quote" },
      { sourceSlug: "b", role: "speaker", verb: null },
    ]);
    expect(parseChainColumn("")).toEqual([]);
  });
});

describe("CSV fields", () => {
  test("quote commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("12,000 troops")).toBe('"12,000 troops"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\r\ntwo")).toBe('"one\r\ntwo"');
  });

  test("defuse text a spreadsheet would run as a formula, but keep negative numbers", () => {
    expect(guardCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(guardCell("+1 phone")).toBe("'+1 phone");
    expect(guardCell("-cmd")).toBe("'-cmd");
    expect(guardCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(guardCell("\tTAB")).toBe("'\tTAB");
    expect(guardCell("-73.5")).toBe("-73.5");
    expect(guardCell("12000")).toBe("12000");
    expect(csvField("=1+2,3")).toBe(`"'=1+2,3"`);
  });

  test("the guard is undone exactly, even for text that starts with an apostrophe", () => {
    for (const text of ["=x", "'=x", "'", "''", "'plain", "-1", "-x", "plain", ""]) {
      expect(unguardCell(guardCell(text))).toBe(text);
    }
  });
});

describe("a claim as a CSV row", () => {
  test("the header names every column once, and a row has a cell per column", () => {
    expect(new Set(csvColumns).size).toBe(csvColumns.length);
    const [header, row] = parseCsv(csvHeader() + csvClaimLine(nisViaYonhap));
    expect(header).toEqual([...csvColumns]);
    expect(row).toHaveLength(csvColumns.length);
  });

  test("carries the originator and the relays apart from the chain", () => {
    const record = csvRecord(nisViaYonhap);
    expect(record.originator).toBe("national-intelligence-service");
    expect(record.relays).toBe("yonhap-news-agency");
    expect(record.anchor_start).toBe("407");
    expect(record.report_url).toBe("");
  });

  test("says what the figure counts, where, and as of when", () => {
    const district = {
      ...nisViaYonhap,
      measure: "killed" as const,
      scopePlace: "Battalgazi",
      scope: { name: "Battalgazi", level: "city" as const, within: ["Malatya", "Turkey"] },
    };
    expect(csvRecord(district)).toMatchObject({
      measure: "killed",
      scope_place: "Battalgazi",
      scope_level: "city",
      scope_within: "Malatya > Turkey",
      as_of: "2024-10-18T00:00:00.000Z",
    });
  });

  test("reads back to the same cells, quotes and line breaks in notes included", () => {
    const [read] = readCsvExport(csvHeader() + csvClaimLine(nisViaYonhap));
    expect(read).toEqual(csvRecord(nisViaYonhap));
  });

  test("any text survives the round trip (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme-composite" }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ""));
        const text = table.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
        const parsed = parseCsv(text).map((row) => row.map(unguardCell));
        expect(parsed).toEqual(table);
      }),
    );
  });
});

test("the grades follow the outlet and publication date: the originator's reliability, the claim's credibility", () => {
  const at = csvColumns.indexOf("report_published_at");
  expect(csvColumns.slice(at + 1, at + 3)).toEqual(["reliability", "credibility"]);
  expect(csvRecord(nisViaYonhap)).toMatchObject({ reliability: "B", credibility: "2" });
  expect(csvRecord({ ...nisViaYonhap, reliability: null, credibility: null })).toMatchObject({ reliability: "", credibility: "" });
});
