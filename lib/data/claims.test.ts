import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../db/client";
import { AppError } from "../errors";
import { type Actor, anonymous, system } from "./actor";
import { claimListQuerySchema, type ClaimFilters, claimSorts, encodeCursor, type PageRequest } from "../schemas/claim-filters";
import { type ClaimPage, claimWhere, getClaimDetail, getClaimPage, listClaims, listClaimTable, sourceClaimIds } from "./claims";
import type { ClaimTableRow } from "./claim-table-rows";
import { getClaimHistory } from "./mutations/reads";
import { seedDemoData } from "./seed";

// Thirty claims more in the founding report, sharing a handful of dates and values (ties in
// every sort key) and some with neither, so pages must break ties by id to be stable.
async function addTiedClaims() {
  await db().writeTransaction(async (tx) => {
    const report = await tx.report.findFirstOrThrow();
    const source = await tx.source.findUniqueOrThrow({ where: { slug: "yonhap-news-agency" } });
    for (let index = 0; index < 30; index += 1) {
      await tx.claim.create({
        data: {
          reportId: report.id,
          kind: index % 3 === 0 ? "statement" : "quantity",
          statement: `Synthetic tie ${index}`,
          anchorExact: "troops",
          anchorStart: 0,
          anchorEnd: 6,
          value: index % 3 === 0 ? null : (index % 4) * 100,
          claimedAt: index % 5 === 0 ? null : new Date(Date.UTC(2024, 9, 1 + (index % 3))),
          modality: "planned",
          hops: { create: [{ position: 0, sourceId: source.id, role: "originator", verb: "said" }] },
        },
      });
    }
  });
}

beforeAll(async () => {
  await seedDemoData();
  await addTiedClaims();
});

const noFilters: ClaimFilters = {};

async function walkAllPages(sort: (typeof claimSorts)[number], filters = noFilters, pageSize = 4) {
  const seen: string[] = [];
  const pages: ClaimPage[] = [];
  let page = await listClaims(system, filters, sort, {}, pageSize);
  for (;;) {
    pages.push(page);
    seen.push(...page.rows.map((row) => row.id));
    if (!page.next) break;
    page = await listClaims(system, filters, sort, { after: page.next }, pageSize);
  }
  return { seen, pages };
}

describe("pages by key", () => {
  test.each(claimSorts)("sorted %s, every claim appears exactly once, in the sort's order", async (sort) => {
    const total = await db().read.claim.count({ where: { deletedAt: null } });
    const { seen } = await walkAllPages(sort);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const rows = await db().read.claim.findMany({ where: { id: { in: seen } }, select: { id: true, value: true, claimedAt: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const keys = seen.map((id) => {
      const row = byId.get(id)!;
      return sort.startsWith("value") ? row.value : (row.claimedAt?.getTime() ?? null);
    });
    const keyed = keys.filter((key) => key !== null) as number[];
    // Rows without a key come last; keyed rows are in order.
    expect(keys.slice(keyed.length).every((key) => key === null)).toBe(true);
    const ascending = sort.endsWith("asc");
    expect(keyed).toEqual([...keyed].sort((a, b) => (ascending ? a - b : b - a)));
  });

  test.each(claimSorts)("sorted %s, Previous from each page gives back the page before it", async (sort) => {
    const { pages } = await walkAllPages(sort);
    for (let index = 1; index < pages.length; index += 1) {
      const back = await listClaims(system, noFilters, sort, { before: pages[index]!.previous! }, 4);
      expect(back.rows.map((row) => row.id)).toEqual(pages[index - 1]!.rows.map((row) => row.id));
    }
    expect(pages[0]!.previous).toBeNull();
    expect(pages.at(-1)!.next).toBeNull();
  });

  test("a cursor survives the trip through the URL", async () => {
    const first = await listClaims(system, noFilters, "value-desc", {}, 5);
    const query = claimListQuerySchema.parse({ sort: "value-desc", after: encodeCursor(first.next!) });
    const second = await listClaims(system, noFilters, "value-desc", { after: query.after }, 5);
    expect(second.rows[0]?.id).not.toBe(first.rows[0]?.id);
    expect(second.rows.map((row) => row.id)).toEqual((await walkAllPages("value-desc", noFilters, 5)).pages[1]!.rows.map((row) => row.id));
  });

  // The source filter reads the source's claims from its hops, then pages them (sourceClaimIds).
  // Its pages, forwards and back, must be the claims the walk with the hops' condition finds, in
  // the sort's order: key first (nulls last), then id, both in the sort's direction.
  test.each(claimSorts)("sorted %s, a source's claims read from its hops page as the walk over every claim does", async (sort) => {
    const [column, direction] = sort.split("-") as ["claimed" | "value", "asc" | "desc"];
    const sign = direction === "asc" ? 1 : -1;
    const keyOf = (row: { claimedAt: Date | null; value: number | null }) => (column === "claimed" ? (row.claimedAt?.getTime() ?? null) : row.value);
    for (const filters of [
      { source: "yonhap-news-agency" },
      { source: "national-intelligence-service", role: "originator" },
      { source: "yonhap-news-agency", role: "relay" },
    ] as ClaimFilters[]) {
      const ids = await sourceClaimIds(system, filters);
      expect(ids).toBeDefined();
      expect(await sourceClaimIds(system, filters, 0)).toBeUndefined();
      const walked = await db().read.claim.findMany({ where: claimWhere(filters), select: { id: true, claimedAt: true, value: true } });
      const expected = walked
        .sort((a, b) => {
          const [keyA, keyB] = [keyOf(a), keyOf(b)];
          if (keyA !== keyB) return keyA === null ? 1 : keyB === null ? -1 : sign * (keyA - keyB);
          return sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        })
        .map((row) => row.id);
      expect(expected.length).toBeGreaterThan(0);
      const { seen, pages } = await walkAllPages(sort, filters, 3);
      expect(seen).toEqual(expected);
      for (let index = 1; index < pages.length; index += 1) {
        const back = await listClaims(system, filters, sort, { before: pages[index]!.previous! }, 3);
        expect(back.rows.map((row) => row.id)).toEqual(pages[index - 1]!.rows.map((row) => row.id));
      }
    }
  });

  test("a broken cursor is a clear message", () => {
    const parsed = claimListQuerySchema.safeParse({ after: "not-a-cursor" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/page link is broken/);
  });
});

describe("filters", () => {
  const statements = async (filters: ClaimFilters) => (await listClaims(system, filters, "claimed-asc", {}, 200)).rows.map((row) => row.statement);

  test("by modality, kind and topic", async () => {
    const planned = await statements({ modality: "planned", topic: "north-korean-troops-sent-to-russia" });
    expect(planned).toHaveLength(2);
    expect(planned.every((statement) => /12,000/.test(statement))).toBe(true);
    expect(await statements({ kind: "location" })).toHaveLength(2);
  });

  test("by source, as originator or as relay", async () => {
    const nisOriginated = await statements({ source: "national-intelligence-service", role: "originator" });
    expect(nisOriginated).toHaveLength(3);
    const yonhapRelayed = await statements({ source: "yonhap-news-agency", role: "relay" });
    expect(yonhapRelayed).toEqual(["North Korea plans to deploy 12,000 troops, including special forces, to the Ukrainian battlefield."]);
    expect(await statements({ source: "yonhap-news-agency" })).toHaveLength(31);
  });

  test("by review status and date range, the end day included", async () => {
    expect(await statements({ status: "accepted" })).toEqual([]);
    expect(await statements({ from: "2024-10-18", to: "2024-10-18" })).toHaveLength(12);
    expect(await statements({ from: "2024-10-02", to: "2024-10-03" })).toHaveLength(16);
  });

  test("by free text in the statement or the anchored words, ignoring case", async () => {
    expect(await statements({ q: "ussuriysk" })).toEqual(["North Korean soldiers are stationed at a military base near Ussuriysk, north of Vladivostok."]);
    expect(await statements({ q: "COMRADE" })).toHaveLength(1);
  });

  test("an unknown topic or source is named in the error", async () => {
    await expect(listClaims(system, { topic: "no-such-topic" }, "claimed-desc")).rejects.toThrow(/no topic "no-such-topic"/);
    await expect(listClaims(system, { source: "nobody" }, "claimed-desc")).rejects.toBeInstanceOf(AppError);
  });

  test("bad filter values are refused with a message per field", () => {
    const parsed = claimListQuerySchema.safeParse({ modality: "sometime", from: "2024-13-01", sort: "random" });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["modality", "from", "sort"]));
    expect(claimListQuerySchema.safeParse({ modality: "", topic: "" }).success).toBe(true);
    expect(claimListQuerySchema.safeParse({ from: "2024-10-20", to: "2024-10-01" }).error?.issues[0]?.message).toMatch(/start date/);
  });
});

describe("the claims list's table", () => {
  /** What the table shows of a full row (listClaims reads every column with Prisma's include). */
  const shownOf = (row: ClaimPage["rows"][number]): ClaimTableRow => ({
    id: row.id,
    version: row.version,
    statement: row.statement,
    kind: row.kind,
    reviewStatus: row.reviewStatus,
    value: row.value,
    lower: row.lower,
    upper: row.upper,
    qualifier: row.qualifier,
    unit: row.unit,
    modality: row.modality,
    credibility: row.credibility,
    claimedAt: row.claimedAt,
    report: { id: row.report.id, title: row.report.title },
    topic: row.topic && { slug: row.topic.slug, title: row.topic.title },
    hops: row.hops.map((hop) => ({
      position: hop.position,
      role: hop.role,
      verb: hop.verb,
      source: { id: hop.source.id, name: hop.source.name, reliability: hop.source.reliability },
    })),
  });
  const tablePage = async (filters: ClaimFilters, sort: (typeof claimSorts)[number], request: PageRequest, size: number) => {
    const table = await listClaimTable(system, filters, sort, request, size);
    if (!("page" in table)) throw new Error(table.problems.join("; "));
    return table.page;
  };

  test.each([
    ["no filter", {} as ClaimFilters],
    ["a source as relay", { source: "yonhap-news-agency", role: "relay" } as ClaimFilters],
    ["a kind and a topic", { kind: "quantity", topic: "north-korean-troops-sent-to-russia" } as ClaimFilters],
  ])("%s: every page, forwards and back, holds the rows listClaims reads, as the table shows them", async (_name, filters) => {
    for (const sort of claimSorts) {
      let full = await listClaims(system, filters, sort, {}, 7);
      let table = await tablePage(filters, sort, {}, 7);
      const seen: string[] = [];
      for (;;) {
        expect(table.rows).toEqual(full.rows.map(shownOf));
        expect({ next: table.next, previous: table.previous }).toEqual({ next: full.next, previous: full.previous });
        seen.push(...table.rows.map((row) => row.id));
        if (!full.next) break;
        [full, table] = await Promise.all([listClaims(system, filters, sort, { after: full.next }, 7), tablePage(filters, sort, { after: full.next }, 7)]);
      }
      expect(new Set(seen).size).toBe(seen.length);
      if (full.previous) {
        const back = await tablePage(filters, sort, { before: full.previous }, 7);
        expect(back.rows).toEqual((await listClaims(system, filters, sort, { before: full.previous }, 7)).rows.map(shownOf));
      }
    }
  });

  test("a chain is in its order, and a claim without hops or topic still has its row", async () => {
    const relayed = (await tablePage({ source: "yonhap-news-agency", role: "relay" }, "claimed-desc", {}, 50)).rows[0]!;
    expect(relayed.hops.map((hop) => [hop.position, hop.role, hop.source.name])).toEqual([
      [0, "originator", "National Intelligence Service"],
      [1, "relay", "Yonhap News Agency"],
    ]);
    const bare = await db().writeTransaction(async (tx) => {
      const report = await tx.report.findFirstOrThrow();
      return tx.claim.create({
        data: {
          reportId: report.id,
          kind: "statement",
          statement: "Synthetic claim with no chain",
          anchorExact: "x",
          anchorStart: 0,
          anchorEnd: 1,
          claimedAt: new Date(Date.UTC(2030, 0, 1)),
        },
      });
    });
    const [row] = (await tablePage({}, "claimed-desc", {}, 1)).rows;
    expect(row).toMatchObject({ id: bare.id, hops: [], topic: null, value: null, claimedAt: new Date(Date.UTC(2030, 0, 1)) });
    await db().writeTransaction((tx) => tx.claim.update({ where: { id: bare.id }, data: { deletedAt: new Date() } }));
  });

  test("the chosen topic and source are named, and an unknown or deleted one is a problem, not an error", async () => {
    const chosen = await listClaimTable(system, { topic: "north-korean-troops-sent-to-russia", source: "yonhap-news-agency" }, "claimed-desc");
    expect(chosen.chosen.topic?.slug).toBe("north-korean-troops-sent-to-russia");
    expect(chosen.chosen.source?.label).toBe("Yonhap News Agency");
    expect("page" in chosen).toBe(true);
    const unknown = await listClaimTable(system, { topic: "no-such-topic", source: "nobody" }, "claimed-desc");
    expect(unknown).toEqual({ chosen: { topic: null, source: null }, problems: ['There is no topic "no-such-topic"', 'There is no source "nobody"'] });
    const source = await db().writeTransaction((tx) =>
      tx.source.create({ data: { slug: "synthetic-deleted-source", name: "Synthetic deleted source", kind: "other", deletedAt: new Date() } }),
    );
    const deleted = await listClaimTable(system, { source: source.slug }, "claimed-desc");
    expect(deleted).toEqual({
      chosen: { topic: null, source: { id: source.id, slug: source.slug, label: source.name } },
      problems: [`There is no source "${source.slug}"`],
    });
    await expect(listClaimTable(anonymous, {}, "claimed-desc")).rejects.toBeInstanceOf(AppError);
  });
});

describe("one claim", () => {
  test("has its chain, its report and the other figures of its topic, each counted", async () => {
    const [planned] = (await listClaims(system, { source: "yonhap-news-agency", role: "relay" }, "claimed-desc")).rows;
    const detail = await getClaimDetail(system, planned!.id);
    expect(detail?.claim.hops.map((hop) => `${hop.source.slug}:${hop.role}`)).toEqual(["national-intelligence-service:originator", "yonhap-news-agency:relay"]);
    expect(detail?.comparison?.listed.map((claim) => claim.value).sort()).toEqual([10000, 12000, 12000, 1500].sort());
    expect(detail?.comparison?.total).toBe(4);
  });

  test("a missing claim is null, and reading needs permission", async () => {
    expect(await getClaimDetail(system, "no-such-claim")).toBeNull();
    const previous = process.env.PUBLIC_READ;
    process.env.PUBLIC_READ = "0";
    try {
      await expect(listClaims(anonymous, noFilters, "claimed-desc")).rejects.toMatchObject({ code: "unauthenticated" });
    } finally {
      // Assigning undefined would store the string "undefined", which the environment refuses.
      if (previous === undefined) delete process.env.PUBLIC_READ;
      else process.env.PUBLIC_READ = previous;
    }
  });

  test("the claim page's one read gives what the detail and the history read apart", async () => {
    const viewer: Actor = { kind: "user", userId: "viewer-1", role: "viewer", via: "token" };
    const [row] = (await listClaims(system, { source: "yonhap-news-agency", role: "relay" }, "claimed-desc")).rows;
    const id = row!.id;
    const apart = async (actor: Actor) => ({ detail: await getClaimDetail(actor, id), history: await getClaimHistory(actor, id) });
    expect(await getClaimPage(viewer, id)).toEqual(await apart(viewer));
    expect((await getClaimPage(viewer, id))?.detail?.comparison?.total).toBe(4);
    expect(await getClaimPage(viewer, "no-such-claim")).toBeNull();
    // Deleted (the last test here: it changes the data): no detail; its history for administrators only.
    await db().writeTransaction((tx) => tx.claim.update({ where: { id }, data: { deletedAt: new Date() } }));
    const asAdministrator = await getClaimPage(system, id);
    expect(asAdministrator).toEqual(await apart(system));
    expect(asAdministrator?.detail).toBeNull();
    expect(asAdministrator?.history?.claim.deletedAt).toBeInstanceOf(Date);
    expect(asAdministrator?.history?.revisions.map((entry) => entry.action)).toContain("create");
    expect(await getClaimPage(viewer, id)).toEqual({ detail: null, history: null });
  });
});
