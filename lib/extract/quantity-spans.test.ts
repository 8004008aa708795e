import { describe, expect, test } from "vitest";
import { quantitiesIn } from "./testing";

const figures = (text: string) =>
  quantitiesIn(text).map(({ text: words, value, lower, upper, qualifier, unit }) => ({ words, value, lower, upper, qualifier, unit }));

describe("figures as news states them", () => {
  test("a toll's verb says the figure is exact but is not one of its words", () => {
    expect(figures("The death toll rose to 94 on Tuesday.")[0]).toMatchObject({ words: "94", value: 94, qualifier: "exact" });
    expect(figures("The toll has reached 1,481 people.")[0]).toMatchObject({ words: "1,481 people", value: 1481, qualifier: "exact" });
  });

  test("a revision from one figure to another gives both, not a range", () => {
    expect(figures("The toll was revised from 131 to 148 on Friday.").map((figure) => figure.value)).toEqual([131, 148]);
    expect(figures("Officials expect from 20,000 to 30,000 people.")[0]).toMatchObject({ lower: 20000, upper: 30000, qualifier: "range" });
  });

  test("a vague amount as the subject of what people do counts people", () => {
    expect(figures("Thousands gathered in the square on Saturday.")[0]).toMatchObject({ words: "Thousands", lower: 2000, upper: 10000, unit: "people" });
    expect(figures("Hundreds of thousands marched.")[0]).toMatchObject({ words: "Hundreds of thousands", lower: 200000, upper: 1000000 });
    expect(figures("Thousands of pages were released.")).toEqual([]);
  });

  test("one person is a figure when the text counts them among the dead or missing", () => {
    expect(figures("The toll was raised to 94 with one person reported missing.").at(-1)).toMatchObject({ words: "one person", value: 1, unit: "people" });
    expect(figures("Teams were looking for 10 girls and one camp counselor.").at(-1)).toMatchObject({ words: "one camp counselor", value: 1 });
    expect(figures("One soldier said the unit had left.")).toEqual([]);
  });

  test("a noun phrase of names joined by 'and' is one counted group", () => {
    expect(figures("There are already 2,500 National Guard and Reserve forces deployed.")[0]).toMatchObject({
      words: "2,500 National Guard and Reserve forces",
      value: 2500,
    });
  });
});
