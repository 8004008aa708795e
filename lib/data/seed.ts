// The demo data: the founding report and its hand-entered claims (lib/demo/founding-report.ts).
// Idempotent: the report is found by its content hash, sources and the topic by slug, so a
// second run writes nothing. Every record it creates gets a "create" revision by the system.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Connection, db, type Transaction } from "../db/client";
import { demoClaims, demoSources, demoTopic, foundingReport, type DemoClaim, type DemoSource } from "../demo/founding-report";
import { checkAnchor, makeAnchor } from "../domain/anchor";
import { contentHash } from "../domain/report-text";
import { normalizeAlias } from "../domain/aliases";
import { dropBoilerplate } from "../ingest/boilerplate";
import { recordRevision } from "./revisions";

export const foundingReportPath = resolve(import.meta.dirname, "../..", foundingReport.fixture);

/** Throws, naming every claim whose anchor does not match the founding report's text. */
export function verifyDemoAnchors(text: string, claims: DemoClaim[] = demoClaims) {
  const broken = claims.filter((claim) => checkAnchor(text, claim.anchor).status !== "ok");
  if (broken.length) {
    const detail = broken
      .map(
        (claim) =>
          `  ${claim.key}: expected "${claim.anchor.exact}" at ${claim.anchor.start}–${claim.anchor.end}, found "${text.slice(claim.anchor.start, claim.anchor.end)}"`,
      )
      .join("\n");
    throw new Error(`Demo claims do not match the founding report's text:\n${detail}`);
  }
}

/** The founding report as the app ingests it: its site furniture ("Exit mobile version") dropped. */
export function foundingReportText() {
  return dropBoilerplate(readFileSync(foundingReportPath, "utf8")).text;
}

/**
 * `withReport: false` adds only the sources and the topic: the end-to-end test of adding
 * the founding report by hand starts from there.
 */
export async function seedDemoData(connection: Connection = db(), options: { withReport: boolean } = { withReport: true }): Promise<{ seeded: boolean }> {
  const text = foundingReportText();
  verifyDemoAnchors(text);
  const hash = contentHash(text);
  return connection.writeTransaction(async (tx) => {
    if (await tx.report.findUnique({ where: { contentHash: hash } })) return { seeded: false };
    const sourceIds = await ensureSources(tx, demoSources);
    const topicId = await ensureTopic(tx);
    if (!options.withReport) return { seeded: true };
    const report = await tx.report.create({
      data: {
        title: foundingReport.title,
        publishedAt: new Date(`${foundingReport.publishedAt}T00:00:00Z`),
        language: foundingReport.language,
        text,
        contentHash: hash,
      },
    });
    await recordRevision(tx, { entityType: "report", entityId: report.id, action: "create", version: 1, before: null, after: report, authorId: null });
    for (const claim of demoClaims) {
      await createDemoClaim(tx, { claim, text, reportId: report.id, claimedAt: report.publishedAt, topicId, sourceIds });
    }
    return { seeded: true };
  });
}

/** Sources ordered so that every parent is created before its children. */
function parentsFirst(sources: DemoSource[]): DemoSource[] {
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  const depth = (source: DemoSource): number => {
    const parent = source.parent ? bySlug.get(source.parent) : undefined;
    return parent ? 1 + depth(parent) : 0;
  };
  return [...sources].sort((a, b) => depth(a) - depth(b));
}

async function ensureSources(tx: Transaction, sources: DemoSource[]) {
  const ids = new Map<string, string>();
  for (const source of parentsFirst(sources)) {
    const existing = await tx.source.findUnique({ where: { slug: source.slug } });
    if (existing) {
      ids.set(source.slug, existing.id);
      continue;
    }
    const aliases = [...new Map([source.name, ...source.aliases].map((alias) => [normalizeAlias(alias), alias])).entries()];
    const created = await tx.source.create({
      data: {
        slug: source.slug,
        name: source.name,
        kind: source.kind,
        country: source.country,
        parentId: source.parent ? ids.get(source.parent) : null,
        description: source.description ?? null,
        homepage: source.homepage ?? null,
        aliases: { create: aliases.map(([normalized, alias]) => ({ alias, normalized })) },
      },
      include: { aliases: true },
    });
    ids.set(source.slug, created.id);
    await recordRevision(tx, { entityType: "source", entityId: created.id, action: "create", version: 1, before: null, after: created, authorId: null });
  }
  return ids;
}

async function ensureTopic(tx: Transaction) {
  const existing = await tx.topic.findUnique({ where: { slug: demoTopic.slug } });
  if (existing) return existing.id;
  const topic = await tx.topic.create({ data: { ...demoTopic } });
  await recordRevision(tx, { entityType: "topic", entityId: topic.id, action: "create", version: 1, before: null, after: topic, authorId: null });
  return topic.id;
}

async function createDemoClaim(
  tx: Transaction,
  input: { claim: DemoClaim; text: string; reportId: string; claimedAt: Date | null; topicId: string; sourceIds: Map<string, string> },
) {
  const { claim, text, sourceIds } = input;
  const anchor = makeAnchor(text, claim.anchor.start, claim.anchor.end);
  const created = await tx.claim.create({
    data: {
      reportId: input.reportId,
      topicId: claim.inTopic ? input.topicId : null,
      kind: claim.kind,
      statement: claim.statement,
      anchorExact: anchor.exact,
      anchorPrefix: anchor.prefix,
      anchorSuffix: anchor.suffix,
      anchorStart: anchor.start,
      anchorEnd: anchor.end,
      value: claim.quantity?.value ?? null,
      lower: claim.quantity?.lower ?? null,
      upper: claim.quantity?.upper ?? null,
      qualifier: claim.quantity?.qualifier ?? null,
      unit: claim.quantity?.unit ?? null,
      measure: claim.quantity?.measure ?? null,
      asStated: claim.quantity ? anchor.exact : null,
      modality: claim.modality,
      stance: claim.stance,
      placeName: claim.place?.name ?? null,
      latitude: claim.place?.latitude ?? null,
      longitude: claim.place?.longitude ?? null,
      placePrecision: claim.place?.precision ?? null,
      placeRelation: claim.place?.relation ?? null,
      claimedAt: input.claimedAt,
      confidence: claim.confidence,
      notes: claim.notes ?? null,
      hops: {
        create: claim.chain.map((hop, position) => {
          const sourceId = sourceIds.get(hop.source);
          if (!sourceId) throw new Error(`Demo claim ${claim.key} names an unknown source "${hop.source}"`);
          return { position, sourceId, role: hop.role, verb: hop.verb };
        }),
      },
    },
    include: { hops: { orderBy: { position: "asc" } } },
  });
  await recordRevision(tx, { entityType: "claim", entityId: created.id, action: "create", version: 1, before: null, after: created, authorId: null });
}
