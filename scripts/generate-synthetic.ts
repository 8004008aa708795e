// npm run synthetic -- [CLAIMS]   (default 100,000)
// Fills the database named by DATABASE_URL with SYNTHETIC data for benchmarks: topics,
// sources, reports and claims whose every title and text says it is synthetic. Never run
// it on a database with real work in it: it refuses unless the database is empty or
// holds only the demo data, or SYNTHETIC_FORCE=1.
import { randomUUID } from "node:crypto";
import { bulkLoad } from "../lib/data/bulk/bulk-load";
import { newId } from "../lib/data/bulk/insert-rows";
import { connect, type Transaction } from "../lib/db/client";
import type { Prisma } from "../lib/db/generated/sqlite/client";
import { databaseConfig } from "../lib/db/config";
import { makeAnchor } from "../lib/domain/anchor";
import { contentHash } from "../lib/domain/report-text";
import { modalities, qualifiers, sourceKinds, stances } from "../lib/domain/vocabulary";
import { seededRandom } from "../lib/testing/seeded-random";

const total = Number(process.argv[2] ?? 100_000);
const claimsPerReport = 10;
// About 100 figures a topic: a busy topic, still readable on one page. SYNTHETIC_TOPICS sets
// the number (1 makes one topic of every claim, as `npm run bench:topic-page` wants).
const topicCount = Number(process.env.SYNTHETIC_TOPICS ?? Math.max(1, Math.round(total / 100)));
// One source per 250 claims; SYNTHETIC_SOURCES sets the number (4,000 with 100,000 claims weighs
// the forms that offer sources as a 1,000,000-claim desk would).
const sourceCount = Number(process.env.SYNTHETIC_SOURCES ?? Math.max(10, Math.round(total / 250)));
// Rows are made and written 1,000 reports (10,000 claims) at a time, all in ONE bulk load: into an
// empty database its plain indexes and SQLite's search index are then built once, at the end
// (ADR 0021). Readers are not blocked meanwhile (WAL on SQLite, MVCC on PostgreSQL).
const batchReports = 1_000;

// Deterministic, so two runs build the same data.
const random = seededRandom(42);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
// "12,345", as toLocaleString("en-US") writes a whole non-negative number, without Intl's cost
// per call (twice per claim: about 0.3 s of a 100,000-claim fill).
const withCommas = (whole: number) => String(whole).replace(/\B(?=(\d{3})+$)/g, ",");
const pointQualifiers = qualifiers.filter((qualifier) => qualifier !== "range");
const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000);

const connection = connect(databaseConfig());
const { read, writeTransaction } = connection;
const engine = connection.config.engine;
// Every record gets its create revision, as the app's own writes give one (a short one here).
const revisionsOf = (entityType: string, ids: string[]) =>
  ids.map((entityId) => ({ entityType, entityId, action: "create" as const, version: 1, after: { id: entityId, synthetic: true }, authorId: null }));
// Plain indexes built once at the end for the tables that are empty (both engines) or, on SQLite,
// smaller than the fill (the demo data a new database starts with). ADR 0021.
const inBulk = (work: Parameters<typeof bulkLoad>[2]) =>
  writeTransaction((tx: Transaction) => bulkLoad(tx, connection, work, new Date(), { indexesAfter: true, rebuildBelowRows: total }), {
    timeoutMs: 60 * 60_000,
  });
type Load = Parameters<Parameters<typeof bulkLoad>[2]>[0];

async function main() {
  const existing = await read.claim.count();
  if (existing > 50 && process.env.SYNTHETIC_FORCE !== "1") {
    throw new Error(`The database already has ${existing} claims; refusing to add synthetic data (SYNTHETIC_FORCE=1 overrides).`);
  }
  const run = randomUUID().slice(0, 8);
  const topicIds = Array.from({ length: topicCount }, () => newId());
  const sourceIds = Array.from({ length: sourceCount }, () => newId());
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const reportTotal = Math.ceil(total / claimsPerReport);
  await inBulk(async (load) => {
    await load.insert(
      "Topic",
      topicIds.map((id, index) => ({
        id,
        slug: `synthetic-${run}-topic-${index}`,
        title: `SYNTHETIC topic ${index} (${run})`,
        unit: "troops",
        description: "Synthetic data for benchmarks.",
      })),
    );
    await load.insert(
      "Source",
      sourceIds.map((id, index) => ({
        id,
        slug: `synthetic-${run}-source-${index}`,
        name: `SYNTHETIC source ${index}`,
        kind: pick(sourceKinds),
        country: pick(["KR", "UA", "RU", "US", "GB", null]),
      })),
    );
    await load.insert(
      "SourceAlias",
      sourceIds.map((sourceId, index) => ({ sourceId, alias: `Synthetic agency ${index}`, normalized: `synthetic agency ${index}` })),
    );
    await load.insert("Revision", [...revisionsOf("topic", topicIds), ...revisionsOf("source", sourceIds)]);
    for (let first = 0; first < reportTotal; first += batchReports) {
      await writeBatch(load, run, first, Math.min(batchReports, reportTotal - first), topicIds, sourceIds);
      process.stdout.write(`\r${Math.min(first + batchReports, reportTotal) * claimsPerReport} claims…`);
    }
    process.stdout.write(" indexes…");
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const claims = reportTotal * claimsPerReport;
  console.log(
    `\nAdded ${claims} synthetic claims in ${reportTotal} reports, ${topicCount} topics, ${sourceCount} sources in ${seconds.toFixed(1)} s ` +
      `on ${engine}: ${Math.round(claims / seconds).toLocaleString("en-US")} claims/s (process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s).`,
  );
}

async function writeBatch(load: Load, run: string, first: number, count: number, topicIds: string[], sourceIds: string[]) {
  const reports: Prisma.ReportCreateManyInput[] = [];
  const claims: (Prisma.ClaimCreateManyInput & { id: string })[] = [];
  const hops: Prisma.AttributionHopCreateManyInput[] = [];
  for (let r = first; r < first + count; r += 1) {
    const reportId = newId();
    const figures = Array.from({ length: claimsPerReport }, () => Math.round(500 + random() * 20_000));
    const sentences = figures.map(
      (figure, index) => `SYNTHETIC sentence ${index}: a source said ${withCommas(figure)} troops were sent near Synthetic Town ${r % 97}.`,
    );
    const text = `SYNTHETIC REPORT ${r} (${run}) — generated for benchmarks, not news.\n\n${sentences.join(" ")}`;
    const publishedAt = day(r % 700);
    reports.push({ id: reportId, title: `SYNTHETIC report ${r}`, text, contentHash: contentHash(text), publishedAt, language: "en" });
    const topicId = pick(topicIds);
    figures.forEach((figure, index) => {
      const words = `${withCommas(figure)} troops`;
      const start = text.indexOf(words, text.indexOf(`sentence ${index}:`));
      const anchor = makeAnchor(text, start, start + words.length);
      const claimId = newId();
      claims.push({
        id: claimId,
        reportId,
        topicId,
        kind: "quantity" as const,
        statement: `SYNTHETIC: ${words} were sent.`,
        anchorExact: anchor.exact,
        anchorPrefix: anchor.prefix,
        anchorSuffix: anchor.suffix,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        value: figure,
        qualifier: pick(pointQualifiers),
        unit: "troops",
        asStated: words,
        modality: pick(modalities),
        stance: pick(stances),
        claimedAt: publishedAt,
        reviewStatus: "draft" as const,
      });
      hops.push({ claimId, position: 0, sourceId: pick(sourceIds), role: "originator" as const, verb: "said" });
      if (random() < 0.5) hops.push({ claimId, position: 1, sourceId: pick(sourceIds), role: "relay" as const, verb: "according to" });
    });
  }
  await load.insert("Report", reports);
  await load.insert("Claim", claims);
  await load.insert("AttributionHop", hops);
  await load.insert("Revision", [
    ...revisionsOf(
      "report",
      reports.map((report) => report.id!),
    ),
    ...revisionsOf(
      "claim",
      claims.map((claim) => claim.id),
    ),
  ]);
}

try {
  await main();
  // Fresh statistics for the query planner, as a server start would gather.
  await connection.optimize();
} finally {
  await connection.disconnect();
}
