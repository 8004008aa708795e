// npm run bench:views -- [--claims 100000] [--engine sqlite|postgresql] [--runs 30] [--view "source page,home"]
// The analyst views' speed on a large synthetic database, each beside its SQL floor (issue 14).
// Prepares the database once (migrations, demo data, then `npm run synthetic`; reused after):
// SQLite in data/bench/claims-N.db, PostgreSQL as ct_bench_views_N on BENCH_POSTGRES_URL (or
// TEST_POSTGRES_URL). Serves the production build on it at 127.0.0.1 and, per view, interleaves
// GETs of the page with runs of the SQL the view needs straight on the database
// (scripts/bench-views-floors.ts): WARMUP of each, then RUNS timed pairs, one at a time. Then
// prints median, p95, the floor's median, their ratio, the page's bytes (HTML of a first visit,
// and the RSC payload a client navigation fetches) and the SQL statements one GET issued
// (counted from a second server with DB_LOG_QUERIES=1, so the logging costs the timings nothing).
// Settings: BENCH_PORT (3190), NEXT_DIST_DIR (.next-bench; `NEXT_DIST_DIR=.next-bench npx next build`),
// BENCH_POSTGRES_DATABASE (the PostgreSQL database's name, ct_bench_views_N by default).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { encodeCursor } from "../lib/schemas/claim-filters";
import { encodeSourceCursor } from "../lib/schemas/source-list";
import { prepareDatabase } from "../lib/data/database-setup";
import {
  claimFloor,
  claimsListFloor,
  type Floor,
  floorRunner,
  homeFloor,
  mapFloor,
  searchFloor,
  sourceFloor,
  sourcesListFloor,
  topicFloor,
} from "./bench-views-floors";
import { ms, percentile, projectRoot, startServer, timedFetch } from "./loopback-server";

const { values: options } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    engine: { type: "string", default: "sqlite" },
    runs: { type: "string", default: "30" },
    view: { type: "string" },
  },
});
const claims = Number(options.claims);
const engine = options.engine === "postgresql" ? "postgresql" : "sqlite";
const runs = Math.min(1_000, Number(options.runs));
const warmup = 3;
const port = Number(process.env.BENCH_PORT ?? 3190);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const budgetMs = 200;
const ratioTarget = 3;
const pageBytesTarget = 200 * 1024;
const perViewMs = 90_000;

function benchDatabaseUrl() {
  if (engine === "sqlite") return `file:${join(projectRoot, `data/bench/claims-${claims}.db`)}`;
  const url = new URL(process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://root@127.0.0.1:5432/postgres");
  url.pathname = `/${process.env.BENCH_POSTGRES_DATABASE ?? `ct_bench_views_${claims}`}`;
  return url.toString();
}
const config = databaseConfig(benchDatabaseUrl());

async function createPostgresDatabase() {
  const server = new URL(config.url);
  const name = server.pathname.slice(1);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

async function prepareBenchDatabase() {
  if (config.engine === "postgresql") await createPostgresDatabase();
  await prepareDatabase(config);
  const connection = connect(config);
  const existing = await connection.read.claim.count().finally(() => connection.disconnect());
  if (existing >= claims) return console.log(`Reusing ${config.engine} database with ${existing} claims.`);
  console.log(`Filling the ${config.engine} database with ${claims} SYNTHETIC claims (once; a few minutes)…`);
  const generated = spawnSync(join(projectRoot, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/generate-synthetic.ts", String(claims)], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: config.url },
  });
  if (generated.status !== 0) throw new Error("Generating the synthetic data failed");
}

type Target = { name: string; path: string; floor: Floor };

/** The pages to time, found in the data: the busiest topic and source, cursors deep in the list. */
async function benchTargets(): Promise<Target[]> {
  const { read, disconnect } = connect(config);
  try {
    const [topic] = await read.claim.groupBy({
      by: ["topicId"],
      where: { topicId: { not: null } },
      _count: { id: true },
      orderBy: { _count: { id: "desc" } },
      take: 1,
    });
    const topicSlug = (await read.topic.findUniqueOrThrow({ where: { id: topic!.topicId! } })).slug;
    const [source] = await read.attributionHop.groupBy({ by: ["sourceId"], _count: { id: true }, orderBy: { _count: { id: "desc" } }, take: 1 });
    const sourceSlug = (await read.source.findUniqueOrThrow({ where: { id: source!.sourceId } })).slug;
    // The claims list's default order is newest claim first; a cursor is the sort key and id of
    // the last row of the previous page (lib/schemas/claim-filters.ts).
    const rowAt = async (position: number) => {
      const [row] = await read.claim.findMany({
        where: { deletedAt: null, claimedAt: { not: null } },
        orderBy: [{ claimedAt: "desc" }, { id: "desc" }],
        skip: position - 1,
        take: 1,
      });
      return { cursor: encodeCursor({ key: row!.claimedAt!.toISOString(), id: row!.id }), id: row!.id };
    };
    // A claim page with the most to compare: the busiest topic's newest figure.
    const claim = await read.claim.findFirstOrThrow({
      where: { topicId: topic!.topicId!, kind: "quantity", deletedAt: null },
      orderBy: [{ claimedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    // The topic page's table deep in its figures: the page that starts with the figure at 90% of
    // the topic's own order (`?figure=`, ADR 0028).
    const topicFigures = await read.claim.count({ where: { topicId: topic!.topicId!, kind: "quantity", deletedAt: null, report: { deletedAt: null } } });
    const topicDeep = Math.max(1, Math.round(topicFigures * 0.9));
    const [deepFigure] = await read.claim.findMany({
      where: { topicId: topic!.topicId!, kind: "quantity", deletedAt: null, report: { deletedAt: null } },
      orderBy: [{ claimedAt: "asc" }, { anchorStart: "asc" }, { id: "asc" }],
      skip: topicDeep - 1,
      take: 1,
      select: { id: true },
    });
    const [near, deep] = [10_000, Math.round(claims * 0.9)];
    // The sources list's order is kind, name, id; its deep page starts after the source at 90% of them.
    const liveSources = await read.source.count({ where: { deletedAt: null } });
    const sourcesDeep = Math.max(1, Math.round(liveSources * 0.9));
    const [deepSource] = await read.source.findMany({
      where: { deletedAt: null },
      orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
      skip: sourcesDeep - 1,
      take: 1,
      select: { id: true, kind: true, name: true },
    });
    const [nearRow, deepRow] = [await rowAt(near), await rowAt(deep)];
    console.log(`Topic: ${topicSlug} (${topic!._count.id} claims); source: ${sourceSlug} (${source!._count.id} hops).`);
    // From the source's hops, as the app reads a source with few claims (sourceClaimIds): an
    // EXISTS per claim makes SQLite walk the claims newest first (1,019 → 27 ms at 1,000,000).
    const bySource = `AND c."id" IN (SELECT h."claimId" FROM "AttributionHop" h WHERE h."sourceId" = (SELECT "id" FROM "Source" WHERE "slug" = ?))`;
    return [
      { name: "home (list of topics)", path: "/", floor: homeFloor() },
      { name: `topic page (${topic!._count.id} figures)`, path: `/topics/${topicSlug}`, floor: topicFloor(topicSlug) },
      {
        name: `topic page, table from figure ${topicDeep.toLocaleString("en-US")}`,
        path: `/topics/${topicSlug}?figure=${deepFigure!.id}`,
        floor: topicFloor(topicSlug),
      },
      { name: `source page (${source!._count.id} hops)`, path: `/sources/${sourceSlug}`, floor: sourceFloor(sourceSlug) },
      { name: "claim page (its topic's figure)", path: `/claims/${claim.id}`, floor: claimFloor(claim.id) },
      { name: "map", path: "/map", floor: mapFloor() },
      { name: "claims list, page 1", path: "/claims", floor: claimsListFloor({}) },
      {
        name: `claims list, after row ${near.toLocaleString("en-US")}`,
        path: `/claims?after=${nearRow.cursor}`,
        floor: claimsListFloor({ afterId: nearRow.id }),
      },
      {
        name: `claims list, after row ${deep.toLocaleString("en-US")}`,
        path: `/claims?after=${deepRow.cursor}`,
        floor: claimsListFloor({ afterId: deepRow.id }),
      },
      {
        name: "claims list, modality=planned",
        path: "/claims?modality=planned",
        floor: claimsListFloor({ where: `AND c."modality" = ?`, params: ["planned"] }),
      },
      {
        name: "claims list, source filter",
        path: `/claims?source=${sourceSlug}`,
        floor: claimsListFloor({ where: bySource, params: [sourceSlug], source: sourceSlug }),
      },
      {
        name: "claims list, oldest first + kind",
        path: "/claims?sort=claimed-asc&kind=quantity",
        floor: claimsListFloor({ where: `AND c."kind" = ?`, params: ["quantity"], ascending: true }),
      },
      { name: "sources list, page 1", path: "/sources", floor: sourcesListFloor() },
      {
        name: `sources list, after row ${sourcesDeep.toLocaleString("en-US")}`,
        path: `/sources?after=${encodeSourceCursor(deepSource!)}`,
        floor: sourcesListFloor({ afterId: deepSource!.id }),
      },
      { name: "search: Ussuriysk (rare)", path: "/search?q=Ussuriysk", floor: searchFloor(engine, "Ussuriysk") },
      { name: "search: troops (every claim)", path: "/search?q=troops", floor: searchFloor(engine, "troops") },
      { name: "search: troop* (prefix)", path: "/search?q=troop*", floor: searchFloor(engine, "troop*") },
      { name: "search: Kursk OR Kherson", path: "/search?q=Kursk+OR+Kherson", floor: searchFloor(engine, "Kursk OR Kherson") },
    ];
  } finally {
    await disconnect();
  }
}

/** How many SQL statements one GET of each view issues, from a server that logs them. */
async function countQueries(targets: Target[]): Promise<Map<string, number>> {
  let logged = 0;
  const server = await startServer({
    databaseUrl: config.url,
    port,
    distDir,
    env: { DB_LOG_QUERIES: "1", LOG_LEVEL: "info" },
    onLog: (text) => {
      logged += text.split("\n").filter((line) => line.includes('"component":"sql"')).length;
    },
  });
  const counts = new Map<string, number>();
  try {
    for (const target of targets) {
      await timedFetch(server.origin + target.path);
      await new Promise((done) => setTimeout(done, 200));
      logged = 0;
      await timedFetch(server.origin + target.path);
      await new Promise((done) => setTimeout(done, 200));
      counts.set(target.name, logged);
    }
  } finally {
    await server.stop();
  }
  return counts;
}

type Row = { name: string; runs: number; median: number; p95: number; floor: number; htmlBytes: number; rscBytes: number; queries?: number; failures: number };

async function timeViews(targets: Target[]): Promise<Row[]> {
  const floors = await floorRunner(engine, config.engine === "sqlite" ? config.file : config.url);
  const server = await startServer({ databaseUrl: config.url, port, distDir });
  const timeFloor = async (floor: Floor) => {
    const started = performance.now();
    try {
      await floors.run(floor);
      return performance.now() - started;
    } catch (error) {
      console.error(`  the floor's SQL failed: ${(error as Error).message.split("\n")[0]}`);
      return Number.NaN;
    }
  };
  const rows: Row[] = [];
  try {
    for (const { name, path, floor } of targets) {
      for (let index = 0; index < warmup; index += 1) {
        await timedFetch(server.origin + path);
        await timeFloor(floor);
      }
      const times: number[] = [];
      const floorTimes: number[] = [];
      let failures = 0;
      // A view that takes seconds is measured fewer times, so the whole run stays bounded.
      const until = performance.now() + perViewMs;
      for (let index = 0; index < runs && (index < 3 || performance.now() < until); index += 1) {
        const { ms: elapsed, status } = await timedFetch(server.origin + path);
        if (status !== 200) failures += 1;
        times.push(elapsed);
        floorTimes.push(await timeFloor(floor));
      }
      const html = await timedFetch(server.origin + path);
      const rsc = await timedFetch(server.origin + path, { headers: { RSC: "1" } });
      rows.push({
        name,
        runs: times.length,
        median: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        floor: percentile(floorTimes, 0.5),
        htmlBytes: Buffer.byteLength(html.body),
        rscBytes: Buffer.byteLength(rsc.body),
        failures,
      });
    }
  } finally {
    await server.stop();
    await floors.close();
  }
  return rows;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTable(rows: Row[]) {
  console.log(
    `\n${claims.toLocaleString("en-US")} claims, ${engine === "sqlite" ? "SQLite" : "PostgreSQL"}, production build, ${runs} timed GETs each after ${warmup} warm-up, one at a time, each followed by the view's SQL floor:\n`,
  );
  const header = ["view".padEnd(36), "median", "p95", "SQL floor", "ratio", "HTML", "RSC", "queries"];
  console.log(
    `${header[0]} ${header
      .slice(1)
      .map((cell) => cell.padStart(10))
      .join(" ")}`,
  );
  for (const row of rows) {
    const ratio = row.median / row.floor;
    const flags = [
      row.median > budgetMs ? `OVER ${budgetMs} ms` : "",
      ratio > ratioTarget ? `over ${ratioTarget}× floor` : "",
      Math.max(row.htmlBytes, row.rscBytes) > pageBytesTarget ? "over 200 KB" : "",
      row.failures ? `${row.failures} non-200` : "",
      row.runs < runs ? `only ${row.runs} runs` : "",
    ].filter(Boolean);
    const cells = [
      ms(row.median),
      ms(row.p95),
      Number.isNaN(row.floor) ? "—" : ms(row.floor),
      Number.isNaN(ratio) ? "—" : `${ratio.toFixed(1)}×`,
      kb(row.htmlBytes),
      kb(row.rscBytes),
      String(row.queries ?? "?"),
    ];
    console.log(`${row.name.padEnd(36)} ${cells.map((cell) => cell.padStart(10)).join(" ")}  ${flags.join(", ")}`);
  }
}

async function main() {
  await prepareBenchDatabase();
  // --view: only the views whose name holds these words (or any of several, comma-separated:
  // --view "home,claims list"), to measure one view's change quickly.
  const wanted = options.view?.split(",").map((words) => words.trim());
  const targets = (await benchTargets()).filter((target) => !wanted || wanted.some((words) => target.name.includes(words)));
  const queries = await countQueries(targets);
  const rows = await timeViews(targets);
  for (const row of rows) row.queries = queries.get(row.name);
  printTable(rows);
  const over = rows.filter((row) => row.median > budgetMs || row.failures);
  console.log(over.length ? `\n${over.length} view(s) over ${budgetMs} ms or failing.` : `\nEvery view's median is under ${budgetMs} ms.`);
  process.exitCode = over.length ? 1 : 0;
}

await main();
