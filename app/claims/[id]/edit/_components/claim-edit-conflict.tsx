// Shown when someone saved the claim after this form was opened: who, when, and their
// values beside the analyst's for every field they changed. The analyst applies their own
// changes on top (only the fields they edited are sent) or discards them.
import Link from "next/link";
import { formatDateTime } from "@/lib/domain/format";
import type { ClaimEditState } from "@/app/claims/[id]/actions";
import {
  type ClaimFormValues,
  editableClaimFields,
  fieldLabels,
  readableChain,
  readableFormValue,
  sameFormValue,
} from "@/app/_components/claims/claim-edit-fields";

type Props = {
  conflict: NonNullable<ClaimEditState["conflict"]>;
  startedFrom: ClaimFormValues;
  yours: ClaimFormValues;
  sourceNames: Record<string, string>;
  claimId: string;
  pending: boolean;
};

const when = (iso: string) => formatDateTime(new Date(iso));

export function ClaimEditConflict({ conflict, startedFrom, yours, sourceNames, claimId, pending }: Props) {
  const fields = [...editableClaimFields, "chain" as const].filter((field) => !sameFormValue(field, conflict.theirs, startedFrom));
  const show = (values: ClaimFormValues, field: (typeof fields)[number]) =>
    field === "chain" ? readableChain(values.chain, sourceNames) : readableFormValue(field, values[field]);
  const latest = conflict.changedMeanwhile[conflict.changedMeanwhile.length - 1];
  return (
    <section className="edit-conflict" aria-labelledby="conflict-heading">
      <div role="alert">
        <h2 id="conflict-heading" tabIndex={-1}>
          Changed meanwhile by {[...new Set(conflict.changedMeanwhile.map((change) => change.author))].join(", ") || "another analyst"}
          {latest ? ` at ${when(latest.at)}` : ""}
        </h2>
        <p>
          Your changes were not saved, and nothing of theirs was overwritten. The claim is now at version {conflict.version}. Compare, then apply your changes
          on top of theirs: only the fields you edited are sent, so their other changes stay.
        </p>
      </div>
      {fields.length === 0 ? (
        <p className="meta">They changed nothing this form edits (only the version moved on).</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Their values beside yours</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Theirs now</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field}>
                  <th scope="row">{fieldLabels[field]}</th>
                  <td>{show(conflict.theirs, field)}</td>
                  <td>
                    {show(yours, field)}
                    <span className="as-stated">
                      {sameFormValue(field, yours, startedFrom) ? "you left it: theirs stays" : "you changed it too: yours replaces theirs"}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : "Apply my changes on top of theirs"}
        </button>
        <Link href={`/claims/${claimId}`} className="discard-link">
          Discard mine
        </Link>
      </div>
    </section>
  );
}
