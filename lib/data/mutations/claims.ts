import "server-only";
// Creating, changing, deleting and restoring claims, and restoring an earlier version.
// Whatever the way in, a claim's anchor must be its report's own words at its offsets,
// its chain must name live sources, and a new chain must follow the chain rules.
import { db, type Transaction } from "../../db/client";
import { checkAnchor, makeAnchor } from "../../domain/anchor";
import { validateChain } from "../../domain/attribution";
import { measureFromUnit } from "../../domain/measure";
import type { Measure } from "../../domain/vocabulary";
import { withLookedUpPlace } from "../../extract/place-lookup";
import { scopeColumns } from "../../places/scope";
import { AppError, type ErrorIssue } from "../../errors";
import { type ClaimCreate, type ClaimFieldsUpdate, claimFieldProblems } from "../../schemas/claim";
import { type Actor, assertCanAdminister, assertCanWrite } from "../actor";
import { claimFieldsFromSnapshot } from "./claim-snapshot";
import { assertSomethingSent, sentColumns } from "./fields";
import { type ClaimRecord, readClaim } from "./records";
import { changeVersioned, deletion, type Entity, recordCreation, restoration, versionConflict } from "./versioning";

export const claimEntity: Entity<ClaimRecord> = { type: "claim", label: "claim", read: readClaim };

type Anchor = { start: number; end: number; exact: string };
type Hop = { sourceId: string; role: "originator" | "speaker" | "relay"; verb: string | null };

const invalid = (message: string, issues: ErrorIssue[]) => new AppError("validation_failed", message, issues);

async function liveReport(tx: Transaction, reportId: string) {
  const report = await tx.report.findFirst({ where: { id: reportId, deletedAt: null }, select: { text: true, publishedAt: true } });
  if (!report) throw invalid("The report does not exist (or was deleted)", [{ path: "reportId", message: `No report with id ${reportId}` }]);
  return report;
}

/** The anchor as stored: the words, and the text around them cut from the report. */
function anchorColumns(text: string, anchor: Anchor) {
  const fits = anchor.end <= text.length && anchor.exact.length === anchor.end - anchor.start;
  if (!fits || checkAnchor(text, anchor).status !== "ok") {
    throw invalid("The anchor does not match the report's text", [
      { path: "anchor", message: `The words “${anchor.exact.slice(0, 60)}” are not at ${anchor.start}–${anchor.end} in the report's text` },
    ]);
  }
  const { exact, prefix, suffix, start, end } = makeAnchor(text, anchor.start, anchor.end);
  return { anchorExact: exact, anchorPrefix: prefix, anchorSuffix: suffix, anchorStart: start, anchorEnd: end };
}

/** Every hop names a live source; with `rules`, the chain also reads from its originator. */
async function checkChain(tx: Transaction, chain: readonly Hop[], rules: boolean) {
  const ids = [...new Set(chain.map((hop) => hop.sourceId))];
  const sources = await tx.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true, name: true } });
  const names = new Map(sources.map((source) => [source.id, source.name]));
  const missing = chain.flatMap((hop, index) =>
    names.has(hop.sourceId) ? [] : [{ path: `chain.${index}.sourceId`, message: `No source with id ${hop.sourceId}` }],
  );
  if (missing.length) throw invalid("Some sources of the chain do not exist (or were deleted)", missing);
  if (!rules) return;
  const problems = validateChain(chain.map((hop) => ({ role: hop.role, sourceName: names.get(hop.sourceId) })));
  if (problems.length)
    throw invalid(
      "The attribution chain is not sound",
      problems.map((problem) => ({ path: problem.hop === null ? "chain" : `chain.${problem.hop}`, message: problem.message })),
    );
}

async function assertTopicExists(tx: Transaction, topicId: string | null | undefined) {
  if (!topicId) return;
  const topic = await tx.topic.findFirst({ where: { id: topicId, deletedAt: null }, select: { id: true } });
  if (!topic) throw invalid("The topic does not exist (or was deleted)", [{ path: "topicId", message: `No topic with id ${topicId}` }]);
}

/** A quantity saved without a measure gets the one its unit's words imply ("dead" → killed). */
function measureOf(kind: string, measure: Measure | null | undefined, unit: string | null | undefined): Measure | null {
  if (measure) return measure;
  return kind === "quantity" ? measureFromUnit(unit) : null;
}

const hopRows = (chain: readonly Hop[]) => chain.map((hop, position) => ({ position, sourceId: hop.sourceId, role: hop.role, verb: hop.verb }));

export async function createClaim(actor: Actor, input: ClaimCreate): Promise<ClaimRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    const report = await liveReport(tx, input.reportId);
    const { anchor, chain, claimedAt, scopePlace, ...columns } = input;
    const anchored = anchorColumns(report.text, anchor);
    await checkChain(tx, chain, true);
    await assertTopicExists(tx, input.topicId);
    const measure = measureOf(input.kind, input.measure, input.unit);
    const scope = await scopeColumns(scopePlace);
    const { id } = await tx.claim.create({
      // A claim is made when its report says it was, unless the analyst says otherwise.
      data: { ...withLookedUpPlace(columns), ...anchored, ...scope, measure, claimedAt: claimedAt ?? report.publishedAt, hops: { create: hopRows(chain) } },
    });
    const created = (await readClaim(tx, id))!;
    await recordCreation(tx, actor, "claim", created);
    return created;
  });
}

/** The change as columns, once it is known to fit the claim as it is now. */
async function checkedClaimChange(tx: Transaction, current: ClaimRecord, fields: ClaimFieldsUpdate, chainRules: boolean) {
  const report = await liveReport(tx, current.reportId);
  const merged = { ...current, ...sentColumns(fields) } as ClaimRecord;
  const problems = claimFieldProblems(merged);
  if (problems.length) throw invalid("Some fields do not fit together", problems);
  const anchored = fields.anchor ? anchorColumns(report.text, fields.anchor) : {};
  if (fields.chain) await checkChain(tx, fields.chain, chainRules);
  await assertTopicExists(tx, fields.topicId);
  const { anchor: _anchor, chain: _chain, scopePlace: _scope, ...columns } = sentColumns(fields);
  // A claim that never had a measure gets its unit's, once it says what it counts.
  const measure = fields.measure === undefined && current.measure === null ? measureOf(merged.kind, null, merged.unit) : undefined;
  // A place typed on the edit form gets the gazetteer's coordinates (a renamed one, new ones).
  const placed = withLookedUpPlace(columns as typeof columns & Parameters<typeof withLookedUpPlace>[1], current as Parameters<typeof withLookedUpPlace>[1]);
  return { ...placed, ...anchored, ...(await scopeColumns(fields.scopePlace)), ...(measure ? { measure } : {}) };
}

async function changeClaim(
  tx: Transaction,
  actor: Actor,
  id: string,
  version: number,
  fields: ClaimFieldsUpdate,
  options: { action: "update" | "restore"; chainRules: boolean },
) {
  const current = await readClaim(tx, id);
  // Unknown, deleted and stale claims are answered by the version check, before any field is judged.
  const data = current && current.deletedAt === null && current.version === version ? await checkedClaimChange(tx, current, fields, options.chainRules) : {};
  const chain = fields.chain;
  return changeVersioned(tx, actor, claimEntity, id, version, {
    action: options.action,
    from: "live",
    data,
    alsoWrite: chain
      ? async (write) => {
          await write.attributionHop.deleteMany({ where: { claimId: id } });
          await write.attributionHop.createMany({ data: hopRows(chain).map((hop) => ({ ...hop, claimId: id })) });
        }
      : undefined,
  });
}

export async function updateClaim(actor: Actor, id: string, version: number, fields: ClaimFieldsUpdate): Promise<ClaimRecord> {
  assertCanWrite(actor);
  assertSomethingSent(fields);
  return db().writeTransaction((tx) => changeClaim(tx, actor, id, version, fields, { action: "update", chainRules: true }));
}

/**
 * Makes the claim as it was at `toVersion` (an editor's undo); itself a new version and a
 * revision. The old chain is restored as it was, but its sources must still be live.
 */
export async function restoreClaimVersion(actor: Actor, id: string, version: number, toVersion: number): Promise<ClaimRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    const current = await readClaim(tx, id);
    if (current && current.version !== version) throw versionConflict("claim", current);
    if (toVersion >= version) throw invalid("Choose an earlier version to restore", [{ path: "toVersion", message: `The claim is at version ${version}` }]);
    const revision = await tx.revision.findFirst({ where: { entityType: "claim", entityId: id, version: toVersion }, orderBy: { createdAt: "desc" } });
    if (!revision?.after) throw new AppError("not_found", `This claim has no recorded version ${toVersion}`);
    return changeClaim(tx, actor, id, version, claimFieldsFromSnapshot(revision.after, toVersion), { action: "restore", chainRules: false });
  });
}

export async function deleteClaim(actor: Actor, id: string, version: number): Promise<ClaimRecord> {
  assertCanWrite(actor);
  return db().writeTransaction((tx) => changeVersioned(tx, actor, claimEntity, id, version, deletion()));
}

export async function restoreClaim(actor: Actor, id: string, version: number): Promise<ClaimRecord> {
  assertCanAdminister(actor);
  return db().writeTransaction((tx) => changeVersioned(tx, actor, claimEntity, id, version, restoration()));
}
