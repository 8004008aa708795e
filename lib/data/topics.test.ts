import { expect, test } from "vitest";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { explainAll } from "../domain/comparison";
import { countIndependentOrigins } from "../domain/origins";
import { figureSpread } from "../domain/spread";
import { noFilters, type TopicFilters } from "../domain/topic-filters";
import { anonymous, system } from "./actor";
import { seedDemoData } from "./seed";
import { getTopicComparison, listTopicSummaries } from "./topics";
import { claimsWithChains, claimWithChain } from "./claim-rows";

const slug = "north-korean-troops-sent-to-russia";
const filtered = (filters: Partial<TopicFilters>) => getTopicComparison(system, slug, { ...noFilters, ...filters });
const values = async (filters: Partial<TopicFilters>) => (await filtered(filters))?.figures.map((figure) => figure.value);

test("the founding topic has five figures from three independent origins and no conflict", async () => {
  await seedDemoData();
  const {
    summaries: [summary],
  } = await listTopicSummaries(system);
  expect(summary).toMatchObject({ figureCount: 5, independentOrigins: 3, reportCount: 1, spread: { min: 1500, max: 12000, ratio: 8 } });
  const comparison = await getTopicComparison(system, slug);
  expect(comparison?.figures.map((figure) => figure.value)).toEqual([12000, 12000, 10000, 1500, 12000]);
  expect(comparison?.totalFigures).toBe(5);
  const explanations = explainAll(comparison!.figures);
  expect(explanations.filter((explanation) => explanation.verdict === "conflict")).toEqual([]);
  const plannedVsArrived = explanations.find(
    (explanation) =>
      [explanation.a, explanation.b].sort().join() ===
      comparison!.figures
        .filter((figure) => figure.asStated === "12,000 troops" || figure.value === 1500)
        .map((figure) => figure.id)
        .sort()
        .join(),
  );
  expect(plannedVsArrived?.reasons).toContain("modality");
});

test("a topic that does not exist is null, not an error", async () => {
  expect(await getTopicComparison(system, "no-such-topic")).toBeNull();
});

test("filtering by modality leaves only those figures, and still counts all of the topic's", async () => {
  await seedDemoData();
  const arrived = await filtered({ modalities: ["completed"] });
  expect(arrived?.figures.map((figure) => [figure.value, figure.asStated])).toEqual([[1500, "1,500 North Korean troops"]]);
  expect(arrived?.totalFigures).toBe(5);
  expect(await values({ modalities: ["planned", "possible"] })).toEqual([12000, 12000, 12000]);
});

test("a source kind matches any source in the chain: originator or relay", async () => {
  await seedDemoData();
  expect(await values({ sourceKind: "intelligence_service" })).toEqual([12000, 12000, 10000, 1500]);
  // Only the 12,000 relayed by Yonhap passed through a news agency.
  const relayed = await filtered({ sourceKind: "news_agency" });
  expect(relayed?.figures.map((figure) => figure.chain.map((hop) => hop.sourceName))).toEqual([["National Intelligence Service", "Yonhap News Agency"]]);
  expect(await values({ sourceKind: "think_tank" })).toEqual([]);
});

test("review status and the claimed period narrow the figures, whole UTC days included", async () => {
  await seedDemoData();
  const { read, writeTransaction } = db();
  const arrived = await read.claim.findFirstOrThrow({ where: { value: 1500 } });
  await writeTransaction((tx) =>
    tx.claim.update({ where: { id: arrived.id }, data: { reviewStatus: "accepted", claimedAt: new Date("2024-10-25T21:30:00Z") } }),
  );

  expect(await values({ reviewStatuses: ["accepted"] })).toEqual([1500]);
  expect(await values({ reviewStatuses: ["draft"] })).toEqual([12000, 12000, 10000, 12000]);
  expect(await values({ claimedFrom: "2024-10-25" })).toEqual([1500]);
  expect(await values({ claimedTo: "2024-10-18" })).toEqual([12000, 12000, 10000, 12000]);
  expect(await values({ claimedFrom: "2024-10-19", claimedTo: "2024-10-25" })).toEqual([1500]);
  expect(await values({ claimedFrom: "2024-10-26" })).toEqual([]);
});

test("deleted claims are not figures", async () => {
  await seedDemoData();
  const { read, writeTransaction } = db();
  const possible = await read.claim.findFirstOrThrow({ where: { modality: "possible", kind: "quantity" } });
  await writeTransaction((tx) => tx.claim.update({ where: { id: possible.id }, data: { deletedAt: new Date() } }));
  const comparison = await getTopicComparison(system, slug);
  expect(comparison?.figures).toHaveLength(4);
  expect(comparison?.totalFigures).toBe(4);
});

test("an anonymous visitor reads topics only when public reading is on", async () => {
  await seedDemoData();
  const before = process.env.PUBLIC_READ;
  try {
    process.env.PUBLIC_READ = "0";
    await expect(listTopicSummaries(anonymous)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getTopicComparison(anonymous, slug)).rejects.toMatchObject({ code: "unauthenticated" });
    process.env.PUBLIC_READ = "1";
    expect((await getTopicComparison(anonymous, slug))?.topic.title).toBe("North Korean troops sent to Russia");
  } finally {
    if (before === undefined) delete process.env.PUBLIC_READ;
    else process.env.PUBLIC_READ = before;
  }
});

test("the topic list comes a page at a time, by title, with the total", async () => {
  await seedDemoData();
  await db().writeTransaction((tx) =>
    tx.topic.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({ slug: `paged-${index}`, title: `Paged topic ${String(index).padStart(2, "0")}` })),
    }),
  );
  const first = await listTopicSummaries(system);
  const second = await listTopicSummaries(system, 2);
  expect(first.total).toBe(31);
  expect(first.pageCount).toBe(2);
  expect(first.summaries).toHaveLength(25);
  // Earlier tests in this file may have deleted a figure: compare with the topic page.
  const founding = await getTopicComparison(system, slug);
  expect(first.summaries[0]).toMatchObject({ topic: { title: "North Korean troops sent to Russia" }, figureCount: founding?.totalFigures });
  expect(first.summaries[1]).toMatchObject({ topic: { title: "Paged topic 00" }, figureCount: 0, spread: null });
  expect(second.summaries.map((summary) => summary.topic.title)).toEqual(["24", "25", "26", "27", "28", "29"].map((n) => `Paged topic ${n}`));
  expect((await listTopicSummaries(system, 3)).summaries).toEqual([]);
});

// The list reads its figures with their chains in one join (summaryFiguresOfTopics); the topic page reads them
// by include (SQLite) or by relation (PostgreSQL): the same chains must give the same summaries.
test("each topic's summary is what its topic page's figures give, chains out of position order included", async () => {
  await seedDemoData();
  await db().writeTransaction(async (tx) => {
    const report = await tx.report.findFirstOrThrow({ where: { deletedAt: null } });
    const [first, second] = await tx.source.findMany({ where: { deletedAt: null }, orderBy: { slug: "asc" }, take: 2 });
    const topic = await tx.topic.create({ data: { slug: "chains-out-of-order", title: "Chains out of order" } });
    for (const [index, value] of [300, 700, 1200].entries()) {
      const claim = await tx.claim.create({
        data: {
          reportId: report.id,
          topicId: topic.id,
          kind: "quantity",
          statement: `Synthetic chain ${index}`,
          anchorExact: "troops",
          anchorStart: index,
          anchorEnd: index + 6,
          value,
        },
      });
      // The relay is written first: the chain's order is its positions, not the rows'.
      const [originator, relay] = index === 2 ? [second!, first!] : [first!, second!];
      await tx.attributionHop.create({ data: { claimId: claim.id, position: 1, sourceId: relay.id, role: "relay" } });
      await tx.attributionHop.create({ data: { claimId: claim.id, position: 0, sourceId: originator.id, role: "originator" } });
    }
  });
  const { summaries } = await listTopicSummaries(system);
  expect(summaries.find((summary) => summary.topic.slug === "chains-out-of-order")).toMatchObject({ figureCount: 3, independentOrigins: 2, reportCount: 1 });
  for (const summary of summaries) {
    const { figures } = (await getTopicComparison(system, summary.topic.slug))!;
    expect(summary).toMatchObject({
      figureCount: figures.length,
      independentOrigins: countIndependentOrigins(figures),
      reportCount: new Set(figures.map((figure) => figure.reportId)).size,
      spread: figureSpread(figures),
    });
  }
});

// On PostgreSQL (SQLite reads by include, see claimsWithChains).
test("the figures with their chains read by relation are those an include by ids reads", async () => {
  await seedDemoData();
  const byPosition = <T extends { hops: { position: number }[] }>(claim: T) => ({ ...claim, hops: claim.hops.toSorted((a, b) => a.position - b.position) });
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ claimedAt: "asc" }, { anchorStart: "asc" }, { id: "asc" }];
  const wheres: Prisma.ClaimWhereInput[] = [
    { kind: "quantity", deletedAt: null },
    { modality: "planned" },
    { hops: { some: { role: "relay" } } },
    { id: "no-such-claim" },
  ];
  for (const where of wheres) {
    const included = await db().read.claim.findMany({ where, include: claimWithChain, orderBy });
    const related = await claimsWithChains(where, orderBy);
    expect(related.map(byPosition)).toEqual(included.map(byPosition));
  }
  expect((await claimsWithChains(wheres[0]!, orderBy)).flatMap((claim) => claim.hops).length).toBeGreaterThan(5);
});

test("the topic's figure table comes a page at a time in the asked order, with every figure still read for the counts", async () => {
  await seedDemoData();
  const sort = { column: "value", direction: "desc" } as const;
  const pages = [await getTopicComparison(system, slug, noFilters, { sort, size: 2 })];
  while (pages.at(-1)?.table.next) pages.push(await getTopicComparison(system, slug, noFilters, { sort, size: 2, page: { after: pages.at(-1)!.table.next! } }));
  const { figures } = pages[0]!;
  expect(figures.length).toBeGreaterThan(2);
  expect(pages.map((one) => one!.table.rows.length)).toEqual(
    Array.from({ length: Math.ceil(figures.length / 2) }, (_, index) => Math.min(2, figures.length - 2 * index)),
  );
  for (const one of pages) expect(one!.figures).toEqual(figures);
  expect(pages[0]!.table.previous).toBeNull();
  const shown = pages.flatMap((one) => one!.table.rows);
  expect(new Set(shown.map((figure) => figure.id))).toEqual(new Set(figures.map((figure) => figure.id)));
  const shownValues = shown.map((figure) => figure.value!);
  expect(shownValues).toEqual(shownValues.toSorted((a, b) => b - a));
});
