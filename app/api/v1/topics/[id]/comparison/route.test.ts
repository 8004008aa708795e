// An earthquake over two days, as two invented reports entered through POST /api/v1/reports:
// national and provincial tolls from five origins, killed, injured and casualties, a toll that
// rises overnight, a province above its country and injured above casualties. The comparison
// must list exactly the real contradictions as conflicts and every other pair with its reason.
// The table is docs/decisions/0015-comparison-rule.md's.
import { expect, test } from "vitest";
import { call, editorToken, newSource, newTopic, unique } from "../../../claims/_testing/api-client";

type Pair = { a: string; b: string; verdict: string; reasons: string[]; sentence: string };
type Comparison = {
  summary: { sentence: string; figures: number; conflicts: number; independentOrigins: number };
  figures: {
    claimId: string;
    value: number;
    measure: string | null;
    unit: string | null;
    scope: { name: string; level: string | null; within: string[] } | null;
    asOf: string;
    modality: string;
    originator: { id: string; name: string } | null;
  }[];
  pairs: Pair[];
};

type Figure = {
  label: string;
  words: string;
  value: number;
  qualifier: string;
  unit: string;
  measure?: string;
  scopePlace: string;
  origin: string;
  relay?: string;
};

const day1 = `INVENTED EARTHQUAKE REPORT ${unique()}, day one. The interior ministry said at least 214 people were killed in Turkey. The disaster agency put the national toll at 163 dead and said 1,200 people were injured. The governor of Malatya said 90 people had died in the province, and the mayor of Battalgazi said 40 bodies had been recovered in his district. A relief group said casualties numbered up to 400 across the country.`;
const day2 = `INVENTED EARTHQUAKE REPORT ${unique()}, day two. The disaster agency said the national toll had risen to 300 dead. The governor of Malatya said 350 people had died in the province. Citing the interior ministry, the news agency repeated that at least 214 people were killed.`;

// F1–F6 on day one (7 February 2023), F7–F9 on day two (8 February 2023).
const dayOne: Figure[] = [
  {
    label: "F1",
    words: "at least 214 people were killed in Turkey",
    value: 214,
    qualifier: "at_least",
    unit: "people killed",
    scopePlace: "Turkey",
    origin: "ministry",
  },
  { label: "F2", words: "163 dead", value: 163, qualifier: "exact", unit: "dead", scopePlace: "Türkiye", origin: "agency" },
  {
    label: "F3",
    words: "1,200 people were injured",
    value: 1200,
    qualifier: "exact",
    unit: "people",
    measure: "injured",
    scopePlace: "Turkey",
    origin: "agency",
  },
  {
    label: "F4",
    words: "90 people had died in the province",
    value: 90,
    qualifier: "exact",
    unit: "people",
    measure: "killed",
    scopePlace: "Malatya",
    origin: "governor",
  },
  { label: "F5", words: "40 bodies", value: 40, qualifier: "exact", unit: "bodies", scopePlace: "Battalgazi district", origin: "mayor" },
  { label: "F6", words: "casualties numbered up to 400", value: 400, qualifier: "up_to", unit: "casualties", scopePlace: "Turkey", origin: "relief" },
];
const dayTwo: Figure[] = [
  { label: "F7", words: "300 dead", value: 300, qualifier: "exact", unit: "dead", scopePlace: "Turkey", origin: "agency" },
  {
    label: "F8",
    words: "350 people had died in the province",
    value: 350,
    qualifier: "exact",
    unit: "people",
    measure: "killed",
    scopePlace: "Malatya",
    origin: "governor",
  },
  {
    label: "F9",
    words: "at least 214 people were killed",
    value: 214,
    qualifier: "at_least",
    unit: "people killed",
    scopePlace: "Turkey",
    origin: "ministry",
    relay: "newsAgency",
  },
];

// Every pair of the nine figures: the three real contradictions, and every other pair's reasons.
const expected: Record<string, [string, string[]]> = {
  "F1-F2": ["conflict", []], // 214 or more against 163: same measure, country and day
  "F1-F3": ["differs", ["measure"]],
  "F1-F4": ["differs", ["scope"]],
  "F1-F5": ["differs", ["scope"]],
  "F1-F6": ["differs", ["measure"]], // killed within casualties: 214–400 fits
  "F1-F7": ["differs", ["update"]],
  "F1-F8": ["differs", ["scope", "update"]],
  "F1-F9": ["echo", ["echo"]], // the ministry's figure relayed a day later
  "F2-F3": ["differs", ["measure", "echo"]],
  "F2-F4": ["differs", ["scope"]],
  "F2-F5": ["differs", ["scope"]],
  "F2-F6": ["differs", ["measure"]],
  "F2-F7": ["differs", ["update", "echo"]], // the toll rises overnight
  "F2-F8": ["differs", ["scope", "update"]],
  "F2-F9": ["differs", ["update"]],
  "F3-F4": ["differs", ["measure", "scope"]],
  "F3-F5": ["differs", ["measure", "scope"]],
  "F3-F6": ["conflict", []], // 1,200 injured cannot fit in up to 400 casualties
  "F3-F7": ["differs", ["measure", "update", "echo"]],
  "F3-F8": ["differs", ["measure", "scope", "update"]],
  "F3-F9": ["differs", ["measure", "update"]],
  "F4-F5": ["differs", ["scope"]],
  "F4-F6": ["differs", ["measure", "scope"]],
  "F4-F7": ["differs", ["scope", "update"]],
  "F4-F8": ["differs", ["update", "echo"]],
  "F4-F9": ["differs", ["scope", "update"]],
  "F5-F6": ["differs", ["measure", "scope"]],
  "F5-F7": ["differs", ["scope", "update"]],
  "F5-F8": ["differs", ["scope", "update"]],
  "F5-F9": ["differs", ["scope", "update"]],
  "F6-F7": ["differs", ["measure", "update"]],
  "F6-F8": ["differs", ["measure", "scope", "update"]],
  "F6-F9": ["differs", ["measure", "update"]],
  "F7-F8": ["conflict", []], // Malatya's 350 above Turkey's 300, the same day
  "F7-F9": ["differs", ["qualifier"]],
  "F8-F9": ["differs", ["scope"]],
};

async function enterReport(text: string, publishedAt: string, figures: Figure[], topicId: string, sources: Record<string, string>) {
  const answer = await call<{ claimIds: string[] }>("POST", "/api/v1/reports", {
    as: editorToken,
    body: {
      report: { title: `Earthquake, ${publishedAt} (invented)`, text, publishedAt },
      topic: { topicId },
      claims: figures.map((figure) => {
        const start = text.indexOf(figure.words);
        const chain = [{ source: { sourceId: sources[figure.origin]! }, role: "originator", verb: "said" }];
        if (figure.relay) chain.push({ source: { sourceId: sources[figure.relay]! }, role: "relay", verb: "citing" });
        return {
          kind: "quantity",
          statement: figure.words,
          anchor: { start, end: start + figure.words.length, exact: figure.words },
          value: figure.value,
          qualifier: figure.qualifier,
          unit: figure.unit,
          measure: figure.measure,
          scopePlace: figure.scopePlace,
          modality: "completed",
          chain,
        };
      }),
    },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.claimIds;
}

test("the comparison lists exactly the real contradictions as conflicts, and every other pair with its reason", async () => {
  const names = ["ministry", "agency", "governor", "mayor", "relief", "newsAgency"];
  const made = await Promise.all(
    names.map((name) => newSource({ name: `Quake ${name} ${unique()}`, kind: name === "newsAgency" ? "news_agency" : "government" })),
  );
  const sources = Object.fromEntries(names.map((name, index) => [name, made[index]!.id]));
  const topic = await newTopic({ title: `Earthquake toll ${unique()}`, unit: "people" });
  const ids = [...(await enterReport(day1, "2023-02-07", dayOne, topic.id, sources)), ...(await enterReport(day2, "2023-02-08", dayTwo, topic.id, sources))];
  const label = new Map(ids.map((id, index) => [id, `F${index + 1}`]));

  const answer = await call<Comparison>("GET", `/api/v1/topics/${topic.id}/comparison`, { as: editorToken });
  expect(answer.status).toBe(200);
  const { summary, figures, pairs } = answer.body;

  const judged = Object.fromEntries(
    pairs.map((pair) => {
      const [x, y] = [label.get(pair.a)!, label.get(pair.b)!].sort((p, q) => Number(p.slice(1)) - Number(q.slice(1)));
      return [`${x}-${y}`, [pair.verdict, pair.reasons]];
    }),
  );
  expect(judged).toEqual(expected);
  expect(pairs.slice(0, 3).map((pair) => pair.verdict)).toEqual(["conflict", "conflict", "conflict"]);
  expect(summary).toMatchObject({ figures: 9, conflicts: 3, independentOrigins: 5 });
  expect(summary.sentence).toMatch(/^3 conflicts \(at least 214 killed in Turkey against 163 killed in Turkey\): /);

  const byLabel = (wanted: string) => figures.find((figure) => label.get(figure.claimId) === wanted)!;
  expect(byLabel("F5")).toMatchObject({
    measure: "killed",
    scope: { name: "Battalgazi", level: "district", within: ["Malatya", "Turkey"] },
    asOf: "2023-02-07T00:00:00.000Z",
  });
  expect(byLabel("F2")).toMatchObject({ measure: "killed", unit: "dead", scope: { name: "Turkey", level: "country", within: [] } });
  expect(byLabel("F9").originator?.id).toBe(sources.ministry);
  const partAbove = pairs.find((pair) => [pair.a, pair.b].every((id) => ["F7", "F8"].includes(label.get(id)!)))!;
  expect(partAbove.sentence).toContain("Malatya lies in Turkey), yet 350 is more than 300 allows");
  expect(answer.headers.get("link")).toBeNull();

  // Pages of 10 pairs, followed by their Link headers, give the same 36 pairs in the same order;
  // each page's summary still counts every pair.
  const paged: Pair[] = [];
  let next: string | null = `/api/v1/topics/${topic.id}/comparison?size=10`;
  while (next) {
    const page: Awaited<ReturnType<typeof call<Comparison>>> = await call<Comparison>("GET", next, { as: editorToken });
    expect(page.status).toBe(200);
    expect(page.body.summary).toEqual(summary);
    paged.push(...page.body.pairs);
    next = /<([^>]+)>; rel="next"/.exec(page.headers.get("link") ?? "")?.[1] ?? null;
  }
  expect(paged).toEqual(pairs);
  const conflicts = await call<Comparison>("GET", `/api/v1/topics/${topic.id}/comparison?verdict=conflict`, { as: editorToken });
  expect(conflicts.body.pairs).toEqual(pairs.slice(0, 3));
  const stale = await call<{ error: { code: string } }>("GET", `/api/v1/topics/${topic.id}/comparison?after=not-a-cursor`, { as: editorToken });
  expect(stale.status).toBe(400);

  // The claims themselves answer what they count and the area resolved.
  const claim = await call<Record<string, unknown>>("GET", `/api/v1/claims/${ids[3]}`, { as: editorToken });
  expect(claim.body).toMatchObject({
    measure: "killed",
    scopePlace: "Malatya",
    scope: { name: "Malatya", level: "region", within: ["Turkey"] },
    asOf: "2023-02-07T00:00:00.000Z",
  });
});

test("a topic that does not exist has no comparison", async () => {
  const answer = await call<{ error: { code: string } }>("GET", "/api/v1/topics/no-such-topic/comparison", { as: editorToken });
  expect(answer.status).toBe(404);
});
