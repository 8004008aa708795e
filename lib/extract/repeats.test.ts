// A figure the same source states again is one claim; other sources, places, periods and
// modalities make a new one (issue 10, FROZEN.md's convention on repeats).
import { expect, test } from "vitest";
import { quantityTexts as textsOf } from "./testing";

const quantityTexts = (text: string, publishedAt?: string) => textsOf(text, { publishedAt });

test("a figure the same source repeats later in the body is proposed once, at its first mention", () => {
  const text = [
    "At least 40 people were killed in the landslide, the regional police said.",
    "",
    "Rescuers worked through the night with dogs and diggers.",
    "",
    "The regional police said the 40 people killed included nine children.",
  ].join("\n");
  expect(quantityTexts(text)).toEqual(["At least 40 people", "nine children"]);
});

test("a described source points back to the named one, and a quote repeating its figure is the same claim", () => {
  const text = [
    "At least 52 people have been killed in the floods, the Interior Ministry said on Monday.",
    "",
    '"52 citizens lost their lives in the floods," the ministry said in a statement.',
  ].join("\n");
  expect(quantityTexts(text, "2031-05-06")).toEqual(["At least 52 people"]);
});

test("the same figure from different sources is an echo, kept each time", () => {
  const text = ["At least 40 people were killed in the landslide, the regional police said.", "", "The Red Cross also said 40 people were killed."].join("\n");
  expect(quantityTexts(text)).toEqual(["At least 40 people", "40 people"]);
});

test("the same figure for another period, another place or another modality is a new claim", () => {
  const period = ["Police said 40 people were killed on Monday.", "", "Police said 40 people had been killed by Wednesday."].join("\n");
  expect(quantityTexts(period, "2031-05-08")).toEqual(["40 people", "40 people"]);
  const place = ["Police said 40 people were killed in Lyon.", "", "Police said 40 people were killed in Marseille."].join("\n");
  expect(quantityTexts(place)).toEqual(["40 people", "40 people"]);
  const modality = ["The army said 500 troops were deployed to the border.", "", "The army said 500 troops will be deployed next month."].join("\n");
  expect(quantityTexts(modality)).toEqual(["500 troops", "500 troops"]);
  const confirmed = ["The agency said 300 troops were deployed to the border.", "", "The agency has confirmed that 300 troops were deployed."].join("\n");
  expect(quantityTexts(confirmed)).toEqual(["300 troops", "300 troops"]);
});

test("equal figures in one sentence's list are separate counts", () => {
  const text = "Firefighters rescued 15 people from the roof and 15 people from the cellar, police said.";
  expect(quantityTexts(text)).toEqual(["15 people", "15 people"]);
});
