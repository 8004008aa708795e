"use client";
// Choose a file → dry run (every row as it will be saved, errors by column) → save, which the
// server refuses unless every row is clean. The same file is sent again to save: the server
// checks it afresh rather than trusting a plan the browser kept.
import Link from "next/link";
import { useState } from "react";
import type { ImportPlan, PlannedRow } from "@/lib/data/claim-import";
import type { ImportSaved } from "@/lib/data/claim-import-save";

type Answer = ImportPlan & { mode: "dry-run" | "save"; saved: ImportSaved | null };
type Failure = { message: string; issues?: { path: string; message: string }[] };

const shownRows = 500;

async function send(file: File, mode: "dry-run" | "save"): Promise<{ answer: Answer } | { failure: Failure }> {
  const form = new FormData();
  form.set("file", file);
  const response = await fetch(`/api/v1/import/claims?mode=${mode}`, { method: "POST", body: form });
  const body = await response.json().catch(() => null);
  if (!response.ok) return { failure: body?.error ?? { message: `The server answered ${response.status}` } };
  return { answer: body as Answer };
}

export function ImportFlow() {
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<"dry-run" | "save" | null>(null);

  async function run(mode: "dry-run" | "save") {
    if (!file) return;
    setBusy(mode);
    setFailure(null);
    const result = await send(file, mode);
    setBusy(null);
    if ("failure" in result) setFailure(result.failure);
    else setAnswer(result.answer);
  }

  return (
    <>
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run("dry-run");
        }}
      >
        <label>
          Spreadsheet (CSV or XLSX){" "}
          <input
            type="file"
            name="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setAnswer(null);
              setFailure(null);
            }}
          />
        </label>
        <button type="submit" disabled={!file || busy !== null}>
          {busy === "dry-run" ? "Checking…" : "Check the rows (nothing is saved)"}
        </button>
      </form>
      {failure && (
        <div className="problem" role="alert">
          <p>{failure.message}</p>
          {failure.issues && (
            <ul>
              {failure.issues.slice(0, 50).map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>
                  {issue.path}: {issue.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {answer && <ImportResult answer={answer} busy={busy} onSave={() => void run("save")} />}
    </>
  );
}

function ImportResult({ answer, busy, onSave }: { answer: Answer; busy: string | null; onSave: () => void }) {
  const withErrors = answer.rows.filter((row) => row.errors.length > 0);
  if (answer.saved) {
    return (
      <p className="notice" role="status">
        Saved {answer.saved.claims} claims from {answer.fileName}: {answer.saved.reports} new reports, {answer.saved.sources} new sources.{" "}
        <Link href="/claims">See the claims</Link>.
      </p>
    );
  }
  return (
    <section aria-labelledby="dry-run-heading">
      <h2 id="dry-run-heading">
        Dry run of {answer.fileName}: {answer.rows.length} rows, {withErrors.length === 0 ? "no errors" : `${withErrors.length} with errors`}
      </h2>
      <ul className="summary">
        <li>
          <span className="figure">{answer.rows.length}</span> <span className="label">claims</span>
        </li>
        <li>
          <span className="figure">{answer.reports.filter((report) => !report.existingId).length}</span> <span className="label">new reports</span>
        </li>
        <li>
          <span className="figure">{answer.newSources.length}</span> <span className="label">new sources</span>
        </li>
      </ul>
      {answer.ignoredColumns.length > 0 && <p className="import-hint">Columns not imported: {answer.ignoredColumns.join(", ")}.</p>}
      {withErrors.length > 0 ? (
        <div className="problem" role="alert">
          <p>
            {withErrors.length} row{withErrors.length === 1 ? " has" : "s have"} errors; nothing can be saved until the file is fixed and checked again.
          </p>
          <ul aria-label="Row errors">
            {withErrors.slice(0, shownRows).map((row) => (
              <li key={row.line} className="row-error">
                Row {row.line}: {row.errors.map((error) => `${error.column}: ${error.message}`).join("; ")}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="actions">
          <button type="button" onClick={onSave} disabled={busy !== null}>
            {busy === "save" ? "Saving…" : `Save all ${answer.rows.length} claims`}
          </button>
        </p>
      )}
      {answer.newSources.length > 0 && <p>New sources (kind “other”, to be described later): {answer.newSources.join(", ")}.</p>}
      <div className="table-wrap">
        <table className="import-rows">
          <caption className="visually-hidden">Each row as it will be saved</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Statement</th>
              <th scope="col">Figure</th>
              <th scope="col">Chain</th>
              <th scope="col">Report</th>
              <th scope="col">Errors</th>
            </tr>
          </thead>
          <tbody>
            {answer.rows.slice(0, shownRows).map((row) => (
              <PlannedRowView key={row.line} row={row} report={answer.reports[row.report]!} />
            ))}
          </tbody>
        </table>
      </div>
      {answer.rows.length > shownRows && <p className="import-hint">The first {shownRows} rows are shown; every row was checked.</p>}
    </section>
  );
}

function PlannedRowView({ row, report }: { row: PlannedRow; report: ImportPlan["reports"][number] }) {
  return (
    <tr className={row.errors.length ? "has-errors" : undefined}>
      <td className="number" data-label="Row">
        {row.line}
      </td>
      <td data-label="Statement">
        {row.statement}
        {row.anchor.exact && <span className="as-stated">anchored on “{row.anchor.exact}”</span>}
      </td>
      <td data-label="Figure">
        {row.value !== null && (
          <>
            {row.qualifier && row.qualifier !== "exact" ? `${row.qualifier.replace("_", " ")} ` : ""}
            {row.lower !== null ? `${row.lower}–${row.upper}` : row.value} {row.unit}
          </>
        )}
        <span className="as-stated">
          {[row.measure, row.modality !== "unknown" ? row.modality : null, row.claimedAt, row.place].filter(Boolean).join(" · ")}
        </span>
      </td>
      <td data-label="Chain">{row.chain.map((hop) => `${hop.sourceName}${hop.isNew ? " (new source)" : ""}`).join(" → ")}</td>
      <td data-label="Report">
        {report.title} {report.existingId ? <span className="tag">existing</span> : <span className="tag">new</span>}
      </td>
      <td data-label="Errors">
        {row.errors.map((error) => (
          <span key={error.column} className="flag as-stated">
            {error.column}: {error.message}
          </span>
        ))}
      </td>
    </tr>
  );
}
