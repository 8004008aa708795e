"use client";
// Adding a report: give its text or address, then review the proposed claims and save.
import { useState } from "react";
import type { prepareReport } from "@/app/reports/new/actions";
import { ReportInputForm } from "./report-input-form";
import { ReviewScreen } from "./review-screen";

export type PreparedReport = Extract<Awaited<ReturnType<typeof prepareReport>>, { ok: true }>["data"];

export function NewReportFlow() {
  const [prepared, setPrepared] = useState<PreparedReport | null>(null);
  return (
    <>
      <h1>Add a report</h1>
      {prepared ? (
        <ReviewScreen prepared={prepared} onStartOver={() => setPrepared(null)} />
      ) : (
        <>
          <p className="lede">
            Paste a report&apos;s text or give its address. The tracker proposes the claims in it, anchored to the exact words, with who said them; you accept,
            edit or reject each, add what it missed, and save.
          </p>
          <ReportInputForm onPrepared={setPrepared} />
        </>
      )}
    </>
  );
}
