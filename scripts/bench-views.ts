// npm run bench:views
// The analyst views' speed with 100,000 claims on SQLite (issue 3: each under 200 ms). Prepares
// data/bench/claims-N.db once (migrations, demo data, then `npm run synthetic`; reused after),
// serves the production build on it at 127.0.0.1, and times GETs of each view: WARMUP requests,
// then RUNS timed ones, one at a time. Prints the median and p95 of each and flags any over
// 200 ms. Settings: BENCH_CLAIMS (100000), BENCH_RUNS (30), BENCH_PORT (3190),
// NEXT_DIST_DIR (.next-bench; build it with `NEXT_DIST_DIR=.next-bench npx next build`).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { encodeCursor } from "../lib/schemas/claim-filters";
import { prepareDatabase } from "../lib/data/database-setup";
import { ms, percentile, projectRoot, startServer, timedFetch } from "./loopback-server";

const claims = Number(process.env.BENCH_CLAIMS ?? 100_000);
const runs = Math.min(1_000, Number(process.env.BENCH_RUNS ?? 30));
const warmup = 3;
const port = Number(process.env.BENCH_PORT ?? 3190);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const budgetMs = 200;
const perViewMs = 60_000;
const config = databaseConfig(`file:${join(projectRoot, `data/bench/claims-${claims}.db`)}`);

async function prepareBenchDatabase() {
  await prepareDatabase(config);
  const connection = connect(config);
  const existing = await connection.read.claim.count().finally(() => connection.disconnect());
  if (existing >= claims) return console.log(`Reusing ${config.url} (${existing} claims).`);
  console.log(`Filling ${config.url} with ${claims} SYNTHETIC claims (once; a few minutes)…`);
  const generated = spawnSync(join(projectRoot, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/generate-synthetic.ts", String(claims)], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: config.url },
  });
  if (generated.status !== 0) throw new Error("Generating the synthetic data failed");
}

/** The pages to time, found in the data: the busiest topic and source, cursors deep in the list. */
async function benchTargets(): Promise<[string, string][]> {
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
    const sourceRecord = await read.source.findUniqueOrThrow({ where: { id: source!.sourceId } });
    // The claims list's default order is newest claim first; a cursor is the sort key and id of
    // the last row of the previous page (lib/schemas/claim-filters.ts).
    const cursorAt = async (position: number) => {
      const [row] = await read.claim.findMany({
        where: { deletedAt: null, claimedAt: { not: null } },
        orderBy: [{ claimedAt: "desc" }, { id: "desc" }],
        skip: position - 1,
        take: 1,
      });
      return encodeCursor({ key: row!.claimedAt!.toISOString(), id: row!.id });
    };
    console.log(`Topic: ${topicSlug} (${topic!._count.id} claims); source: ${sourceRecord.slug} (${source!._count.id} hops).`);
    return [
      ["home (list of topics)", "/"],
      [`topic page (${topic!._count.id} figures)`, `/topics/${topicSlug}`],
      [`source page (${source!._count.id} claims)`, `/sources/${sourceRecord.slug}`],
      ["claims list, page 1", "/claims"],
      ["claims list, after row 10,000", `/claims?after=${await cursorAt(10_000)}`],
      ["claims list, after row 90,000", `/claims?after=${await cursorAt(90_000)}`],
      ["claims list, modality=planned", "/claims?modality=planned"],
      ["claims list, source filter", `/claims?source=${sourceRecord.slug}`],
      ["claims list, oldest first + kind", "/claims?sort=claimed-asc&kind=quantity"],
      ["search: Ussuriysk (rare)", "/search?q=Ussuriysk"],
      ["search: troops (every claim)", "/search?q=troops"],
    ];
  } finally {
    await disconnect();
  }
}

async function main() {
  await prepareBenchDatabase();
  const targets = await benchTargets();
  const server = await startServer({ databaseUrl: config.url, port, distDir });
  const rows: { name: string; runs: number; median: number; p95: number; failures: number }[] = [];
  try {
    for (const [name, path] of targets) {
      for (let index = 0; index < warmup; index += 1) await timedFetch(server.origin + path);
      const times: number[] = [];
      let failures = 0;
      // A view that takes seconds is measured fewer times, so the whole run stays bounded.
      const until = performance.now() + perViewMs;
      for (let index = 0; index < runs && (index < 3 || performance.now() < until); index += 1) {
        const { ms: elapsed, status } = await timedFetch(server.origin + path);
        if (status !== 200) failures += 1;
        times.push(elapsed);
      }
      rows.push({ name, runs: times.length, median: percentile(times, 0.5), p95: percentile(times, 0.95), failures });
    }
  } finally {
    await server.stop();
  }
  console.log(`\n${claims.toLocaleString("en-US")} claims, SQLite, production build, ${runs} timed GETs each after ${warmup} warm-up, one at a time:\n`);
  console.log(`${"view".padEnd(36)} ${"median".padStart(10)} ${"p95".padStart(10)}`);
  for (const row of rows) {
    const flags = [
      row.median > budgetMs ? `OVER ${budgetMs} ms` : "",
      row.failures ? `${row.failures} non-200` : "",
      row.runs < runs ? `only ${row.runs} runs` : "",
    ]
      .filter(Boolean)
      .join(", ");
    console.log(`${row.name.padEnd(36)} ${ms(row.median).padStart(10)} ${ms(row.p95).padStart(10)}  ${flags}`);
  }
  const over = rows.filter((row) => row.median > budgetMs || row.failures);
  console.log(over.length ? `\n${over.length} view(s) over budget or failing.` : `\nEvery view's median is under ${budgetMs} ms.`);
  process.exitCode = over.length ? 1 : 0;
}

await main();
