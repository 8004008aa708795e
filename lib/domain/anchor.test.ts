import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { demoClaims, foundingReport } from "../demo/founding-report";
import { checkAnchor, highlightSegments, makeAnchor } from "./anchor";

const foundingText = readFileSync(new URL(`../../${foundingReport.fixture}`, import.meta.url), "utf8");
const nisYonhap = demoClaims.find((claim) => claim.key === "nis-yonhap-12000-planned")!;

describe("makeAnchor", () => {
  test("takes the exact words and up to 32 characters either side", () => {
    const anchor = makeAnchor(foundingText, nisYonhap.anchor.start, nisYonhap.anchor.end);
    expect(anchor).toEqual({
      exact: "12,000 troops",
      prefix: "ce, North Korea plans to deploy ",
      suffix: ", including special forces, to t",
      start: 407,
      end: 420,
    });
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toHaveLength(32);
  });

  test("the context stops at the ends of the text", () => {
    expect(makeAnchor("1,500 troops arrived", 0, 5, 10)).toEqual({ exact: "1,500", prefix: "", suffix: " troops ar", start: 0, end: 5 });
    expect(makeAnchor("troops: 1,500", 8, 13, 4)).toEqual({ exact: "1,500", prefix: "ps: ", suffix: "", start: 8, end: 13 });
    expect(makeAnchor("a 1,500 b", 2, 7, 0)).toMatchObject({ prefix: "", suffix: "" });
  });

  test("the context never cuts an emoji in half", () => {
    const text = "🇰🇷 says 1,500 troops 🇷🇺";
    const start = text.indexOf("1,500");
    const anchor = makeAnchor(text, start, start + 5, 9);
    // 9 code units back land inside the first flag's first letter; 9 forward inside the
    // second flag's first letter. Each half-letter is left out.
    expect(anchor.prefix).toBe("🇷 says ");
    expect(anchor.suffix).toBe(" troops ");
  });

  test("refuses offsets outside the text, reversed, empty or fractional, and a negative context", () => {
    expect(() => makeAnchor("abc", -1, 2)).toThrow(RangeError);
    expect(() => makeAnchor("abc", 1, 4)).toThrow(RangeError);
    expect(() => makeAnchor("abc", 2, 1)).toThrow(RangeError);
    expect(() => makeAnchor("abc", 1, 1)).toThrow(RangeError);
    expect(() => makeAnchor("abc", 0.5, 2)).toThrow(RangeError);
    expect(() => makeAnchor("abc", 0, 2.5)).toThrow(RangeError);
    expect(() => makeAnchor("abc", 0, 2, -1)).toThrow(/context/);
    expect(() => makeAnchor("abc", 0, 2, 1.5)).toThrow(/context/);
  });
});

describe("checkAnchor", () => {
  test("every founding claim's anchor matches the founding report", () => {
    for (const claim of demoClaims) expect(checkAnchor(foundingText, claim.anchor), claim.key).toEqual({ status: "ok" });
  });

  test("words that moved are reported where they now are, not silently re-anchored", () => {
    const edited = `Editor's note: updated.\n${foundingText}`;
    const shift = "Editor's note: updated.\n".length;
    const anchor = makeAnchor(foundingText, 1459, 1484);
    expect(checkAnchor(edited, anchor)).toEqual({ status: "moved", foundAt: [1459 + shift] });
  });

  test("words found several times are all reported, in order", () => {
    // "12,000" appears three times in the founding report.
    expect(checkAnchor(`x${foundingText}`, { exact: "12,000", start: 407, end: 413 })).toEqual({ status: "moved", foundAt: [408, 589, 1546] });
    expect(checkAnchor("aaaa", { exact: "aa", start: 3, end: 5 })).toEqual({ status: "moved", foundAt: [0, 1, 2] });
  });

  test("words no longer in the text are missing", () => {
    expect(checkAnchor(foundingText.replace("1,500", "2,000"), makeAnchor(foundingText, 1459, 1484))).toEqual({ status: "missing" });
  });

  test("an anchor with no words is missing, never ok", () => {
    expect(checkAnchor("some text", { exact: "", start: 2, end: 2 })).toEqual({ status: "missing" });
  });
});

describe("highlightSegments", () => {
  const text = "NIS says 12,000 troops will go.";
  const joined = (segments: ReturnType<typeof highlightSegments>) => segments.map((segment) => segment.text).join("");

  test("one anchor cuts the text into before, the claim's words, and after", () => {
    expect(highlightSegments(text, [{ id: "c1", start: 9, end: 22 }])).toEqual([
      { text: "NIS says ", start: 0, end: 9, claimIds: [] },
      { text: "12,000 troops", start: 9, end: 22, claimIds: ["c1"] },
      { text: " will go.", start: 22, end: 31, claimIds: [] },
    ]);
  });

  test("a nested anchor's words list both claims", () => {
    const segments = highlightSegments(text, [
      { id: "sentence", start: 0, end: 31 },
      { id: "figure", start: 9, end: 15 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.claimIds])).toEqual([
      ["NIS says ", ["sentence"]],
      ["12,000", ["sentence", "figure"]],
      [" troops will go.", ["sentence"]],
    ]);
  });

  test("overlapping anchors split where they cross", () => {
    const segments = highlightSegments(text, [
      { id: "a", start: 4, end: 15 },
      { id: "b", start: 9, end: 22 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.claimIds])).toEqual([
      ["NIS ", []],
      ["says ", ["a"]],
      ["12,000", ["a", "b"]],
      [" troops", ["b"]],
      [" will go.", []],
    ]);
  });

  test("anchors sharing an edge meet without overlapping", () => {
    const segments = highlightSegments("abcdef", [
      { id: "left", start: 0, end: 3 },
      { id: "right", start: 3, end: 6 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.claimIds])).toEqual([
      ["abc", ["left"]],
      ["def", ["right"]],
    ]);
  });

  test("an id given twice is listed once", () => {
    expect(
      highlightSegments("abc", [
        { id: "x", start: 0, end: 3 },
        { id: "x", start: 1, end: 2 },
      ])[1]?.claimIds,
    ).toEqual(["x"]);
  });

  test("anchors beyond the text are clipped; empty, reversed or non-numeric ones are ignored", () => {
    const segments = highlightSegments("abcdef", [
      { id: "clipped", start: -5, end: 2 },
      { id: "tail", start: 4, end: 99 },
      { id: "empty", start: 3, end: 3 },
      { id: "reversed", start: 5, end: 1 },
      { id: "nan", start: Number.NaN, end: 4 },
      { id: "endless", start: 1, end: Infinity },
      { id: "outside", start: 10, end: 12 },
    ]);
    expect(segments.map((segment) => [segment.text, segment.claimIds])).toEqual([
      ["ab", ["clipped"]],
      ["cd", []],
      ["ef", ["tail"]],
    ]);
  });

  test("a text without anchors is one plain segment; an empty text has none", () => {
    expect(highlightSegments("plain", [])).toEqual([{ text: "plain", start: 0, end: 5, claimIds: [] }]);
    expect(highlightSegments("", [{ id: "x", start: 0, end: 3 }])).toEqual([]);
  });

  test("the founding report's anchors cover it whole, in order, without gaps", () => {
    const anchors = demoClaims.map((claim) => ({ id: claim.key, ...claim.anchor }));
    const segments = highlightSegments(foundingText, anchors);
    expect(joined(segments)).toBe(foundingText);
    const figure = segments.find((segment) => segment.text.startsWith("12,000 troops"));
    expect(figure?.claimIds).toEqual(["nis-yonhap-12000-planned"]);
    const quoted = segments.find((segment) => segment.text === "about 10,000 soldiers");
    expect(quoted?.claimIds).toEqual(["zelensky-10000-preparing", "zelensky-quote-10000"]);
  });

  test("any anchors: segments are contiguous, cover the text, and each lists exactly the anchors over it", () => {
    const anchor = fc.record({ id: fc.constantFrom("a", "b", "c", "d"), start: fc.integer({ min: -3, max: 25 }), end: fc.integer({ min: -3, max: 25 }) });
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(anchor, { maxLength: 6 }), (sample, anchors) => {
        const segments = highlightSegments(sample, anchors);
        expect(joined(segments)).toBe(sample);
        segments.forEach((segment, index) => {
          expect(segment.end).toBeGreaterThan(segment.start);
          if (index > 0) expect(segment.start).toBe(segments[index - 1]!.end);
          const over = anchors.filter((a) => Math.max(0, a.start) <= segment.start && Math.min(sample.length, a.end) >= segment.end && a.start < a.end);
          expect(new Set(segment.claimIds)).toEqual(new Set(over.map((a) => a.id)));
        });
      }),
    );
  });
});
