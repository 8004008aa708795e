// npm run bench:topic-page [-- --figures 5000]
// The topic page of one SYNTHETIC topic of N figures (issue 14: within 3× its SQL floor) on
// SQLite: prepares data/bench/topic-N.db once (migrations, demo data, then `npm run synthetic`
// with SYNTHETIC_TOPICS=1; reused after), serves the production build on it (NEXT_DIST_DIR,
// default .next-bench; BENCH_PORT, default 3191) and times, interleaved in one run, GET
// /topics/<slug> against the SQL that reads the topic's figures with their chains. Prints the
// medians and the ratio. BENCH_RUNS (10) timed runs each after 2 warm-ups.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { prepareDatabase } from "../lib/data/database-setup";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { ms, percentile, projectRoot, startServer, timedFetch } from "./loopback-server";

const flag = process.argv.indexOf("--figures");
const figures = flag >= 0 ? Number(process.argv[flag + 1]) : 5_000;
const runs = Math.min(200, Number(process.env.BENCH_RUNS ?? 10));
const port = Number(process.env.BENCH_PORT ?? 3191);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const config = databaseConfig(`file:${join(projectRoot, `data/bench/topic-${figures}.db`)}`);

async function prepare() {
  await prepareDatabase(config);
  const connection = connect(config);
  const existing = await connection.read.claim.count({ where: { topic: { slug: { startsWith: "synthetic-" } } } }).finally(() => connection.disconnect());
  if (existing >= figures) return console.log(`Reusing ${config.url}.`);
  console.log(`Filling ${config.url} with one topic of ${figures} SYNTHETIC figures (once)…`);
  const generated = spawnSync(join(projectRoot, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/generate-synthetic.ts", String(figures)], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: config.url, SYNTHETIC_TOPICS: "1", SYNTHETIC_FORCE: "1" },
  });
  if (generated.status !== 0) throw new Error("Generating the synthetic data failed");
}

// The floor: the topic's live quantity claims of live reports with their hops and the hops'
// sources, as the page reads them (lib/data/topics.ts figuresOfTopics), in plain SQL.
const floorSql = `SELECT c.*, h."sourceId", h."role", h."position", s."name" FROM "Claim" c
  JOIN "Report" r ON r."id" = c."reportId" AND r."deletedAt" IS NULL
  LEFT JOIN "AttributionHop" h ON h."claimId" = c."id" LEFT JOIN "Source" s ON s."id" = h."sourceId"
  WHERE c."topicId" = ? AND c."kind" = 'quantity' AND c."deletedAt" IS NULL`;

async function main() {
  await prepare();
  const connection = connect(config);
  const topic = await connection.read.topic.findFirstOrThrow({ where: { slug: { startsWith: "synthetic-" } }, orderBy: { createdAt: "desc" } });
  const count = await connection.read.claim.count({ where: { topicId: topic.id, kind: "quantity", deletedAt: null } });
  const server = await startServer({ databaseUrl: config.url, port, distDir });
  const page: number[] = [];
  const floor: number[] = [];
  let bytes = 0;
  try {
    for (let index = 0; index < runs + 2; index += 1) {
      const answer = await timedFetch(`${server.origin}/topics/${topic.slug}`, {}, 120_000);
      if (answer.status !== 200) throw new Error(`The topic page answered ${answer.status}`);
      const started = performance.now();
      await connection.read.$queryRawUnsafe(floorSql, topic.id);
      const floorMs = performance.now() - started;
      if (index < 2) continue;
      page.push(answer.ms);
      floor.push(floorMs);
      bytes = answer.body.length;
    }
  } finally {
    await server.stop();
    await connection.disconnect();
  }
  const [pageMs, floorMs] = [percentile(page, 0.5), percentile(floor, 0.5)];
  console.log(`\nTopic page, ${count.toLocaleString("en-US")} figures, SQLite, production build, median of ${runs} (interleaved):`);
  console.log(`page ${ms(pageMs)}  SQL floor ${ms(floorMs)}  ratio ${(pageMs / floorMs).toFixed(1)}×  page ${(bytes / 1024).toFixed(0)} KB`);
}

await main();
