import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { system } from "./actor";
import { seedDemoData } from "./seed";
import { sourceKinds } from "../domain/vocabulary";
import { sourceCreateSchema } from "../schemas/source";
import { encodeSourceCursor, type SourceCursor, type SourceFilters } from "../schemas/source-list";
import { sourceRevisionEntries } from "./mutations/reads";
import { createSource, deleteSource } from "./mutations/sources";
import { getSourceProfile, listSources, parseSourceListQuery } from "./sources";

/** Every page of the list, walked forward by `next`, `size` rows at a time. */
async function walkForward(filters: SourceFilters, size: number) {
  const pages: Awaited<ReturnType<typeof listSources>>[] = [];
  let after: SourceCursor | undefined;
  do {
    const page = await listSources(system, filters, { after }, size);
    pages.push(page);
    after = page.next ?? undefined;
  } while (after && pages.length < 500);
  return pages;
}

const slugsOf = (rows: { slug: string }[]) => rows.map((row) => row.slug);
/** Every live source matching, in one page big enough for all. */
const everySource = async (filters: SourceFilters = {}) => (await listSources(system, filters, {}, 200)).rows;

beforeAll(async () => {
  await seedDemoData();
});

test("the list counts each source's claims as originator, speaker and relay", async () => {
  const sources = await everySource();
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  expect(bySlug.get("national-intelligence-service")?.counts).toEqual({ originator: 3, speaker: 0, relay: 0 });
  expect(bySlug.get("yonhap-news-agency")?.counts).toEqual({ originator: 0, speaker: 0, relay: 1 });
  expect(bySlug.get("volodymyr-zelensky")?.counts).toEqual({ originator: 2, speaker: 2, relay: 0 });
  expect(bySlug.get("government-of-south-korea")?.counts).toEqual({ originator: 0, speaker: 0, relay: 0 });
});

test("the list filters by kind and by country", async () => {
  const agencies = await everySource({ kind: "intelligence_service" });
  expect(agencies.map((source) => source.slug).sort()).toEqual(["national-intelligence-service", "ukrainian-intelligence"]);
  const korean = await everySource({ country: "KR" });
  expect(korean.every((source) => source.country === "KR")).toBe(true);
  expect(korean).toHaveLength(4);
});

test("a bad filter or a broken page link is a message, and a lower-case country is accepted", () => {
  expect(parseSourceListQuery({ kind: "spy" }).problems.join()).toMatch(/Choose a kind/);
  expect(parseSourceListQuery({ country: "kr", kind: "", size: "10" })).toEqual({ filters: { country: "KR" }, paging: { size: 10 }, problems: [] });
  const broken = parseSourceListQuery({ kind: "expert", after: "not-a-cursor" });
  expect(broken.problems.join()).toMatch(/page link is broken/);
  expect(broken).toMatchObject({ filters: { kind: "expert" }, paging: { size: 50 } });
  const cursor = { kind: "government", name: "Government of “Ruritania”, ministry", id: "c123" } as const;
  expect(parseSourceListQuery({ after: encodeSourceCursor(cursor) }).paging.after).toEqual(cursor);
});

test("pages of the list follow one another by key: no source twice, none skipped, the same order as one big page", async () => {
  const whole = await everySource();
  expect(whole.length).toBeGreaterThan(7);
  const pages = await walkForward({}, 3);
  expect(pages.length).toBe(Math.ceil(whole.length / 3));
  expect(pages.slice(0, -1).every((page) => page.rows.length === 3)).toBe(true);
  expect(slugsOf(pages.flatMap((page) => page.rows))).toEqual(slugsOf(whole));
  expect(pages[0]!.previous).toBeNull();
  expect(pages.at(-1)!.next).toBeNull();
  // Kinds come in one run each (the page groups rows by kind), names in order within a kind.
  const kinds = whole.map((source) => source.kind);
  expect(kinds.filter((kind, index) => kind !== kinds[index - 1])).toEqual([...new Set(kinds)]);
  expect(new Set(kinds).size).toBeLessThanOrEqual(sourceKinds.length);
  // Every page counts each kind's matches in full, for its headings.
  const perKind = Object.fromEntries([...new Set(kinds)].map((kind) => [kind, kinds.filter((other) => other === kind).length]));
  for (const page of pages) expect(Object.fromEntries(page.perKind)).toEqual(perKind);

  // Back from page 3 is page 2, back from page 2 is page 1 (which has no previous).
  const second = await listSources(system, {}, { before: pages[2]!.previous! }, 3);
  expect(slugsOf(second.rows)).toEqual(slugsOf(pages[1]!.rows));
  expect(second.next).toEqual(pages[1]!.next);
  const first = await listSources(system, {}, { before: second.previous! }, 3);
  expect(slugsOf(first.rows)).toEqual(slugsOf(pages[0]!.rows));
  expect(first.previous).toBeNull();
});

test("sources of one kind and one name are paged by id, and a deleted source is left out of every page", async () => {
  const ties = [];
  for (const slug of ["tie-analyst-a", "tie-analyst-b", "tie-analyst-c"])
    ties.push(await createSource(system, sourceCreateSchema.parse({ name: "Tie Analyst", kind: "expert", slug, country: "ZZ" })));
  try {
    const sameKind = await everySource({ kind: "expert" });
    const tied = sameKind.filter((source) => source.name === "Tie Analyst");
    expect(tied.map((source) => source.id)).toEqual(ties.map((tie) => tie.id).sort());
    // One a page: each tie is a page boundary, and none repeats or goes missing.
    const onePerPage = await walkForward({ kind: "expert" }, 1);
    expect(slugsOf(onePerPage.flatMap((page) => page.rows))).toEqual(slugsOf(sameKind));
    // The filter stays applied across pages.
    expect(onePerPage.every((page) => page.rows.every((source) => source.kind === "expert"))).toBe(true);

    await deleteSource(system, ties[1]!.id, ties[1]!.version);
    const byCountry = await walkForward({ country: "ZZ" }, 1);
    expect(slugsOf(byCountry.flatMap((page) => page.rows)).sort()).toEqual(["tie-analyst-a", "tie-analyst-c"]);
    const all = (await walkForward({}, 4)).flatMap((page) => page.rows);
    expect(slugsOf(all)).not.toContain("tie-analyst-b");
    expect(slugsOf(all)).toEqual(slugsOf(await everySource()));
  } finally {
    for (const tie of ties) {
      const current = await db().read.source.findUniqueOrThrow({ where: { id: tie.id } });
      if (!current.deletedAt) await deleteSource(system, tie.id, current.version);
    }
  }
});

test("the Published column counts the live reports a source is the outlet of, and their live claims", async () => {
  const report = await db().read.report.findFirstOrThrow({ where: { deletedAt: null, claims: { some: { deletedAt: null } } }, orderBy: { id: "asc" } });
  const claims = await db().read.claim.count({ where: { reportId: report.id, deletedAt: null } });
  const yonhap = await db().read.source.findUniqueOrThrow({ where: { slug: "yonhap-news-agency" } });
  await db().writeTransaction((tx) => tx.report.update({ where: { id: report.id }, data: { outletId: yonhap.id } }));
  try {
    const row = (await everySource()).find((source) => source.slug === "yonhap-news-agency");
    expect(row?.published).toEqual({ reports: 1, claims });
    expect((await everySource()).find((source) => source.slug === "national-intelligence-service")?.published).toBeNull();
  } finally {
    await db().writeTransaction((tx) => tx.report.update({ where: { id: report.id }, data: { outletId: report.outletId } }));
  }
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
    expect(claim.hops.some((hop) => hop.source.name === "Yonhap News Agency" && hop.role !== "originator")).toBe(true);
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
    const yonhap = (await everySource()).find((source) => source.slug === "yonhap-news-agency");
    expect(yonhap?.counts).toEqual({ originator: 0, speaker: 0, relay: 0 });
    const nis = await getSourceProfile(system, "national-intelligence-service");
    expect(nis?.counts.originator).toBe(2);
    expect(nis?.asOriginator.map((claim) => claim.id)).not.toContain(relayed.id);
  } finally {
    await db().writeTransaction((tx) => tx.claim.update({ where: { id: relayed.id }, data: { deletedAt: null } }));
  }
});

test("a source's revisions are read for a reader only, checked in the data layer", async () => {
  const nis = (await everySource()).find((source) => source.name === "National Intelligence Service");
  const viewer = { kind: "user", userId: "viewer-1", role: "viewer", via: "session" } as const;
  const entries = await sourceRevisionEntries(viewer, nis!.id);
  expect(entries[0]?.action).toBe("create");
  const previous = process.env.PUBLIC_READ;
  delete process.env.PUBLIC_READ;
  try {
    await expect(sourceRevisionEntries({ kind: "anonymous" }, nis!.id)).rejects.toMatchObject({ code: "unauthenticated" });
  } finally {
    if (previous !== undefined) process.env.PUBLIC_READ = previous;
  }
});
