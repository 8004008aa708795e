// A source's history, newest first: who created, edited or graded it and when, and each
// merge into it, with what moved and a button that undoes it while it is still in force.
import { ConfirmForm } from "@/app/_components/claims/claim-edit-confirm";
import { undoMergeFromForm } from "@/app/sources/actions";
import type { HistoryEntry } from "@/lib/data/mutations/reads";
import type { RevisionNames } from "@/lib/data/revision-names";
import { formatDateTime } from "@/lib/domain/format";
import { type ReliabilityGrade, reliabilityLabels } from "@/lib/domain/vocabulary";

type Merge = { sourceId: string; name: string; hops: unknown[]; reportIds: string[]; childIds: string[]; addedAliases: string[] };
type Props = { source: { id: string; version: number }; entries: HistoryEntry[]; names: RevisionNames; canWrite: boolean; undoneMerges: ReadonlySet<string> };

const shown = (value: unknown) =>
  value === null || value === undefined || value === "" ? "—" : Array.isArray(value) ? value.join(", ") || "—" : String(value);

function grade(value: unknown) {
  return typeof value === "string" && value in reliabilityLabels ? `${value} (${reliabilityLabels[value as ReliabilityGrade]})` : "not graded";
}

function Changes({ entry }: { entry: HistoryEntry }) {
  const changes = entry.changes.filter((change) => !/^(merge|unmerge|mergedIntoId|createdAt|deletedAt|id|slug)\b/.test(change.field));
  if (entry.action === "create" || changes.length === 0) return null;
  return (
    <ul className="revision-changes">
      {changes.map((change) => (
        <li key={change.field}>
          {change.field === "reliability" ? (
            <>
              Reliability graded <strong>{grade(change.after)}</strong>, was {grade(change.before)}
            </>
          ) : (
            <>
              {change.field}: {shown(change.before)} → {shown(change.after)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SourceHistory({ source, entries, names, canWrite, undoneMerges }: Props) {
  const newestFirst = [...entries].reverse();
  return (
    <ol className="revision-list" reversed aria-label="Revisions, newest first">
      {newestFirst.map((entry) => {
        const after = entry.after as { merge?: Merge; unmerge?: { name: string } } | null;
        const merge = after?.merge;
        return (
          <li key={entry.id} className={`revision revision-${entry.action}`}>
            <p className="revision-head">
              <span className="revision-action">{merge ? "merge" : after?.unmerge ? "merge undone" : entry.action}</span> · version {entry.version} ·{" "}
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, { seconds: true })}</time> · by{" "}
              {entry.authorId ? (names.authors[entry.authorId] ?? "an unknown user") : "system"}
            </p>
            {merge ? (
              <p>
                Merged <strong>{merge.name}</strong> into this source: {merge.hops.length} place(s) in claim chains, {merge.reportIds.length} report(s) as
                outlet, {merge.childIds.length} part(s) and {merge.addedAliases.length} name(s) moved here.
              </p>
            ) : null}
            {after?.unmerge ? (
              <p>
                Undid the merge of <strong>{after.unmerge.name}</strong>: what it brought moved back to it.
              </p>
            ) : null}
            <Changes entry={entry} />
            {merge && canWrite && !undoneMerges.has(entry.id) ? (
              <ConfirmForm
                action={undoMergeFromForm}
                fields={{ id: source.id, version: source.version, revisionId: entry.id }}
                confirmLabel="Undo this merge"
                confirmName={`Undo the merge of ${merge.name}`}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
