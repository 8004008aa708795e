// Saving a reviewed report: the report, the sources and topic it creates, and every
// accepted claim with its anchor and chain, in one transaction, each with its revision.
// Everything that can be checked is checked before anything is written.
import "server-only";
import { db, type Transaction } from "../db/client";
import { checkAnchor, makeAnchor } from "../domain/anchor";
import { normalizeAlias } from "../domain/aliases";
import { measureFromUnit } from "../domain/measure";
import { contentHash } from "../domain/report-text";
import { slugify, uniqueSlug } from "../domain/slug";
import { AppError, type ErrorIssue } from "../errors";
import type { ReportSubmission, SubmittedClaim } from "../schemas/report-submission";
import { type Actor, assertCanRead, assertCanWrite, authorOf } from "./actor";
import { withLookedUpPlace } from "../extract/place-lookup";
import { scopeColumns } from "../places/scope";
import { recordRevision } from "./revisions";
import { takenSourceSlugs, takenTopicSlugs } from "./slugs";

const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** The report already holding this exact text, if any: the same text is never ingested twice. */
export async function findReportByText(actor: Actor, text: string) {
  assertCanRead(actor);
  return db().read.report.findUnique({ where: { contentHash: contentHash(text) }, select: { id: true, title: true, deletedAt: true } });
}

export async function createReportWithClaims(actor: Actor, submission: ReportSubmission) {
  assertCanWrite(actor);
  const issues = checkAgainstText(submission);
  if (issues.length) throw new AppError("validation_failed", "Some claims do not match the report's text", issues);
  const hash = contentHash(submission.report.text);
  const authorId = authorOf(actor);

  return db().writeTransaction(async (tx) => {
    const existing = await tx.report.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
    if (existing) {
      throw new AppError("duplicate", `This text was already ingested as “${existing.title}”`, undefined, { reportId: existing.id });
    }
    const sourceIds = await createNewSources(tx, submission, authorId);
    await assertSourcesExist(tx, submission);
    const resolve = (reference: { sourceId: string } | { newSourceKey: string }) =>
      "sourceId" in reference ? reference.sourceId : sourceIds.get(reference.newSourceKey)!;
    const topicId = await resolveTopic(tx, submission, authorId);

    const report = await tx.report.create({
      data: {
        title: submission.report.title,
        url: submission.report.url,
        outletId: submission.report.outlet ? resolve(submission.report.outlet) : null,
        author: submission.report.author,
        publishedAt: day(submission.report.publishedAt),
        language: submission.report.language,
        text: submission.report.text,
        contentHash: hash,
      },
    });
    await recordRevision(tx, { entityType: "report", entityId: report.id, action: "create", version: 1, before: null, after: report, authorId });

    const claimIds: string[] = [];
    for (const claim of submission.claims) {
      const created = await tx.claim.create({
        data: {
          ...claimData(claim, { reportId: report.id, text: report.text, topicId: claim.inTopic ? topicId : null, claimedAt: report.publishedAt, resolve }),
          ...(await scopeColumns(claim.scopePlace)),
        },
        include: { hops: { orderBy: { position: "asc" } } },
      });
      await recordRevision(tx, { entityType: "claim", entityId: created.id, action: "create", version: 1, before: null, after: created, authorId });
      claimIds.push(created.id);
    }
    return { reportId: report.id, claimIds, topicId };
  });
}

/** Anchors must name the text's own words, and chains must name sources this submission knows. */
function checkAgainstText(submission: ReportSubmission): ErrorIssue[] {
  const { text } = submission.report;
  const newKeys = new Set(submission.newSources.map((source) => source.key));
  const issues: ErrorIssue[] = [];
  submission.claims.forEach((claim, index) => {
    const { start, end, exact } = claim.anchor;
    if (end > text.length || checkAnchor(text, claim.anchor).status !== "ok") {
      issues.push({ path: `claims.${index}.anchor`, message: `The words “${exact.slice(0, 60)}” are not at ${start}–${end} in the report's text` });
    }
    claim.chain.forEach((hop, hopIndex) => {
      if ("newSourceKey" in hop.source && !newKeys.has(hop.source.newSourceKey)) {
        issues.push({ path: `claims.${index}.chain.${hopIndex}.source`, message: `No new source has the key “${hop.source.newSourceKey}”` });
      }
    });
  });
  const outlet = submission.report.outlet;
  if (outlet && "newSourceKey" in outlet && !newKeys.has(outlet.newSourceKey)) {
    issues.push({ path: "report.outlet", message: `No new source has the key “${outlet.newSourceKey}”` });
  }
  return issues;
}

async function assertSourcesExist(tx: Transaction, submission: ReportSubmission) {
  const references = [submission.report.outlet, ...submission.claims.flatMap((claim) => claim.chain.map((hop) => hop.source))];
  const ids = [...new Set(references.flatMap((reference) => (reference && "sourceId" in reference ? [reference.sourceId] : [])))];
  if (!ids.length) return;
  const found = new Set((await tx.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } })).map((source) => source.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new AppError(
      "validation_failed",
      "Some sources do not exist (or were deleted)",
      missing.map((id) => ({ path: "sourceId", message: `No source with id ${id}` })),
    );
  }
}

/**
 * The id of each new source the submission names. A name (or alias) typed on the review screen
 * that a live source already answers to is that source, not a duplicate: the screen offers the
 * known sources, but an analyst may type a known name without picking it. (A merged source is
 * deleted and its names moved to the survivor, so they lead there.) Where several answer to a
 * name, the oldest is taken; aliases typed with a known name are not added to it.
 */
async function createNewSources(tx: Transaction, submission: ReportSubmission, authorId: string | null) {
  const ids = new Map<string, string>();
  if (!submission.newSources.length) return ids;
  const known = await knownSourcesByName(
    tx,
    submission.newSources.map((source) => source.name),
  );
  const taken = await takenSourceSlugs(
    tx,
    submission.newSources.map((source) => slugify(source.name)),
  );
  for (const source of submission.newSources) {
    const existing = known.get(normalizeAlias(source.name));
    if (existing) {
      ids.set(source.key, existing);
      continue;
    }
    const slug = uniqueSlug(slugify(source.name), taken);
    taken.add(slug);
    const aliases = new Map([source.name, ...source.aliases].map((alias) => [normalizeAlias(alias), alias]));
    const created = await tx.source.create({
      data: {
        slug,
        name: source.name,
        kind: source.kind,
        country: source.country,
        aliases: { create: [...aliases].map(([normalized, alias]) => ({ normalized, alias })) },
      },
      include: { aliases: true },
    });
    await recordRevision(tx, { entityType: "source", entityId: created.id, action: "create", version: 1, before: null, after: created, authorId });
    ids.set(source.key, created.id);
    // Two new sources of one submission under the same name are one source.
    for (const alias of aliases.keys()) if (!known.has(alias)) known.set(alias, created.id);
  }
  return ids;
}

/** Live sources answering to these names, by normalised name; the oldest first. */
async function knownSourcesByName(tx: Transaction, names: readonly string[]): Promise<Map<string, string>> {
  const aliases = await tx.sourceAlias.findMany({
    where: { normalized: { in: [...new Set(names.map(normalizeAlias))] }, source: { deletedAt: null } },
    select: { normalized: true, sourceId: true },
    orderBy: [{ source: { createdAt: "asc" } }, { source: { id: "asc" } }],
  });
  const found = new Map<string, string>();
  for (const { normalized: name, sourceId } of aliases) if (!found.has(name)) found.set(name, sourceId);
  return found;
}

async function resolveTopic(tx: Transaction, submission: ReportSubmission, authorId: string | null) {
  const choice = submission.topic;
  if (!choice) return null;
  if ("topicId" in choice) {
    const topic = await tx.topic.findFirst({ where: { id: choice.topicId, deletedAt: null }, select: { id: true } });
    if (!topic) throw new AppError("validation_failed", "The topic does not exist", [{ path: "topic.topicId", message: "No such topic" }]);
    return topic.id;
  }
  const taken = await takenTopicSlugs(tx, [slugify(choice.newTopic.title)]);
  const topic = await tx.topic.create({
    data: { ...choice.newTopic, slug: uniqueSlug(slugify(choice.newTopic.title), taken), measure: choice.newTopic.title },
  });
  await recordRevision(tx, { entityType: "topic", entityId: topic.id, action: "create", version: 1, before: null, after: topic, authorId });
  return topic.id;
}

function claimData(
  claim: SubmittedClaim,
  context: {
    reportId: string;
    text: string;
    topicId: string | null;
    claimedAt: Date | null;
    resolve: (reference: { sourceId: string } | { newSourceKey: string }) => string;
  },
) {
  const anchor = makeAnchor(context.text, claim.anchor.start, claim.anchor.end);
  const { anchor: _anchor, chain, inTopic: _inTopic, claimedAt, periodStart, periodEnd, scopePlace: _scope, ...fields } = claim;
  return {
    // A place typed on a review card gets the gazetteer's coordinates, so it reaches the map.
    ...withLookedUpPlace(fields),
    // A quantity saved without a measure gets the one its unit's words imply ("dead" → killed).
    measure: fields.measure ?? (fields.kind === "quantity" ? measureFromUnit(fields.unit) : null),
    reportId: context.reportId,
    topicId: context.topicId,
    anchorExact: anchor.exact,
    anchorPrefix: anchor.prefix,
    anchorSuffix: anchor.suffix,
    anchorStart: anchor.start,
    anchorEnd: anchor.end,
    claimedAt: day(claimedAt) ?? context.claimedAt,
    periodStart: day(periodStart),
    periodEnd: day(periodEnd),
    hops: { create: chain.map((hop, position) => ({ position, sourceId: context.resolve(hop.source), role: hop.role, verb: hop.verb })) },
  };
}
