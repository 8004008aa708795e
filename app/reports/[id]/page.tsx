import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportReader } from "@/app/_components/report-reader";
import { getReportWithClaims } from "@/lib/data/reports";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await getReportWithClaims((await params).id);
  return { title: report?.title ?? "Report not found" };
}

export default async function ReportPage({ params }: Props) {
  const report = await getReportWithClaims((await params).id);
  if (!report) notFound();
  return <ReportReader report={report} />;
}
