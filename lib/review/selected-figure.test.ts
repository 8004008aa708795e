import { expect, test } from "vitest";
import { draftFromSelection } from "./draft";
import { figureInWords } from "./selected-figure";

test("about 90 bodies is an approximate count of people killed", () => {
  expect(figureInWords("about 90 bodies")).toEqual({
    value: 90,
    lower: null,
    upper: null,
    qualifier: "approx",
    unit: "bodies",
    measure: "killed",
    asStated: "about 90 bodies",
  });
});

test("the extractor's readers give qualifier, bounds and unit", () => {
  expect(figureInWords("Up to 12,000 soldiers could be sent")).toMatchObject({
    value: 12000,
    upper: 12000,
    qualifier: "up_to",
    unit: "troops",
    measure: "deployed",
  });
  expect(figureInWords("at least 214 people died")).toMatchObject({ value: 214, lower: 214, qualifier: "at_least", unit: "people" });
  expect(figureInWords("ten thousand troops or more")).toMatchObject({ value: 10000, qualifier: "at_least", unit: "troops" });
});

test("words without a figure hold none", () => {
  expect(figureInWords("all available means")).toBeNull();
});

test("a selection with a figure becomes a quantity draft; one without stays a statement", () => {
  const text = "Rescuers recovered about 90 bodies on Sunday. Officials pledged all available means.";
  const start = text.indexOf("about 90 bodies");
  const figure = draftFromSelection(text, start, start + "about 90 bodies".length, 1);
  expect(figure).toMatchObject({ kind: "quantity", value: 90, qualifier: "approx", unit: "bodies", measure: "killed", asStated: "about 90 bodies" });
  const words = draftFromSelection(text, text.indexOf("all available"), text.indexOf(" means") + 6, 2);
  expect(words).toMatchObject({ kind: "statement", value: null, qualifier: null, unit: null });
});
