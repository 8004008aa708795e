import { describe, expect, test } from "vitest";
import { findFigures } from "./numbers";
import { fold } from "./text";

function figures(text: string) {
  return findFigures(fold(text)).map((figure) => ({
    words: text.slice(figure.start, figure.end),
    value: figure.value,
    lower: figure.lower,
    upper: figure.upper,
  }));
}

describe("figures in digits", () => {
  test("reads digits grouped by a space, a no-break space or a thin space, as much of the world writes them", () => {
    expect(figures("Police said 400 000 people marched.")).toMatchObject([{ words: "400 000", value: 400_000 }]);
    expect(figures("Officials said 1\u00a0024 homes and 2\u2009300\u202f000 people were hit.").map((figure) => figure.value)).toEqual([1_024, 2_300_000]);
  });

  test("reads South Asian lakhs and crores, in words and in the lakh grouping of digits", () => {
    expect(figures("Nearly 1.6 lakh people were moved and 2 crore doses went out.").map((figure) => figure.value)).toEqual([160_000, 20_000_000]);
    expect(figures("Some 3 lakhs were stranded.")).toMatchObject([{ words: "3 lakhs", value: 300_000 }]);
    expect(figures("Officials counted 1,50,000 evacuees and 12,34,567 voters.").map((figure) => figure.value)).toEqual([150_000, 1_234_567]);
    expect(figures("They said two lakh people fled.")).toMatchObject([{ words: "two lakh", value: 200_000 }]);
    // A western grouping is still read as one, and a broken group is not a lakh grouping.
    expect(figures("About 1,000,000 and 10,000 people.").map((figure) => figure.value)).toEqual([1_000_000, 10_000]);
  });

  test("a space after a month's day or after a longer number separates two numbers", () => {
    expect(figures("On May 7 300 people were arrested.").map((figure) => figure.value)).toEqual([7, 300]);
    expect(figures("In 2019 200 people died.").map((figure) => figure.value)).toEqual([2019, 200]);
    expect(figures("The ward holds 12 beds and 1 0000 is no number.").map((figure) => figure.value)).toEqual([12, 1, 0]);
  });

  test("reads thousands separators, decimals and scale words", () => {
    expect(figures("12,000 troops, 1.5 million people, 10k soldiers and 12 thousand men")).toEqual([
      { words: "12,000", value: 12000, lower: null, upper: null },
      { words: "1.5 million", value: 1500000, lower: null, upper: null },
      { words: "10k", value: 10000, lower: null, upper: null },
      { words: "12 thousand", value: 12000, lower: null, upper: null },
    ]);
  });

  test("keeps 4.9 million exact despite floating point", () => {
    expect(figures("about 4.9 million")[0]?.value).toBe(4900000);
  });
});

describe("figures in words", () => {
  test("reads cardinals, compounds, hundreds and dozens", () => {
    expect(figures("four brigades").map((figure) => figure.value)).toEqual([4]);
    expect(figures("twenty-five drones").map((figure) => figure.value)).toEqual([25]);
    expect(figures("three hundred and fifty soldiers").map((figure) => figure.value)).toEqual([350]);
    expect(figures("twelve thousand troops").map((figure) => figure.value)).toEqual([12000]);
    expect(figures("a dozen buses").map((figure) => figure.value)).toEqual([12]);
    expect(figures("a thousand men").map((figure) => figure.value)).toEqual([1000]);
  });

  test("gives vague amounts bounds instead of a value", () => {
    expect(figures("several hundred wounded")).toEqual([{ words: "several hundred", value: null, lower: 300, upper: 900 }]);
    expect(figures("a few thousand residents")).toEqual([{ words: "a few thousand", value: null, lower: 2000, upper: 5000 }]);
    expect(figures("tens of thousands of civilians")).toEqual([{ words: "tens of thousands", value: null, lower: 20000, upper: 100000 }]);
    expect(figures("hundreds of people")).toEqual([{ words: "hundreds", value: null, lower: 200, upper: 1000 }]);
  });

  test("does not read an age written as a compound adjective as a number", () => {
    expect(figures("a four-year-old girl")).toEqual([]);
  });

  test("does not read the article 'a' alone as one", () => {
    expect(figures("a base near the border")).toEqual([]);
  });
});
