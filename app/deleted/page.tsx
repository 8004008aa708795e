import type { Metadata } from "next";
import { DeletedRecordList } from "./deleted-record-list";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canAdminister } from "@/lib/data/actor";
import { deletedRecordsShown, listDeletedRecords } from "@/lib/data/deleted-records";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Deleted records" };

type Props = { searchParams: Promise<{ restored?: string | string[] }> };

export default async function DeletedRecordsPage({ searchParams }: Props) {
  const actor = await readerOrSignIn("/deleted");
  if (!canAdminister(actor)) {
    return (
      <>
        <h1>Deleted records</h1>
        <p className="problem" role="alert">
          Only administrators see and restore deleted records.
        </p>
      </>
    );
  }
  const [records, { restored }] = await Promise.all([listDeletedRecords(actor), searchParams]);
  return (
    <>
      <h1>Deleted records</h1>
      <p className="lede">
        Claims, sources, reports and topics that editors deleted. Nothing is erased: restoring brings a record back as a new version, with its whole history. Up
        to {deletedRecordsShown} of each kind, most recently deleted first.
      </p>
      <DeletedRecordList records={records} restored={typeof restored === "string" ? restored : null} />
    </>
  );
}
