"use client";
import { useState, useTransition } from "react";
import { prepareReport } from "@/app/reports/new/actions";
import type { ActionError } from "@/lib/http/action";
import { ErrorSummary } from "./error-summary";
import type { PreparedReport } from "./new-report-flow";

export function ReportInputForm({ onPrepared }: { onPrepared: (prepared: PreparedReport) => void }) {
  const [mode, setMode] = useState<"text" | "url">("text");
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    const publishedAt = String(form.get("publishedAt") ?? "");
    const input = mode === "text" ? { mode, text: String(form.get("text") ?? ""), publishedAt } : { mode, url: String(form.get("url") ?? ""), publishedAt };
    startTransition(async () => {
      const result = await prepareReport(input);
      if (result.ok) onPrepared(result.data);
      else setError(result.error);
    });
  }

  return (
    <form action={submit} className="stacked-form" aria-describedby="new-report-error">
      <fieldset className="mode-switch">
        <legend>Where the report comes from</legend>
        <label>
          <input type="radio" name="mode" value="text" checked={mode === "text"} onChange={() => setMode("text")} /> Paste its text
        </label>
        <label>
          <input type="radio" name="mode" value="url" checked={mode === "url"} onChange={() => setMode("url")} /> Fetch it from its address
        </label>
      </fieldset>
      {mode === "text" ? (
        <label>
          Report text
          <textarea name="text" rows={14} required placeholder="Paste the whole report, as published." />
        </label>
      ) : (
        <label>
          Address (URL)
          <input name="url" type="url" inputMode="url" required placeholder="https://…" />
        </label>
      )}
      <label className="narrow">
        Published on <span className="meta">(if known; a date found on the page is used otherwise)</span>
        <input name="publishedAt" type="date" />
      </label>
      <div id="new-report-error">
        <ErrorSummary error={error} />
      </div>
      <p>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Reading the report…" : "Propose claims"}
        </button>
      </p>
    </form>
  );
}
