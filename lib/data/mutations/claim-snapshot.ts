// A claim's fields as a revision recorded them, ready to apply again. Revisions written by
// the report ingest and the demo seed hold the raw row (flat anchor columns, `hops`); those
// written here hold the API's record (`anchor`, `chain`). Both read the same way.
import { AppError, zodIssues } from "../../errors";
import { type ClaimFieldsUpdate, claimUpdateSchema } from "../../schemas/claim";

type Snapshot = Record<string, unknown>;
type StoredHop = { position?: number; sourceId: string; role: string; verb?: string | null };

const editableFields = Object.keys(claimUpdateSchema.shape).filter((field) => field !== "version");

function anchorOf(snapshot: Snapshot) {
  if (snapshot.anchor && typeof snapshot.anchor === "object") {
    const { start, end, exact } = snapshot.anchor as Snapshot;
    return { start, end, exact };
  }
  return { start: snapshot.anchorStart, end: snapshot.anchorEnd, exact: snapshot.anchorExact };
}

function chainOf(snapshot: Snapshot) {
  if (Array.isArray(snapshot.chain)) return snapshot.chain;
  const hops = Array.isArray(snapshot.hops) ? (snapshot.hops as StoredHop[]) : [];
  return [...hops].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)).map((hop) => ({ sourceId: hop.sourceId, role: hop.role, verb: hop.verb ?? null }));
}

export function claimFieldsFromSnapshot(snapshot: unknown, version: number): ClaimFieldsUpdate {
  const stored = (snapshot ?? {}) as Snapshot;
  const fields = Object.fromEntries(editableFields.filter((field) => field in stored).map((field) => [field, stored[field]]));
  const parsed = claimUpdateSchema.safeParse({ ...fields, anchor: anchorOf(stored), chain: chainOf(stored) });
  if (!parsed.success) {
    throw new AppError("conflict", `Version ${version} cannot be restored as it was: it does not meet today's rules`, zodIssues(parsed.error));
  }
  const { version: _version, ...restored } = parsed.data;
  return restored;
}
