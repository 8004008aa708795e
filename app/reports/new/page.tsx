import Link from "next/link";
import { NewReportFlow } from "@/app/reports/new/_components/new-report-flow";
import { currentActor } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";

export const dynamic = "force-dynamic";
export const metadata = { title: "Add a report" };

export default async function NewReportPage() {
  const actor = await currentActor();
  if (!canWrite(actor)) {
    return (
      <>
        <h1>Add a report</h1>
        <p className="empty">
          Adding reports needs an editor&apos;s account. <Link href="/sign-in?next=/reports/new">Sign in</Link> to continue.
        </p>
      </>
    );
  }
  return <NewReportFlow />;
}
