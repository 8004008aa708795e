import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { system } from "./actor";
import { seedDemoData } from "./seed";
import { getSourceProfile, listSources, parseSourceFilters } from "./sources";

beforeAll(async () => {
  await seedDemoData();
});

test("the list counts each source's claims as originator, speaker and relay", async () => {
  const sources = await listSources(system);
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  expect(bySlug.get("national-intelligence-service")?.counts).toEqual({ originator: 3, speaker: 0, relay: 0 });
  expect(bySlug.get("yonhap-news-agency")?.counts).toEqual({ originator: 0, speaker: 0, relay: 1 });
  expect(bySlug.get("volodymyr-zelensky")?.counts).toEqual({ originator: 2, speaker: 2, relay: 0 });
  expect(bySlug.get("government-of-south-korea")?.counts).toEqual({ originator: 0, speaker: 0, relay: 0 });
});

test("the list filters by kind and by country", async () => {
  const agencies = await listSources(system, { kind: "intelligence_service" });
  expect(agencies.map((source) => source.slug).sort()).toEqual(["national-intelligence-service", "ukrainian-intelligence"]);
  const korean = await listSources(system, { country: "KR" });
  expect(korean.every((source) => source.country === "KR")).toBe(true);
  expect(korean).toHaveLength(4);
});

test("a bad filter is a message, and a lower-case country is accepted", () => {
  expect(parseSourceFilters({ kind: "spy" }).problem).toMatch(/Choose a kind/);
  expect(parseSourceFilters({ country: "kr", kind: "" })).toEqual({ filters: { country: "KR" }, problem: null });
});

test("the NIS page has its figures, its relayed claim's relay, and its family", async () => {
  const profile = await getSourceProfile(system, "national-intelligence-service");
  expect(profile?.source.parent?.slug).toBe("government-of-south-korea");
  expect(profile?.source.aliases.map((alias) => alias.alias)).toContain("Seoul’s spy agency");
  expect(profile?.asOriginator).toHaveLength(3);
  expect(profile?.asSpeakerOrRelay).toEqual([]);
  const relayed = profile?.asOriginator.find((claim) => claim.hops.some((hop) => hop.role === "relay"));
  expect(relayed?.hops.map((hop) => hop.source.name)).toEqual(["National Intelligence Service", "Yonhap News Agency"]);
  const [topic] = profile!.figures;
  expect(topic?.slug).toBe("north-korean-troops-sent-to-russia");
  expect(topic?.figures.map((figure) => figure.value).sort()).toEqual([12000, 12000, 1500].sort());
});

test("the claims a source passed on are listed apart from those it originated, newest first, from one read of both groups", async () => {
  const yonhap = await getSourceProfile(system, "yonhap-news-agency");
  expect(yonhap?.asOriginator).toEqual([]);
  expect(yonhap?.asSpeakerOrRelay.length).toBeGreaterThan(0);
  for (const claim of yonhap!.asSpeakerOrRelay)
    expect(claim.hops.some((hop) => hop.source.slug === "yonhap-news-agency" && hop.role !== "originator")).toBe(true);
  const dates = yonhap!.asSpeakerOrRelay.map((claim) => claim.claimedAt?.getTime() ?? -Infinity);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const nis = await getSourceProfile(system, "national-intelligence-service");
  const originated = nis!.asOriginator.map((claim) => claim.claimedAt?.getTime() ?? -Infinity);
  expect(originated).toEqual([...originated].sort((a, b) => b - a));
});

test("a parent lists its children; a missing source is null", async () => {
  const government = await getSourceProfile(system, "government-of-ukraine");
  expect(government?.source.children.map((child) => child.slug)).toEqual(["ukrainian-intelligence", "volodymyr-zelensky"]);
  expect(await getSourceProfile(system, "no-such-source")).toBeNull();
});

test("a deleted claim no longer counts, nor appears on its sources' pages", async () => {
  const relayed = await db().read.claim.findFirstOrThrow({ where: { hops: { some: { role: "relay", source: { slug: "yonhap-news-agency" } } } } });
  await db().writeTransaction((tx) => tx.claim.update({ where: { id: relayed.id }, data: { deletedAt: new Date() } }));
  try {
    const yonhap = (await listSources(system)).find((source) => source.slug === "yonhap-news-agency");
    expect(yonhap?.counts).toEqual({ originator: 0, speaker: 0, relay: 0 });
    const nis = await getSourceProfile(system, "national-intelligence-service");
    expect(nis?.counts.originator).toBe(2);
    expect(nis?.asOriginator.map((claim) => claim.id)).not.toContain(relayed.id);
  } finally {
    await db().writeTransaction((tx) => tx.claim.update({ where: { id: relayed.id }, data: { deletedAt: null } }));
  }
});
