// Issue 10's figure mechanisms on invented sentences: which numbers are claims, what they
// count, and what their verb says about them.
import { describe, expect, test } from "vitest";
import { quantitiesIn, quantityTexts as texts } from "./testing";

const quantities = (text: string, publishedAt?: string) => quantitiesIn(text, { publishedAt });

describe("counted nouns and numbers in words", () => {
  test("reads an open noun after adjectives, irregular plurals and not a proper noun", () => {
    expect(texts("Officials said 1,200 internally displaced people reached the camp.")).toEqual(["1,200 internally displaced people"]);
    expect(texts("The strike destroyed 300 damaged buildings and 12 armoured vehicles.")).toEqual(["300 damaged buildings", "12 armoured vehicles"]);
    expect(texts("The quake killed 5,335 schoolchildren.")).toEqual(["5,335 schoolchildren"]);
  });

  test("reads small vague counts of people, and not of things", () => {
    const found = quantities("Several journalists were killed. Scores of refugees crossed. Several kinds of reports came in.");
    expect(found.map((candidate) => [candidate.text, candidate.lower, candidate.upper])).toEqual([
      ["Several journalists", 3, 9],
      ["Scores of refugees", 40, 200],
    ]);
  });

  test("a comparison bounds the figure", () => {
    expect(quantities("He said the real turnout was much larger than 20,000 people.")[0]).toMatchObject({ qualifier: "more_than", value: 20000 });
  });

  test("the new figure of a change, an elliptical figure and one joined to a later noun count the same", () => {
    expect(texts("The death toll was revised from 40 to 52 on Friday.")).toEqual(["40", "52"]);
    expect(texts("The storm killed at least 30 people in the north and 12 in the south.")).toEqual(["at least 30 people", "12"]);
    expect(quantities("Officers say they detained between 50 to 60 or 70 to 80 protesters.").map((candidate) => candidate.unit)).toEqual(["people", "people"]);
  });

  test("staff are people, one counselor is a person, and the number of protesters counts people", () => {
    const found = quantities(
      "The ministry said 85 security personnel and 400 military personnel were hurt. Police put the number of protesters at around 240,000.",
    );
    expect(found.map((candidate) => candidate.unit)).toEqual(["people", "troops", "people"]);
    expect(quantities("Teams were looking for 10 girls and one camp counselor.").map((candidate) => candidate.unit)).toEqual(["people", "people"]);
  });

  test("a bare figure whose own verb is a death counts the dead", () => {
    expect(quantities("It was the worst since 1998, when 140 died.").map((candidate) => [candidate.text, candidate.measure])).toEqual([["140", "killed"]]);
  });

  test("a breakdown by place counts what the sentence named before it", () => {
    const found = quantities("The houses destroyed by the quake included 21 in Northvale, three in Eastbrook and two in Lowmoor.");
    expect(found.map((candidate) => [candidate.text, candidate.unit])).toEqual([
      ["21", "houses"],
      ["three", "houses"],
      ["two", "houses"],
    ]);
    expect(texts("Unions said 3.5 million people marched, including 700,000 in Paris.")).toEqual(["3.5 million people", "700,000"]);
  });

  test("others counts what the figure before it counted", () => {
    expect(quantities("The floods destroyed 900 homes and damaged 2,000 others.").map((candidate) => candidate.unit)).toEqual(["homes", "homes"]);
  });
});

describe("numbers that are not claims", () => {
  test.each([
    "The city has a population of about 900,000 people.",
    "The region is home to more than 3 million people.",
    "The crowd stood at 1 to 2 people per square meter.",
    "They counted heads for 30 seconds.",
    "The square covers approximately 10,000 square meters.",
    "Across the two provinces, relief work went on.",
    "Three of my family's four houses fell.",
    "Deaths were confirmed across three neighbouring counties.",
  ])("%s", (text) => {
    expect(texts(text)).toEqual([]);
  });

  test("a month name after a word number is not a date", () => {
    expect(texts("Thousands march through the centre on Saturday.")).toEqual(["Thousands"]);
  });
});

describe("measure", () => {
  test.each([
    ["Police said 55 protesters were arrested.", "detained"],
    ["Aid groups are rehousing thousands of displaced people.", "displaced"],
    ["The flood left 3,000 dead and missing.", "casualties"],
    ["The ministry said 224 citizens were martyred.", "killed"],
    ["About 20,000 people had been relocated by Tuesday.", "displaced"],
    ["Residents were evacuated, and the army said it would send 300 more soldiers.", "deployed"],
  ])("%s → %s", (text, measure) => {
    expect(quantities(text)[0]?.measure).toBe(measure);
  });

  test("things are never killed", () => {
    expect(quantities("The raids left 65 medics killed and 25 ambulances destroyed.").map((candidate) => candidate.measure)).toEqual(["killed", "other"]);
  });

  test("a figure does not take the verb of the figure joined after it", () => {
    const found = quantities("The toll had surpassed 1,200 people and nearly 3,000 had been wounded.");
    expect(found.map((candidate) => candidate.measure)).toEqual(["killed", "injured"]);
  });

  test("members of a list share the verb of the first", () => {
    const found = quantities("By night, 900 soldiers had arrived, as well as 150 firefighters and 20 sniffer dogs.");
    expect(found.map((candidate) => [candidate.measure, candidate.modality])).toEqual([
      ["deployed", "completed"],
      ["deployed", "completed"],
      ["deployed", "completed"],
    ]);
  });
});

describe("modality from the figure's own verb group", () => {
  test.each([
    ["The president ordered the army to deploy 4,000 troops to the coast.", "planned"],
    ["The ministry announced the deployment of about 800 troops.", "planned"],
    ["Officials said 600 more troops will be sent by Friday.", "planned"],
    ["The agency will be deploying hundreds of staff.", "planned"],
    ["About 700 new recruits are joining the force.", "underway"],
    ["The agency has been receiving hundreds of refugees each day.", "underway"],
    ["At least 40 people are known to be missing.", "completed"],
    ["It is possibly the largest since 2003, when over a million people protested.", "completed"],
    ["The army also sent tens of thousands of tents.", "completed"],
    ["Three nights of protest thus far have led to 200 arrests.", "completed"],
    ["The toll was 30, far below the 400 people initially feared missing.", "possible"],
    ["Police put the number at 20,000 on Sunday.", "completed"],
  ])("%s → %s", (text, modality) => {
    expect(quantities(text).at(-1)?.modality).toBe(modality);
  });
});

describe("qualifier forms and a figure's own verb after 'that' or 'more' (branch periods4)", () => {
  test("more than, nearly, up to, some, as many as, and ranges written two ways", () => {
    const found = quantities(
      "More than 40 were killed, nearly 2,000 people fled, up to 400 were injured, some 300 were detained and as many as 90 died. Between 2,000 and 3,000 troops arrived, and 2,000-3,000 more are expected.",
      "2024-10-18",
    );
    expect(found.map((candidate) => [candidate.value ?? `${candidate.lower}–${candidate.upper}`, candidate.qualifier])).toEqual([
      [40, "more_than"],
      [2000, "approx"],
      [400, "up_to"],
      [300, "approx"],
      [90, "up_to"],
      ["2000–3000", "range"],
      ["2000–3000", "range"],
    ]);
  });

  test("'troops that are being sent' is under way; '2,000 more are expected' is planned", () => {
    expect(quantities("The deployment of over 7,000 troops that are being sent to the border was announced.")[0]?.modality).toBe("underway");
    expect(quantities("About 1,000 soldiers arrived on Monday, and 2,000 more are expected.", "2024-10-18").map((candidate) => candidate.modality)).toEqual([
      "completed",
      "planned",
    ]);
  });
});
