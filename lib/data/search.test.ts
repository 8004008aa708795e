import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { matchEnd, matchStart } from "../domain/search-query";
import { type Actor, anonymous, system } from "./actor";
import { type ClaimHit, searchEverything } from "./search";
import { seedDemoData } from "./seed";

const analyst: Actor = { kind: "user", userId: "analyst", role: "viewer", via: "session" };
const marked = (words: string) => `${matchStart}${words}${matchEnd}`;
const plain = (text: string) => text.replaceAll(matchStart, "").replaceAll(matchEnd, "");
const statementsOf = (claims: ClaimHit[]) => claims.map((claim) => plain(claim.statement));
const ussuriyskStatement = "North Korean soldiers are stationed at a military base near Ussuriysk, north of Vladivostok.";

beforeAll(async () => {
  await seedDemoData();
});

async function claimWithStatement(statement: string) {
  return db().read.claim.findFirstOrThrow({ where: { statement } });
}

test("“Ussuriysk” finds the location claim first, with the word marked, and the founding report", async () => {
  const results = await searchEverything(analyst, "Ussuriysk");
  expect(statementsOf(results.claims)[0]).toBe(ussuriyskStatement);
  expect(results.claims[0]).toMatchObject({ reportTitle: expect.stringContaining("North Korea") });
  expect(results.claims[0]?.statement).toContain(`near ${marked("Ussuriysk")}, north`);
  // The report's own words, where they match too.
  expect(results.claims[0]?.snippet).toContain(`base near ${marked("Ussuriysk")}`);
  expect(results.reports).toHaveLength(1);
  expect(results.reports[0]?.snippet).toContain(marked("Ussuriysk"));
  expect(results.sources).toEqual([]);
});

test("“spy agency” finds the NIS by its alias, and says which alias matched", async () => {
  const { sources } = await searchEverything(analyst, "spy agency");
  expect(sources.map((source) => source.slug)).toEqual(["national-intelligence-service"]);
  expect(sources[0]).toMatchObject({ name: "National Intelligence Service", kind: "intelligence_service" });
  expect(sources[0]?.matchedAlias).toBe(`Seoul’s ${marked("spy")} ${marked("agency")}`);
});

test("a source found by its name shows no alias", async () => {
  const { sources } = await searchEverything(analyst, "Yonhap News Agency");
  expect(sources[0]).toMatchObject({ slug: "yonhap-news-agency", matchedAlias: null });
});

test("words are found whatever their case or English ending: “TROOP” finds “troops”", async () => {
  const { claims } = await searchEverything(analyst, "TROOP");
  expect(claims.length).toBeGreaterThan(1);
  expect(claims.every((claim) => `${claim.statement} ${claim.snippet}`.includes(matchStart))).toBe(true);
  expect(claims.some((claim) => claim.statement.includes(marked("troops")))).toBe(true);
});

test("every word must match, and a typed figure matches as written", async () => {
  const { claims } = await searchEverything(analyst, "12,000 brigades");
  expect(statementsOf(claims)).toEqual(["North Korea intends to mobilize four brigades, totaling 12,000 soldiers, to fight alongside Russian forces."]);
});

test("quoted words are a phrase: “north of Vladivostok” in quotes finds only the words in that order", async () => {
  expect(statementsOf((await searchEverything(analyst, '"base near Ussuriysk"')).claims)).toEqual([ussuriyskStatement]);
  expect((await searchEverything(analyst, '"Ussuriysk base"')).claims).toEqual([]);
});

test.each([
  ['"'],
  ["*"],
  ["-"],
  ["("],
  ["troops)"],
  ["(troops"],
  ['"unbalanced quote Ussuriysk'],
  ["Ussuriysk*"],
  ["-Ussuriysk"],
  ["NEAR(Ussuriysk Vladivostok, 2)"],
  ["Ussuriysk OR nonexistentword"],
  ["Ussuriysk AND NOT troops"],
  ["statement:Ussuriysk"],
  ['\'; DROP TABLE "Claim"; --'],
  ["Robert'); DROP TABLE Report;--"],
  ["\u0000Ussuriysk\u0000"],
  ["\uD800 lone surrogate"],
  [`${matchStart}Ussuriysk${matchEnd}`],
  ["Ｕｓｓｕｒｉｙｓｋ"],
  ["Уссурийск 北朝鮮 🚀 ﷽"],
  ["a".repeat(500)],
])("search syntax typed by an analyst is only words: %j never errors", async (input) => {
  const results = await searchEverything(analyst, input);
  for (const claim of results.claims) expect(`${claim.statement} ${claim.snippet}`).toContain(matchStart);
  // The tables are still there and whole.
  expect(await db().read.claim.count()).toBe(12);
  expect(await db().read.report.count()).toBe(1);
});

test("other operators are words, not syntax: “-Ussuriysk” finds Ussuriysk", async () => {
  expect(statementsOf((await searchEverything(analyst, "-Ussuriysk")).claims)).toEqual([ussuriyskStatement]);
  expect(statementsOf((await searchEverything(analyst, "Ｕｓｓｕｒｉｙｓｋ")).claims)).toEqual([ussuriyskStatement]);
  expect((await searchEverything(analyst, "Ussuriysk AND nonexistentword")).claims).toEqual([]);
});

const brigadesStatement = "North Korea intends to mobilize four brigades, totaling 12,000 soldiers, to fight alongside Russian forces.";

test("a word ending in * finds the words that start with it: “Ussuri*”, “brigad*”", async () => {
  expect(statementsOf((await searchEverything(analyst, "Ussuri*")).claims)).toEqual([ussuriyskStatement]);
  expect((await searchEverything(analyst, "Ussuri")).claims).toEqual([]);
  const brigades = await searchEverything(analyst, "brigad*");
  expect(statementsOf(brigades.claims)).toContain(brigadesStatement);
  expect(brigades.claims.find((claim) => plain(claim.statement) === brigadesStatement)?.statement).toContain(marked("brigades"));
});

test("OR lets either word match: “Ussuriysk OR brigades” finds both claims, “Ussuriysk OR nonexistentword” the one", async () => {
  expect(statementsOf((await searchEverything(analyst, "Ussuriysk OR brigades")).claims).sort()).toEqual([brigadesStatement, ussuriyskStatement].sort());
  expect(statementsOf((await searchEverything(analyst, "Ussuriysk OR nonexistentword")).claims)).toEqual([ussuriyskStatement]);
  // The other words must still match: brigades are not near Vladivostok.
  expect(statementsOf((await searchEverything(analyst, "Ussuriysk OR brigades Vladivo*")).claims)).toEqual([ussuriyskStatement]);
});

test("punctuation alone is no search and reads nothing", async () => {
  expect(await searchEverything(analyst, ` "*()- '; `)).toEqual({ claims: [], reports: [], sources: [] });
});

test("a search that is too long or a limit out of range is refused with a reason", async () => {
  await expect(searchEverything(analyst, "a".repeat(501))).rejects.toMatchObject({ code: "validation_failed" });
  await expect(searchEverything(analyst, "troops", { limit: 0 })).rejects.toMatchObject({ code: "validation_failed" });
});

test("the limit applies to each kind", async () => {
  const { claims } = await searchEverything(analyst, "North Korean", { limit: 2 });
  expect(claims).toHaveLength(2);
});

test("anonymous visitors may search only when reading is public", async () => {
  const publicRead = process.env.PUBLIC_READ;
  delete process.env.PUBLIC_READ;
  try {
    await expect(searchEverything(anonymous, "Ussuriysk")).rejects.toMatchObject({ code: "unauthenticated" });
  } finally {
    if (publicRead !== undefined) process.env.PUBLIC_READ = publicRead;
  }
});

test("a claim's new words are found after it is edited, and its old words no longer find it", async () => {
  const claim = await claimWithStatement("North Korean personnel are deployed in Russian-occupied territories of Ukraine.");
  const edited = "North Korean personnel are reported in the Kursk region.";
  await db().writeTransaction((tx) => tx.claim.update({ where: { id: claim.id }, data: { statement: edited, notes: "Moved to Kursk after a correction." } }));

  const found = await searchEverything(system, "Kursk");
  expect(found.claims.map((hit) => hit.id)).toEqual([claim.id]);
  expect(statementsOf(found.claims)).toEqual([edited]);
  // Kursk is in both the statement and the notes: both are marked.
  expect(found.claims[0]?.snippet).toContain(`Moved to ${marked("Kursk")} after`);
  const byOldWords = await searchEverything(system, "Coordinates occupied south-east");
  expect(byOldWords.claims).toEqual([]);
});

test("a soft-deleted claim is not found, and is found again once restored", async () => {
  const claim = await claimWithStatement(ussuriyskStatement);
  const setDeleted = (deletedAt: Date | null) => db().writeTransaction((tx) => tx.claim.update({ where: { id: claim.id }, data: { deletedAt } }));

  await setDeleted(new Date());
  expect((await searchEverything(system, "Ussuriysk")).claims).toEqual([]);
  await setDeleted(null);
  expect((await searchEverything(system, "Ussuriysk")).claims.map((hit) => hit.id)).toEqual([claim.id]);
});

test("a new source and an alias added later are both found", async () => {
  await db().writeTransaction(async (tx) => {
    const source = await tx.source.create({ data: { slug: "gur", name: "Main Directorate of Intelligence", kind: "intelligence_service", country: "UA" } });
    await tx.sourceAlias.create({ data: { sourceId: source.id, alias: "HUR", normalized: "hur" } });
  });
  expect((await searchEverything(system, "Directorate")).sources.map((source) => source.slug)).toEqual(["gur"]);
  const byAlias = await searchEverything(system, "hur");
  expect(byAlias.sources).toEqual([{ slug: "gur", name: "Main Directorate of Intelligence", kind: "intelligence_service", matchedAlias: marked("HUR") }]);

  await db().writeTransaction((tx) => tx.sourceAlias.deleteMany({ where: { alias: "HUR" } }));
  expect((await searchEverything(system, "hur")).sources).toEqual([]);
});

test("a soft-deleted report hides its claims from the search too", async () => {
  const report = await db().read.report.findFirstOrThrow();
  const setDeleted = (deletedAt: Date | null) => db().writeTransaction((tx) => tx.report.update({ where: { id: report.id }, data: { deletedAt } }));
  await setDeleted(new Date());
  try {
    expect(await searchEverything(system, "Vladivostok")).toMatchObject({ claims: [], reports: [] });
  } finally {
    await setDeleted(null);
  }
});
