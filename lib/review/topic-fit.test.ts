import { expect, test } from "vitest";
import { figureFitsTopic, inTopicByDefault } from "./topic-fit";

test("a figure in the topic's unit, or a word for it, fits", () => {
  expect(figureFitsTopic("troops", "deployed", "troops")).toBe(true);
  expect(figureFitsTopic("soldiers", null, "troops")).toBe(true);
  expect(figureFitsTopic("Personnel", null, "troops")).toBe(true);
  expect(figureFitsTopic("bodies", null, "people killed")).toBe(true);
});

test("other things counted do not fit", () => {
  expect(figureFitsTopic("brigades", null, "troops")).toBe(false);
  expect(figureFitsTopic("buildings", "other", "people killed")).toBe(false);
  expect(figureFitsTopic("tents", null, "people")).toBe(false);
  expect(figureFitsTopic(null, null, "troops")).toBe(false);
});

test("measures must be the same or a part of the topic's whole", () => {
  expect(figureFitsTopic("wounded", null, "dead")).toBe(false);
  expect(figureFitsTopic("dead", null, "casualties")).toBe(true);
  expect(figureFitsTopic("people", "killed", "deaths")).toBe(true);
  expect(figureFitsTopic("people", "injured", "deaths")).toBe(false);
  // A figure of people whose measure is not known is offered, not hidden.
  expect(figureFitsTopic("people", null, "deaths")).toBe(true);
});

test("a topic without a unit ticks no figure; places are ticked, statements are not", () => {
  expect(figureFitsTopic("troops", null, null)).toBe(false);
  expect(inTopicByDefault({ kind: "location", unit: null, measure: null }, "troops")).toBe(true);
  expect(inTopicByDefault({ kind: "quote", unit: null, measure: null }, "troops")).toBe(false);
  expect(inTopicByDefault({ kind: "quantity", unit: "troops", measure: "deployed" }, "troops")).toBe(true);
  expect(inTopicByDefault({ kind: "quantity", unit: "brigades", measure: null }, "troops")).toBe(false);
});
