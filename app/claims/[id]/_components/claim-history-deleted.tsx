// A deleted claim, as administrators see it (everyone else gets a 404): a banner saying
// who deleted it and when, a button to restore it, what it said, and its history.
import Link from "next/link";
import { restoreDeletedRecord } from "@/app/deleted/actions";
import type { HistoryEntry } from "@/lib/data/mutations/reads";
import type { RevisionNames } from "@/lib/data/revision-names";
import { ConfirmForm } from "@/app/_components/claims/claim-edit-confirm";
import { ClaimRevisions } from "./claim-revisions";
import { readableValue } from "@/app/_components/claims/claim-history-values";

type Props = {
  claim: { id: string; version: number; statement: string; deletedAt: Date; chain: { sourceId: string; role: string; verb: string | null }[] };
  entries: HistoryEntry[];
  names: RevisionNames;
};

export function DeletedClaim({ claim, entries, names }: Props) {
  const deletion = entries.findLast((entry) => entry.action === "delete");
  const by = deletion?.authorId ? (names.authors[deletion.authorId] ?? "an unknown user") : "the system";
  return (
    <>
      <p className="meta">
        <Link href="/deleted">Deleted records</Link> ›
      </p>
      <h1>{claim.statement}</h1>
      <section className="deleted-banner" aria-labelledby="deleted-heading">
        <h2 id="deleted-heading">This claim was deleted</h2>
        <p>
          Deleted by {by} on {readableValue("deletedAt", claim.deletedAt.toISOString(), {})}. Only administrators see it; it is in no list, topic or map.
        </p>
        <ConfirmForm
          action={restoreDeletedRecord}
          fields={{ type: "claim", id: claim.id, version: claim.version, back: "record" }}
          question={<p>Restoring brings it back everywhere, as a new version; its history stays whole.</p>}
          confirmLabel="Restore this claim"
        />
      </section>
      <dl className="facts">
        <dt>Who says it</dt>
        <dd>{readableValue("chain", claim.chain, names.sources)}</dd>
        <dt>Version</dt>
        <dd>{claim.version}</dd>
      </dl>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ClaimRevisions claim={claim} entries={entries} names={names} canRestore={false} confirmVersion={null} />
      </section>
    </>
  );
}
