// npm run load-test
// Concurrent writers and readers against the production build on 127.0.0.1, first on SQLite,
// then on PostgreSQL (a fresh database on TEST_POSTGRES_URL), each with the demo data and the
// end-to-end accounts (e2e/fixtures/users.ts). Writers sign in as the editor once and create
// topics through POST /api/v1/topics; readers cycle through the analyst views. Afterwards every
// acknowledged write is looked up in the database. Prints throughput, p50/p99 latency, non-2xx
// and 5xx counts per engine; exits 1 if a write was lost or any request got a 5xx.
// Settings (bounded): LOAD_WRITERS (20), LOAD_READERS (50), LOAD_SECONDS (30, at most 300),
// LOAD_ENGINES ("sqlite,postgresql"), LOAD_PORT (3195; the app processes take LOAD_PORT … +N-1,
// the floor's server the next one), LOAD_DATABASE (PostgreSQL name prefix, "ct_load"),
// NEXT_DIST_DIR (.next-bench).
//
// A bare Node HTTP server answering a few bytes is timed first under the same readers (same
// client process, same machine): the floor of what this machine can serve, printed beside every
// run with the run's reads/s as a share of it.
//
// `--processes N` (N ≥ 2, PostgreSQL only): several app processes on one database, as behind a
// load balancer (the clients take turns between them). The run is made with one process, then
// with N, each on a fresh database with the same seed (so the second run does not read the
// first run's topics), and the ratio N : 1 is printed. Sessions, rate-limit counters and the
// statistics refresh live in the database, so nothing is lost between processes: the writers
// sign in on the first process and write through all of them with that session, and every
// acknowledged write is looked up afterwards. `--readers-only topic,claims` restricts the
// readers to the paths the capacity goal names (topic page and claims list).
import { rmSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { e2eUsers, seedE2eUsers } from "../e2e/fixtures/users";
import { connect } from "../lib/db/client";
import { type DatabaseConfig, databaseConfig } from "../lib/db/config";
import { prepareDatabase } from "../lib/data/database-setup";
import { onPostgresServer, postgresUrlFor } from "../lib/testing/test-databases";
import { ms, percentile, startServer, timedFetch } from "./loopback-server";

const bounded = (value: string | undefined, fallback: number, max: number) => Math.min(max, Math.max(1, Number(value ?? fallback) || fallback));
const writers = bounded(process.env.LOAD_WRITERS, 20, 200);
const readers = bounded(process.env.LOAD_READERS, 50, 500);
const seconds = bounded(process.env.LOAD_SECONDS, 30, 300);
const port = bounded(process.env.LOAD_PORT, 3195, 65_535);
const databasePrefix = process.env.LOAD_DATABASE ?? "ct_load";
if (!/^[a-z_][a-z0-9_]*$/.test(databasePrefix)) throw new Error("LOAD_DATABASE: lower-case letters, digits and _ only");
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench";
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const processes = bounded(argument("--processes"), 1, 8);
const engines = (processes > 1 ? "postgresql" : (process.env.LOAD_ENGINES ?? "sqlite,postgresql"))
  .split(",")
  .map((engine) => engine.trim()) as DatabaseConfig["engine"][];
const capacityPaths = { topic: "/topics/north-korean-troops-sent-to-russia", claims: "/claims" } as const;
const allReadPaths = [
  "/",
  "/claims",
  "/topics/north-korean-troops-sent-to-russia",
  "/sources/national-intelligence-service",
  "/search?q=Ussuriysk",
  "/reports",
  "/api/v1/topics",
];
const readPaths = argument("--readers-only")
  ? argument("--readers-only")!
      .split(",")
      .map((name) => capacityPaths[name.trim() as keyof typeof capacityPaths] ?? name.trim())
  : allReadPaths;

type Sample = { ms: number; status: number; path?: string };

async function freshDatabase(engine: DatabaseConfig["engine"], run: number) {
  if (engine === "sqlite") {
    const file = join(tmpdir(), `claim-tracker-load-${process.pid}-${run}.db`);
    const remove = () => {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    };
    remove();
    return { config: databaseConfig(`file:${file}`), drop: async () => remove() };
  }
  const database = `${databasePrefix}_${process.pid}_${run}`;
  await onPostgresServer((client) => client.query(`CREATE DATABASE "${database}"`));
  const drop = () => onPostgresServer((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() => undefined);
  return { config: databaseConfig(postgresUrlFor(database)), drop };
}

async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: e2eUsers.editor.email, password: e2eUsers.editor.password }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`Signing in as the editor failed: ${response.status} ${await response.text()}`);
  return cookie;
}

async function runLoad(origins: string[], cookie: string, writerCount = writers) {
  const deadline = performance.now() + seconds * 1000;
  const reads: Sample[] = [];
  const writes: Sample[] = [];
  const acknowledged: string[] = [];
  const writer = async (index: number) => {
    for (let count = 0; performance.now() < deadline; count += 1) {
      const response = await timedFetch(`${origins[(index + count) % origins.length]}/api/v1/topics`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ title: `Load test topic, writer ${index}, write ${count}`, unit: "troops" }),
      });
      writes.push({ ms: response.ms, status: response.status });
      if (response.status === 201) acknowledged.push((JSON.parse(response.body) as { id: string }).id);
    }
  };
  const reader = async (index: number) => {
    for (let count = index; performance.now() < deadline; count += 1) {
      const path = readPaths[count % readPaths.length]!;
      const response = await timedFetch(origins[count % origins.length] + path);
      reads.push({ ms: response.ms, status: response.status, path });
    }
  };
  const started = performance.now();
  await Promise.all([...Array.from({ length: writerCount }, (_, index) => writer(index)), ...Array.from({ length: readers }, (_, index) => reader(index))]);
  return { reads, writes, acknowledged, elapsed: (performance.now() - started) / 1000 };
}

async function missingWrites(config: DatabaseConfig, ids: string[]): Promise<number> {
  const { read, disconnect } = connect(config);
  try {
    let found = 0;
    for (let start = 0; start < ids.length; start += 500) found += await read.topic.count({ where: { id: { in: ids.slice(start, start + 500) } } });
    return ids.length - found;
  } finally {
    await disconnect();
  }
}

function describe(kind: string, samples: Sample[], elapsed: number) {
  const times = samples.map((sample) => sample.ms);
  const non2xx = samples.filter((sample) => sample.status < 200 || sample.status > 299).length;
  const server = samples.filter((sample) => sample.status >= 500 || sample.status === 0).length;
  return `  ${kind.padEnd(7)} ${String(samples.length).padStart(7)} requests  ${(samples.length / elapsed).toFixed(1).padStart(7)}/s  p50 ${ms(percentile(times, 0.5)).padStart(9)}  p99 ${ms(percentile(times, 0.99)).padStart(9)}  non-2xx ${non2xx}  5xx/failed ${server}`;
}

/** The floor: a bare Node HTTP server answering a few bytes, under the same readers. */
async function bareNodeFloor() {
  const server = createServer((_request, response) => response.end("ok"));
  // The port after the app processes' own (LOAD_PORT … LOAD_PORT + N − 1).
  const floorPort = port + processes;
  await new Promise<void>((done) => server.listen(floorPort, "127.0.0.1", done));
  try {
    return await runLoad([`http://127.0.0.1:${floorPort}`], "", 0);
  } finally {
    server.close();
  }
}

async function startServers(config: DatabaseConfig, count: number) {
  return Promise.all(Array.from({ length: count }, (_, index) => startServer({ databaseUrl: config.url, port: port + index, distDir })));
}

async function measure(config: DatabaseConfig, count: number) {
  const servers = await startServers(config, count);
  const origins = servers.map((server) => server.origin);
  try {
    return await runLoad(origins, await signIn(origins[0]!));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

type Outcome = { readsPerSecond: number; writesPerSecond: number; failed: boolean };

async function report(
  engine: string,
  label: string,
  config: DatabaseConfig,
  result: Awaited<ReturnType<typeof runLoad>>,
  floorReadsPerSecond: number,
): Promise<Outcome> {
  const lost = await missingWrites(config, result.acknowledged);
  const all = [...result.reads, ...result.writes];
  const serverErrors = all.filter((sample) => sample.status >= 500 || sample.status === 0).length;
  const readsPerSecond = result.reads.length / result.elapsed;
  console.log(`\n${engine}, ${label}: ${writers} writers + ${readers} readers for ${result.elapsed.toFixed(1)} s on 127.0.0.1 (${readPaths.join(", ")})`);
  console.log(describe("reads", result.reads, result.elapsed));
  console.log(describe("writes", result.writes, result.elapsed));
  console.log(
    `  total   ${(all.length / result.elapsed).toFixed(1)} requests/s, ${(result.acknowledged.length / result.elapsed).toFixed(1)} acknowledged writes/s`,
  );
  console.log(`  reads/s against the bare Node floor (${floorReadsPerSecond.toFixed(0)}/s): ${((100 * readsPerSecond) / floorReadsPerSecond).toFixed(2)}%`);
  const refused = new Map<string, number>();
  for (const sample of all) {
    if (sample.status >= 200 && sample.status <= 299) continue;
    const what = `${sample.status} ${sample.path ?? "POST /api/v1/topics"}`;
    refused.set(what, (refused.get(what) ?? 0) + 1);
  }
  for (const [what, count] of refused) console.log(`  non-2xx: ${count} × ${what}`);
  console.log(`  acknowledged writes: ${result.acknowledged.length}; missing from the database afterwards: ${lost}`);
  return { readsPerSecond, writesPerSecond: result.acknowledged.length / result.elapsed, failed: lost > 0 || serverErrors > 0 };
}

let failed = false;
const floor = await bareNodeFloor();
const floorReadsPerSecond = floor.reads.length / floor.elapsed;
console.log(`bare Node HTTP floor (same client process and machine): ${readers} readers for ${floor.elapsed.toFixed(1)} s`);
console.log(describe("reads", floor.reads, floor.elapsed));
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ")} (1 / 5 / 15 min) at the start`,
);
for (const engine of engines) {
  const counts = processes > 1 ? [1, processes] : [1];
  const outcomes: Outcome[] = [];
  for (const count of counts) {
    const { config, drop } = await freshDatabase(engine, count);
    try {
      await prepareDatabase(config);
      await seedE2eUsers(config);
      const outcome = await report(engine, `${count} app process${count > 1 ? "es" : ""}`, config, await measure(config, count), floorReadsPerSecond);
      outcomes.push(outcome);
      if (outcome.failed) failed = true;
    } finally {
      await drop();
    }
  }
  if (outcomes.length === 2) {
    const [one, many] = outcomes as [Outcome, Outcome];
    console.log(
      `\n${engine}, ${processes} processes : 1 process: reads/s ×${(many.readsPerSecond / one.readsPerSecond).toFixed(2)}, acknowledged writes/s ×${(many.writesPerSecond / one.writesPerSecond).toFixed(2)}`,
    );
  }
}
console.log(
  `load average at the end: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ")}`,
);
process.exitCode = failed ? 1 : 0;
