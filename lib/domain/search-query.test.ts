import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bestMatchedAlias, firstMarked, matchEnd, matchStart, parseSearch, splitMarked, toQuotedPhrases } from "./search-query";

const marked = (words: string) => `${matchStart}${words}${matchEnd}`;

describe("parseSearch", () => {
  test("each typed word is one phrase of its letters and digits", () => {
    expect(parseSearch("troops  Ussuriysk")).toEqual([["troops"], ["Ussuriysk"]]);
    expect(parseSearch("12,000 Seoul’s")).toEqual([
      ["12", "000"],
      ["Seoul", "s"],
    ]);
  });

  test("quoted words stay together as one phrase, with straight or typographic quotes", () => {
    expect(parseSearch('"spy agency" NIS')).toEqual([["spy", "agency"], ["NIS"]]);
    expect(parseSearch("“north of Vladivostok”")).toEqual([["north", "of", "Vladivostok"]]);
  });

  test("search syntax is dropped: only words are left", () => {
    expect(parseSearch("NEAR(troops base, 2) -Kim OR x* col:y")).toEqual([["NEAR", "troops"], ["base"], ["2"], ["Kim"], ["OR"], ["x"], ["col", "y"]]);
    expect(parseSearch('\'; DROP TABLE "Claim"; --')).toEqual([["Claim"], ["DROP"], ["TABLE"]]);
    expect(parseSearch(' "( * - ) ')).toEqual([]);
  });

  test("letters of every script are words; full-width letters read as ordinary ones", () => {
    expect(parseSearch("Уссурийск 북한 Café")).toEqual([["Уссурийск"], ["북한"], ["Café"]]);
    expect(parseSearch("Ｕｓｓｕｒｉｙｓｋ")).toEqual([["Ussuriysk"]]);
  });

  test("markers, NUL and lone surrogates never reach a query", () => {
    expect(parseSearch(`${matchStart}a${matchEnd}\u0000b\uD800c`)).toEqual([["a", "b", "c"]]);
  });

  test("a very long search keeps its first twelve words", () => {
    expect(parseSearch(Array.from({ length: 40 }, (_, index) => `w${index}`).join(" "))).toHaveLength(12);
  });
});

describe("toQuotedPhrases", () => {
  test("quotes every phrase", () => {
    expect(toQuotedPhrases([["spy", "agency"], ["NIS"]])).toBe('"spy agency" "NIS"');
  });

  test("whatever is typed, the result is only quoted runs of letters, marks and digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        expect(toQuotedPhrases(parseSearch(input))).toMatch(/^("[\p{L}\p{M}\p{N}]+( [\p{L}\p{M}\p{N}]+)*"( |$))*$/u);
      }),
    );
  });
});

describe("splitMarked", () => {
  test("splits text into plain and matching parts", () => {
    expect(splitMarked(`near ${marked("Ussuriysk")}, north`)).toEqual([
      { text: "near ", matched: false },
      { text: "Ussuriysk", matched: true },
      { text: ", north", matched: false },
    ]);
  });

  test("text with no marks is one plain part; empty text is none", () => {
    expect(splitMarked("<b>not HTML</b>")).toEqual([{ text: "<b>not HTML</b>", matched: false }]);
    expect(splitMarked("")).toEqual([]);
  });
});

describe("bestMatchedAlias", () => {
  test("picks the alias with the most matching words", () => {
    const aliases = ["NIS", `South Korea’s intelligence ${marked("agency")}`, `Seoul’s ${marked("spy")} ${marked("agency")}`].join("\n");
    expect(bestMatchedAlias("National Intelligence Service", aliases)).toBe(`Seoul’s ${marked("spy")} ${marked("agency")}`);
  });

  test("is null when the name matches at least as well", () => {
    expect(bestMatchedAlias(`${marked("Yonhap")} News Agency`, `${marked("Yonhap")}\nSouth Korea’s`)).toBeNull();
  });
});

describe("firstMarked", () => {
  test("is the first text with a matching word, or null", () => {
    expect(firstMarked([null, "no match", `a ${marked("match")}`, `b ${marked("match")}`])).toBe(`a ${marked("match")}`);
    expect(firstMarked([null, "", "no match"])).toBeNull();
  });
});
