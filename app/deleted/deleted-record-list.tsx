// The deleted records, one row each: what it is, who deleted it and when, and Restore.
import Link from "next/link";
import { ConfirmForm } from "@/app/_components/claims/claim-edit-confirm";
import { readableValue } from "@/app/_components/claims/claim-history-values";
import type { DeletedRecord } from "@/lib/data/deleted-records";
import { restoreDeletedRecord } from "./actions";

const kindWords: Record<DeletedRecord["type"], string> = { claim: "Claim", source: "Source", report: "Report", topic: "Topic" };

/** Where a restored record lives; sources and topics are addressed by slug, so the list links to their lists. */
const homeOf = (record: { type: DeletedRecord["type"]; id: string }) =>
  record.type === "claim" ? `/claims/${record.id}` : record.type === "report" ? `/reports/${record.id}` : record.type === "source" ? "/sources" : "/";

function RestoredNotice({ restored }: { restored: string | null }) {
  const match = restored ? /^(claim|source|report|topic)-([A-Za-z0-9_-]{1,64})$/.exec(restored) : null;
  if (!match) return null;
  const record = { type: match[1] as DeletedRecord["type"], id: match[2]! };
  return (
    <p className="notice" role="status">
      Restored the {record.type}. <Link href={homeOf(record)}>Open it</Link>
    </p>
  );
}

export function DeletedRecordList({ records, restored }: { records: DeletedRecord[]; restored: string | null }) {
  return (
    <>
      <RestoredNotice restored={restored} />
      {records.length === 0 ? (
        <p className="empty">Nothing is deleted.</p>
      ) : (
        <div className="table-wrap">
          <table className="deleted-table">
            <caption className="visually-hidden">Deleted records, most recently deleted first</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Record</th>
                <th scope="col">Deleted</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={`${record.type}-${record.id}`}>
                  <td>{kindWords[record.type]}</td>
                  <td className="statement-cell">{record.type === "claim" ? <Link href={`/claims/${record.id}`}>{record.title}</Link> : record.title}</td>
                  <td>
                    {readableValue("deletedAt", record.deletedAt.toISOString(), {})}
                    <span className="as-stated">by {record.deletedBy ?? "the system"}</span>
                  </td>
                  <td>
                    <ConfirmForm
                      action={restoreDeletedRecord}
                      fields={{ type: record.type, id: record.id, version: record.version, back: "list" }}
                      confirmLabel="Restore"
                      confirmName={`Restore ${record.type} “${record.title}”`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
