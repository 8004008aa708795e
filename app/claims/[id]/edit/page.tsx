import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimEditForm } from "@/app/claims/[id]/edit/_components/claim-edit-form";
import { claimFormValues } from "@/app/_components/claims/claim-edit-fields";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { getClaimRecord } from "@/lib/data/mutations/reads";
import { sourceChoicesByIds, topicChoiceById } from "@/lib/data/choices";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a claim" };

type Props = { params: Promise<{ id: string }> };

export default async function EditClaimPage({ params }: Props) {
  const { id } = await params;
  const actor = await readerOrSignIn(`/claims/${id}/edit`);
  const claim = await getClaimRecord(actor, id);
  if (!claim || claim.deletedAt) notFound();
  if (!canWrite(actor)) {
    return (
      <>
        <h1>Edit a claim</h1>
        <p className="problem" role="alert">
          Your role may read but not change claims. <Link href={`/claims/${id}`}>Back to the claim</Link>
        </p>
      </>
    );
  }
  const values = claimFormValues(claim);
  // Only the claim's own topic and the sources of its chain are read by name; the pickers ask
  // for others as the analyst types (issue 14: every source shipped was ~39 KB at 4,000).
  const [topic, sources] = await Promise.all([
    topicChoiceById(actor, claim.topicId),
    sourceChoicesByIds(
      actor,
      values.chain.map((hop) => hop.sourceId),
    ),
  ]);
  return (
    <>
      <p className="meta">
        <Link href="/claims">Claims</Link> › <Link href={`/claims/${id}`}>{claim.statement}</Link> ›
      </p>
      <h1>Edit the claim</h1>
      <p className="meta">You are editing version {claim.version}. If someone saves before you, you will see their change beside yours and choose.</p>
      <ClaimEditForm
        claimId={id}
        topic={topic}
        scopeNotFound={claim.scope && claim.scope.level === null ? claim.scope.name : null}
        initial={{
          attempt: 0,
          version: claim.version,
          values,
          startedFrom: values,
          error: null,
          conflict: null,
          sourceNames: Object.fromEntries(sources.map((source) => [source.id, source.label])),
        }}
      />
    </>
  );
}
