import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimDetail, type ClaimHistoryView } from "@/app/claims/[id]/_components/claim-detail";
import type { ClaimPageNotice } from "@/app/claims/[id]/_components/claim-edit-toolbar";
import { DeletedClaim } from "@/app/claims/[id]/_components/claim-history-deleted";
import { sourceIdsIn } from "@/app/_components/claims/claim-history-values";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { type Actor, canAdminister, canWrite } from "@/lib/data/actor";
import { getClaimPage } from "@/lib/data/claims";
import type { ClaimHistory } from "@/lib/data/mutations/reads";
import { namesForRevisions } from "@/lib/data/revision-names";

export const dynamic = "force-dynamic";

// generateMetadata and the page read the same claim once per request, for its detail and its history.
const loadClaim = cache(async (id: string) => {
  const actor = await readerOrSignIn(`/claims/${id}`);
  const page = await getClaimPage(actor, id);
  return { actor, detail: page?.detail ?? null, history: page?.history ?? null };
});

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { detail, history } = await loadClaim((await params).id);
  return { title: detail?.claim.statement ?? (history ? `Deleted: ${history.claim.statement}` : "Claim not found") };
}

const positive = (value: string | string[] | undefined) => (typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null);

function noticeOf(query: Record<string, string | string[] | undefined>): ClaimPageNotice | null {
  const saved = positive(query.saved);
  const restored = positive(query.restored);
  if (saved) return { kind: "saved", version: saved };
  if (restored) return { kind: "restored", version: restored };
  return query.undeleted === "1" ? { kind: "undeleted" } : null;
}

async function historyView(actor: Actor, history: ClaimHistory, query: Record<string, string | string[] | undefined>): Promise<ClaimHistoryView> {
  const names = await namesForRevisions(actor, {
    authorIds: history.revisions.flatMap((entry) => (entry.authorId ? [entry.authorId] : [])),
    sourceIds: [...history.revisions.flatMap((entry) => sourceIdsIn(entry.changes)), ...history.claim.chain.map((hop) => hop.sourceId)],
  });
  const canEdit = canWrite(actor);
  return {
    entries: history.revisions,
    names,
    canEdit,
    confirmRestore: canEdit ? positive(query.restore) : null,
    confirmDelete: canEdit && query.delete === "confirm",
    notice: noticeOf(query),
  };
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { actor, detail, history } = await loadClaim(id);
  if (!history) notFound();
  if (!detail) {
    // Deleted (the history shows deleted claims to administrators only), or in a deleted report.
    if (!history.claim.deletedAt || !canAdminister(actor)) notFound();
    const view = await historyView(actor, history, {});
    return <DeletedClaim claim={{ ...history.claim, deletedAt: history.claim.deletedAt }} entries={history.revisions} names={view.names} />;
  }
  return <ClaimDetail detail={detail} history={await historyView(actor, history, query)} />;
}
