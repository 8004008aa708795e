// One revision's differences: "Statement: before → after". A creation lists the values the
// claim started with, folded away, since every field is "new".
import type { HistoryEntry } from "@/lib/data/mutations/reads";
import { readableChanges } from "@/app/_components/claims/claim-history-values";

export function ClaimHistoryChanges({ entry, sourceNames }: { entry: HistoryEntry; sourceNames: Record<string, string> }) {
  const changes = readableChanges(entry.changes, sourceNames);
  if (entry.action === "create") {
    return (
      <details className="revision-created">
        <summary>The values it was created with</summary>
        <dl className="facts">
          {changes
            .filter((change) => change.after !== "—")
            .map((change) => (
              <div key={change.field} className="fact-row">
                <dt>{change.label}</dt>
                <dd>{change.after}</dd>
              </div>
            ))}
        </dl>
      </details>
    );
  }
  if (changes.length === 0) return <p className="meta">No field changed.</p>;
  return (
    <ul className="revision-changes" aria-label={`Changes in version ${entry.version}`}>
      {changes.map((change) => (
        <li key={change.field}>
          <span className="change-field">{change.label}:</span> <del>{change.before}</del> → <ins>{change.after}</ins>
        </li>
      ))}
    </ul>
  );
}
