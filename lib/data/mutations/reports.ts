import "server-only";
// Reports: created with their claims by the ingest (report-ingest.ts), then only their
// metadata changes. The text snapshot and its content hash never change: every anchor
// points into that text, and changing it would silently move the evidence under the claims.
import { db, type Transaction } from "../../db/client";
import { AppError } from "../../errors";
import type { ReportSubmission } from "../../schemas/report-submission";
import type { ReportUpdate } from "../../schemas/report";
import { type Actor, assertCanAdminister, assertCanWrite } from "../actor";
import { createReportWithClaims } from "../report-ingest";
import { assertSomethingSent, sentColumns } from "./fields";
import { readReport, type ReportRecord } from "./records";
import { changeVersioned, deletion, type Entity, restoration } from "./versioning";

export const reportEntity: Entity<ReportRecord> = { type: "report", label: "report", read: readReport };

/** A report with its text and claims, in one write; answers the new report and its claims' ids. */
export async function createReport(actor: Actor, submission: ReportSubmission) {
  const created = await createReportWithClaims(actor, submission);
  const report = (await readReport(db().read, created.reportId))!;
  return { report, claimIds: created.claimIds, topicId: created.topicId };
}

async function assertOutletExists(tx: Transaction, outletId: string | null | undefined) {
  if (!outletId) return;
  const outlet = await tx.source.findFirst({ where: { id: outletId, deletedAt: null }, select: { id: true } });
  if (!outlet)
    throw new AppError("validation_failed", "The outlet does not exist (or was deleted)", [{ path: "outletId", message: `No source with id ${outletId}` }]);
}

export async function updateReport(actor: Actor, id: string, version: number, input: ReportUpdate): Promise<ReportRecord> {
  assertCanWrite(actor);
  assertSomethingSent(input);
  return db().writeTransaction(async (tx) => {
    await assertOutletExists(tx, input.outletId);
    return changeVersioned(tx, actor, reportEntity, id, version, { action: "update", from: "live", data: sentColumns(input) });
  });
}

/** Deleting a report hides its claims with it (every list asks for claims of live reports). */
export async function deleteReport(actor: Actor, id: string, version: number): Promise<ReportRecord> {
  assertCanWrite(actor);
  return db().writeTransaction((tx) => changeVersioned(tx, actor, reportEntity, id, version, deletion()));
}

export async function restoreReport(actor: Actor, id: string, version: number): Promise<ReportRecord> {
  assertCanAdminister(actor);
  return db().writeTransaction((tx) => changeVersioned(tx, actor, reportEntity, id, version, restoration()));
}
