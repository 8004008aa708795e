import { describe, expect, test } from "vitest";
import { readRealCorpus } from "./corpus";
import type { Label } from "./corpus";
import { proposedMeasure, ratioOf, sameName, samePeriod, sameRelays, sameUnit, scoreFields, sumScores, wrongFields } from "./fields";
import { cell, fieldTable } from "./table";
import { frozenFloor, frozenTargets, minimumFrozenTexts, shortfalls } from "./targets";

const body = "Police said 357 protesters were detained in Delhi on Friday.";
const label: Label = {
  kind: "quantity",
  text: "357 protesters",
  occurrence: 1,
  start: 12,
  end: 26,
  value: 357,
  lower: null,
  upper: null,
  qualifier: "exact",
  unit: "people",
  measure: "detained",
  modality: "completed",
  stance: "asserts",
  originator: "Delhi Police",
  speaker: null,
  relays: [],
  scopePlace: "Delhi",
  periodStart: "2019-12-27",
  periodEnd: "2019-12-27",
};
const proposal = {
  kind: "quantity" as const,
  start: 12,
  end: 26,
  text: "357 protesters",
  value: 357,
  lower: null,
  upper: null,
  qualifier: "exact" as const,
  unit: "protesters",
  modality: "completed" as const,
  stance: "asserts" as const,
  place: null,
  measure: null,
  scopePlace: null,
  attribution: [{ name: "Police", role: "originator" as const, sourceId: null }],
  claimedAt: "2019-12-28",
  periodStart: "2019-12-27",
  periodEnd: null,
};

describe("every field of a figure", () => {
  test("a proposal right in every field scores one of one; a protester is not a detainee and a missing place scores none", () => {
    expect(body.slice(label.start, label.end)).toBe(label.text);
    const scores = scoreFields([label], [proposal]);
    for (const field of [
      "quantity recall",
      "quantity precision",
      "full match",
      "value",
      "qualifier",
      "unit",
      "modality",
      "stance",
      "originator",
      "relays",
      "speaker",
      "period",
    ] as const) {
      expect(scores[field], field).toEqual({ correct: 1, judged: 1 });
    }
    expect(scoreFields([label], [{ ...proposal, unit: "tents" }]).unit).toEqual({ correct: 0, judged: 1 });
    expect(scores.measure).toEqual({ correct: 0, judged: 1 });
    expect(scores.place).toEqual({ correct: 0, judged: 1 });
    expect(scoreFields([label], [{ ...proposal, place: "New Delhi" }]).place).toEqual({ correct: 1, judged: 1 });
  });

  test("a figure never proposed lowers recall and full match but no field share", () => {
    const scores = scoreFields([label], []);
    expect(scores["quantity recall"]).toEqual({ correct: 0, judged: 1 });
    expect(scores["full match"]).toEqual({ correct: 0, judged: 1 });
    expect(scores.modality).toEqual({ correct: 0, judged: 0 });
    expect(ratioOf(scores.modality)).toBeNull();
  });

  test("fields a label does not state are not judged", () => {
    const { measure, modality, scopePlace, periodStart, periodEnd, speaker, relays, ...plain } = label;
    const scores = scoreFields([plain], [proposal]);
    expect([scores.measure.judged, scores.modality.judged, scores.place.judged, scores.period.judged, scores.speaker.judged, scores.relays.judged]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(scores.value).toEqual({ correct: 1, judged: 1 });
  });

  test("a measure comes from the proposal when it has one, else from its unit", () => {
    expect(proposedMeasure({ ...proposal, unit: "refugees" })).toBe("displaced");
    expect(proposedMeasure({ ...proposal, unit: "tents" })).toBe("other");
    expect(proposedMeasure({ ...proposal, unit: "people", measure: "detained" })).toBe("detained");
  });

  test("names, units and relays agree when one contains the other or they mean the same", () => {
    expect(sameName("The Ministry of Interior", "ministry of interior")).toBe(true);
    expect(sameName("Rafael Correa", "Correa")).toBe(true);
    expect(sameName("OCHA", "UNHCR")).toBe(false);
    expect(sameName(null, null)).toBe(true);
    expect(sameName("Delhi", null)).toBe(false);
    expect(sameUnit("troops", "soldiers")).toBe(true);
    expect(sameUnit("people", "homes")).toBe(false);
    expect(sameRelays(["Xinhua", "Reuters"], ["Reuters", "Xinhua news agency"])).toBe(true);
    expect(sameRelays([], ["AFP"])).toBe(false);
  });

  test("a background figure dated this week is wrong; a date inside the labelled span is right", () => {
    const background = { ...label, periodStart: "1987-01-01", periodEnd: "1987-12-31" };
    expect(samePeriod(background, proposal)).toBe(false);
    expect(samePeriod(background, { ...proposal, periodStart: "1987-01-01", periodEnd: "1987-12-31" })).toBe(true);
    expect(samePeriod({ ...label, periodStart: "2019-12-20", periodEnd: "2019-12-31" }, { ...proposal, periodStart: null })).toBe(true);
    expect(samePeriod({ ...label, periodStart: null, periodEnd: null }, { ...proposal, periodStart: null, claimedAt: null })).toBe(true);
    expect(samePeriod({ ...label, periodStart: null, periodEnd: null }, proposal)).toBe(false);
  });

  test("a quote's speaker is judged on matched quotes only", () => {
    const quote: Label = { kind: "quote", text: "We lost 23 men", occurrence: 1, start: 0, end: 14, originator: "Oleh Marchuk" };
    const said = {
      ...proposal,
      kind: "quote" as const,
      start: 0,
      end: 14,
      text: "We lost 23 men",
      attribution: [{ name: "Marchuk", role: "originator" as const, sourceId: null }],
    };
    expect(scoreFields([quote], [said])["quote speaker"]).toEqual({ correct: 1, judged: 1 });
    expect(scoreFields([quote], [{ ...said, attribution: [] }])["quote speaker"]).toEqual({ correct: 0, judged: 1 });
  });

  test("names the fields a matched figure has wrong", () => {
    expect(wrongFields(label, proposal)).toEqual(["measure", "place"]);
    expect(wrongFields(label, { ...proposal, modality: "planned", attribution: [] })).toEqual(["measure", "modality", "originator", "place"]);
  });

  test("texts add up field by field", () => {
    const total = sumScores([scoreFields([label], [proposal]), scoreFields([label], [])]);
    expect(total["quantity recall"]).toEqual({ correct: 1, judged: 2 });
    expect(total.value).toEqual({ correct: 1, judged: 1 });
  });
});

describe("the frozen set's gate and table", () => {
  test("lists every field below its threshold and passes fields never judged", () => {
    const scores = scoreFields([label], []);
    expect(shortfalls(scores, { "quantity recall": 0.5, modality: 0.5 })).toEqual(["quantity recall 0.00 < 0.50"]);
    expect(shortfalls(scoreFields([label], [proposal]), frozenTargets)).toEqual([]);
  });

  test("the enforced floor never asks more than the issue's targets", () => {
    for (const [field, floor] of Object.entries(frozenFloor)) expect(floor, field).toBeLessThanOrEqual(frozenTargets[field as keyof typeof frozenTargets] ?? 1);
  });

  test("prints a row per field with counts, the target and the floor", () => {
    const lines = fieldTable([{ title: "frozen (1)", scores: scoreFields([label], [proposal]) }], { "quantity recall": 0.9 }, { "quantity recall": 0.6 });
    expect(lines[0]).toMatch(/field\s+frozen \(1\)\s+target\s+floor/);
    expect(lines.find((line) => line.startsWith("quantity recall"))).toMatch(/1\.00 \(1\/1\)\s+0\.90\s+0\.60$/);
    expect(cell({ correct: 0, judged: 0 })).toBe("–");
  });

  test("the frozen set holds at least fifteen labelled real texts, none marked invented", () => {
    const frozen = readRealCorpus("frozen");
    expect(frozen.length).toBeGreaterThanOrEqual(minimumFrozenTexts);
    expect(frozen.every((entry) => !entry.invented && entry.labels.length > 0)).toBe(true);
  });
});
