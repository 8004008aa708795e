import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bestMatchedAlias, firstMarked, matchEnd, matchStart, parseSearch, splitMarked, toFts5Match, toTsquery } from "./search-query";

const marked = (words: string) => `${matchStart}${words}${matchEnd}`;

const word = (...tokens: string[]) => [{ tokens, prefix: false }];
const words = (query: ReturnType<typeof parseSearch>) => query.map((group) => group.map((term) => term.tokens));

describe("parseSearch", () => {
  test("each typed word is one phrase of its letters and digits, and all must match", () => {
    expect(parseSearch("troops  Ussuriysk")).toEqual([word("troops"), word("Ussuriysk")]);
    expect(parseSearch("12,000 Seoul’s")).toEqual([word("12", "000"), word("Seoul", "s")]);
  });

  test("quoted words stay together as one phrase, with straight or typographic quotes", () => {
    expect(parseSearch('"spy agency" NIS')).toEqual([word("spy", "agency"), word("NIS")]);
    expect(parseSearch("“north of Vladivostok”")).toEqual([word("north", "of", "Vladivostok")]);
  });

  test("a word ending in * finds the words starting with it; one letter is too short to", () => {
    expect(parseSearch("troop* Kursk")).toEqual([[{ tokens: ["troop"], prefix: true }], word("Kursk")]);
    expect(parseSearch("x* *")).toEqual([word("x")]);
    expect(parseSearch('"troop*"')).toEqual([word("troop")]);
  });

  test("OR in capitals lets either side match; elsewhere or in lower case it is a word", () => {
    expect(parseSearch("Kursk OR Kherson troops")).toEqual([
      [
        { tokens: ["Kursk"], prefix: false },
        { tokens: ["Kherson"], prefix: false },
      ],
      word("troops"),
    ]);
    expect(words(parseSearch("Kursk OR Kherson OR Belgorod*"))).toEqual([[["Kursk"], ["Kherson"], ["Belgorod"]]]);
    expect(words(parseSearch("OR Kursk or Kherson OR"))).toEqual([[["Kursk"]], [["or"]], [["Kherson"]]]);
    expect(words(parseSearch('"Kursk OR Kherson"'))).toEqual([[["Kursk", "OR", "Kherson"]]]);
  });

  test("other search syntax is dropped: only words are left", () => {
    expect(words(parseSearch("NEAR(troops base, 2) -Kim col:y"))).toEqual([[["NEAR", "troops"]], [["base"]], [["2"]], [["Kim"]], [["col", "y"]]]);
    expect(words(parseSearch('\'; DROP TABLE "Claim"; --'))).toEqual([[["DROP"]], [["TABLE"]], [["Claim"]]]);
    expect(parseSearch(' "( * - ) ')).toEqual([]);
  });

  test("letters of every script are words; full-width letters read as ordinary ones", () => {
    expect(words(parseSearch("Уссурийск 북한 Café"))).toEqual([[["Уссурийск"]], [["북한"]], [["Café"]]]);
    expect(parseSearch("Ｕｓｓｕｒｉｙｓｋ")).toEqual([word("Ussuriysk")]);
  });

  test("markers, NUL and lone surrogates never reach a query", () => {
    expect(parseSearch(`${matchStart}a${matchEnd}\u0000b\uD800c`)).toEqual([word("a", "b", "c")]);
  });

  test("a very long search keeps its first twelve words", () => {
    expect(parseSearch(Array.from({ length: 40 }, (_, index) => `w${index}`).join(" "))).toHaveLength(12);
  });
});

describe("each engine's query", () => {
  const query = parseSearch('"spy agency" troop* Kursk OR Kherson');

  test('FTS5: quoted phrases, a prefix as "…" *, alternatives in parentheses, AND between', () => {
    expect(toFts5Match(query)).toBe('"spy agency" AND "troop" * AND ("Kursk" OR "Kherson")');
  });

  test("PostgreSQL: quoted lexemes, <-> within a phrase, :* for a prefix, | and &", () => {
    expect(toTsquery(query)).toBe("('spy' <-> 'agency') & 'troop':* & ('Kursk' | 'Kherson')");
  });

  test("whatever is typed, only quoted runs of letters, marks and digits and the operators built here", () => {
    const fts5 = /^(\(?"[\p{L}\p{M}\p{N}]+( [\p{L}\p{M}\p{N}]+)*"( \*)?( OR |\)?( AND )?|$))*$/u;
    const tsquery = /^([()&|<>:* -]|'[\p{L}\p{M}\p{N}]+')*$/u;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) => {
        expect(toFts5Match(parseSearch(input))).toMatch(fts5);
        expect(toTsquery(parseSearch(input))).toMatch(tsquery);
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
