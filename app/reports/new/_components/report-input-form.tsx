"use client";
// The first step: the report's text or address. Fetching a page can take a while (a slow site,
// redirects), so the wait shows how long it has run and can be cancelled: an address is
// fetched through the form's own route (../prepare), and cancelling aborts that request, which
// closes the server's fetch of the page too. A cancelled request's answer is dropped if it
// still comes, and the analyst can start again at once.
import { useEffect, useRef, useState } from "react";
import { prepareReport } from "@/app/reports/new/actions";
import type { ActionError } from "@/lib/http/action";
import { ErrorSummary } from "./error-summary";
import type { PreparedReport } from "./new-report-flow";

type Prepared = { ok: true; data: PreparedReport } | { ok: false; error: ActionError };

/** An address, through the form's route: the signal aborts the request, and with it the server's fetch. */
async function prepareByAddress(input: { mode: "url"; url: string; publishedAt: string }, signal: AbortSignal): Promise<Prepared> {
  const response = await fetch("/reports/new/prepare", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
    signal,
  });
  const body = (await response.json()) as PreparedReport | { error: ActionError & Record<string, unknown> };
  if (response.ok) return { ok: true, data: body as PreparedReport };
  const { code, message, issues, ...details } = (body as { error: ActionError & Record<string, unknown> }).error;
  return { ok: false, error: { code, message, issues, details } };
}

export function ReportInputForm({ onPrepared }: { onPrepared: (prepared: PreparedReport) => void }) {
  const [mode, setMode] = useState<"text" | "url">("text");
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, setPending] = useState<{ id: number; mode: "text" | "url"; startedAt: number } | null>(null);
  const [seconds, setSeconds] = useState(0);
  const requests = useRef(0);
  const current = useRef<number | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!pending) return;
    setSeconds(0);
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - pending.startedAt) / 1000)), 500);
    return () => clearInterval(timer);
  }, [pending]);

  async function submit(form: FormData) {
    const publishedAt = String(form.get("publishedAt") ?? "");
    const input = mode === "text" ? { mode, text: String(form.get("text") ?? ""), publishedAt } : { mode, url: String(form.get("url") ?? ""), publishedAt };
    const id = ++requests.current;
    current.current = id;
    setError(null);
    setPending({ id, mode, startedAt: Date.now() });
    const controller = new AbortController();
    inFlight.current = controller;
    const result = await (input.mode === "url" ? prepareByAddress(input, controller.signal) : prepareReport(input)).catch(() => ({
      ok: false as const,
      error: { code: "network", message: "The tracker could not be reached; try again." },
    }));
    if (current.current !== id) return; // cancelled, or a newer request replaced it
    current.current = null;
    inFlight.current = null;
    setPending(null);
    if (result.ok) onPrepared(result.data);
    else setError(result.error);
  }

  function cancel() {
    inFlight.current?.abort();
    inFlight.current = null;
    current.current = null;
    setPending(null);
  }

  return (
    <form
      onSubmit={(event) => {
        // Not a form action: a transition would hold the progress back until the answer came.
        event.preventDefault();
        void submit(new FormData(event.currentTarget));
      }}
      className="stacked-form"
      aria-describedby="new-report-error"
    >
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
      <p className="actions">
        <button type="submit" className="primary" disabled={pending !== null}>
          {pending ? "Reading the report…" : "Propose claims"}
        </button>
        {pending ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </p>
      {pending ? (
        <p role="status" className="meta fetch-progress">
          <progress aria-label={pending.mode === "url" ? "Fetching the page" : "Reading the text"} />{" "}
          {pending.mode === "url" ? "Fetching the page, then reading it for claims" : "Reading the text for claims"}… {seconds} s
        </p>
      ) : null}
    </form>
  );
}
