// A claim's history, newest first: what was done, the version it left, when and by whom,
// and what changed, field by field. Editors may bring back any earlier version, after a
// confirmation step; restoring is itself a new version, so nothing is ever lost.
import Link from "next/link";
import { restoreEarlierVersion } from "@/app/claims/[id]/actions";
import type { HistoryEntry } from "@/lib/data/mutations/reads";
import type { RevisionNames } from "@/lib/data/revision-names";
import { ClaimHistoryChanges } from "./claim-history-changes";
import { ConfirmForm } from "@/app/_components/claims/claim-edit-confirm";
import { formatDateTime } from "@/lib/domain/format";

type Props = {
  claim: { id: string; version: number };
  entries: HistoryEntry[];
  names: RevisionNames;
  canRestore: boolean;
  /** The version whose restore the editor asked to confirm (?restore=N). */
  confirmVersion: number | null;
};

export function ClaimRevisions({ claim, entries, names, canRestore, confirmVersion }: Props) {
  if (entries.length === 0) return <p className="empty">No revision recorded: this claim predates revision tracking.</p>;
  const newestFirst = [...entries].reverse();
  return (
    <ol className="revision-list" reversed aria-label="Revisions, newest first">
      {newestFirst.map((entry) => {
        const restorable = canRestore && entry.version < claim.version && entry.after !== null;
        return (
          <li key={entry.id} id={`revision-${entry.version}`} className={`revision revision-${entry.action}`}>
            <p className="revision-head">
              <span className="revision-action">{entry.action}</span> · version {entry.version} ·{" "}
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, { seconds: true })}</time> · by{" "}
              {entry.authorId ? (names.authors[entry.authorId] ?? "an unknown user") : "system"}
              {entry.version === claim.version ? (
                <>
                  {" "}
                  <span className="tag">current</span>
                </>
              ) : null}
            </p>
            <ClaimHistoryChanges entry={entry} sourceNames={names.sources} />
            {restorable && confirmVersion !== entry.version ? (
              <Link
                className="restore-link"
                href={`/claims/${claim.id}?restore=${entry.version}#revision-${entry.version}`}
                aria-label={`Restore version ${entry.version}`}
              >
                Restore this version
              </Link>
            ) : null}
            {restorable && confirmVersion === entry.version ? (
              <ConfirmForm
                action={restoreEarlierVersion}
                fields={{ id: claim.id, version: claim.version, toVersion: entry.version }}
                question={
                  <p>
                    <strong>Make the claim as it was at version {entry.version}?</strong> It becomes version {claim.version + 1}; every version stays in this
                    history.
                  </p>
                }
                confirmLabel={`Restore version ${entry.version}`}
                cancelHref={`/claims/${claim.id}#revision-${entry.version}`}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
