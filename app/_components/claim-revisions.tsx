// A claim's revisions, newest first: what was done, the version it left, when and by whom.
// Kept apart so that restore and diffs can be added here later.
import { formatDate } from "./format";

type Revision = { id: string; action: string; version: number; createdAt: Date; authorId: string | null };

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function ClaimRevisions({ revisions }: { revisions: Revision[] }) {
  if (revisions.length === 0) return <p className="empty">No revision recorded: this claim predates revision tracking.</p>;
  return (
    <ol className="revision-list" reversed aria-label="Revisions, newest first">
      {revisions.map((revision) => (
        <li key={revision.id}>
          <span className="revision-action">{revision.action}</span> · version {revision.version} ·{" "}
          <time dateTime={revision.createdAt.toISOString()}>
            {formatDate(revision.createdAt)} {timeFormat.format(revision.createdAt)} UTC
          </time>{" "}
          · by {revision.authorId ?? "system"}
        </li>
      ))}
    </ol>
  );
}
