// Shown when someone saved the record after this form was opened: who, when, and their
// values beside the analyst's for every field they changed. The analyst applies their own
// changes on top (only the fields they edited are sent: ./form-edits) or discards them.
import Link from "next/link";
import { formatDateTime } from "@/lib/domain/format";
import type { ChangedMeanwhile } from "./form-edits";

/** One field the other analyst changed: theirs now, the analyst's, and whether the analyst changed it too. */
export type ConflictRow = { field: string; label: string; theirs: string; yours: string; youChangedIt: boolean };

type Props = {
  /** "claim", "source": how the panel names the record. */
  noun: string;
  version: number;
  changedMeanwhile: ChangedMeanwhile[];
  rows: ConflictRow[];
  discardHref: string;
  pending: boolean;
};

const when = (iso: string) => formatDateTime(new Date(iso));

export function EditConflict({ noun, version, changedMeanwhile, rows, discardHref, pending }: Props) {
  const latest = changedMeanwhile[changedMeanwhile.length - 1];
  return (
    <section className="edit-conflict" aria-labelledby="conflict-heading">
      <div role="alert">
        <h2 id="conflict-heading" tabIndex={-1}>
          Changed meanwhile by {[...new Set(changedMeanwhile.map((change) => change.author))].join(", ") || "another analyst"}
          {latest ? ` at ${when(latest.at)}` : ""}
        </h2>
        <p>
          Your changes were not saved, and nothing of theirs was overwritten. The {noun} is now at version {version}. Compare, then apply your changes on top of
          theirs: only the fields you edited are sent, so their other changes stay.
        </p>
      </div>
      {rows.length === 0 ? (
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
              {rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.label}</th>
                  <td>{row.theirs}</td>
                  <td>
                    {row.yours}
                    <span className="as-stated">{row.youChangedIt ? "you changed it too: yours replaces theirs" : "you left it: theirs stays"}</span>
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
        <Link href={discardHref} className="discard-link">
          Discard mine
        </Link>
      </div>
    </section>
  );
}
