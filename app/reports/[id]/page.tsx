import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReportReader } from "@/app/reports/[id]/_components/report-reader";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { getReportWithClaims } from "@/lib/data/reports";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const loadReport = cache(async (id: string) => getReportWithClaims(await readerOrSignIn(`/reports/${id}`), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadReport((await params).id);
  return { title: report?.title ?? "Report not found" };
}

export default async function ReportPage({ params }: Props) {
  const report = await loadReport((await params).id);
  if (!report) notFound();
  return <ReportReader report={report} />;
}
