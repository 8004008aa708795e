import { requireEditorPage } from "@/app/_components/common/editor-page-gate";
import { NewReportFlow } from "@/app/reports/new/_components/new-report-flow";

export const dynamic = "force-dynamic";
export const metadata = { title: "Add a report" };

export default async function NewReportPage() {
  const refusal = await requireEditorPage({ title: "Add a report", needs: "Adding reports", path: "/reports/new" });
  return refusal ?? <NewReportFlow />;
}
