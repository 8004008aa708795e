import type { Metadata } from "next";
import Link from "next/link";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canAdminister } from "@/lib/data/actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claim deleted" };

/** Where an editor lands after deleting a claim: its own page is gone for them. */
export default async function ClaimDeletedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await readerOrSignIn(`/claims/${id}/deleted`);
  return (
    <>
      <h1>Claim deleted</h1>
      <p className="notice" role="status">
        The claim is deleted: it is in no list, topic or map any more. Nothing is lost: an administrator can restore it with its whole history.
      </p>
      <p>
        {canAdminister(actor) ? (
          <>
            <Link href={`/claims/${id}`}>Open the deleted claim</Link> · <Link href="/deleted">All deleted records</Link> ·{" "}
          </>
        ) : null}
        <Link href="/claims">Back to the claims</Link>
      </p>
    </>
  );
}
