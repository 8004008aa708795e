"use client";
// Reviewing proposed claims: the text with every claim's words marked, the claims as
// editable cards, words the engine missed added from a selection, then one save.
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { reproposeClaims, saveReport } from "@/app/reports/new/actions";
import type { ActionError } from "@/lib/http/action";
import { restoreLines } from "@/lib/ingest/boilerplate";
import { type DraftClaim, draftFromCandidate, draftFromSelection, type ReportDetails, toSubmission } from "@/lib/review/draft";
import { ClaimCard } from "./claim-card";
import { DroppedLines } from "./dropped-lines";
import { ErrorSummary } from "./error-summary";
import type { PreparedReport } from "./new-report-flow";
import { ReportDetailsFields } from "./report-details-fields";
import { ReviewText } from "./review-text";
import { type TopicSelection, TopicPicker, topicChoiceOf } from "./topic-picker";

export function ReviewScreen({ prepared, onStartOver }: { prepared: PreparedReport; onStartOver: () => void }) {
  const router = useRouter();
  const [details, setDetails] = useState<ReportDetails>({ ...prepared.report, outletSourceId: null });
  const [dropped, setDropped] = useState(prepared.dropped);
  const [drafts, setDrafts] = useState<DraftClaim[]>(() => prepared.candidates.map((candidate, index) => draftFromCandidate(prepared.report.text, candidate, index)));
  const [topic, setTopic] = useState<TopicSelection>({ mode: "none" });
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const [serial, setSerial] = useState(1);

  const accepted = drafts.filter((draft) => draft.decision === "accepted").length;
  const marks = useMemo(() => drafts.filter((draft) => draft.decision === "accepted").map((draft) => ({ id: draft.key, start: draft.start, end: draft.end })), [drafts]);

  const update = (key: string, patch: Partial<DraftClaim>) => setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));

  function addFromSelection(start: number, end: number) {
    const draft = draftFromSelection(details.text, start, end, serial);
    setSerial(serial + 1);
    setDrafts((current) => [...current, draft].sort((a, b) => a.start - b.start));
    setActive(draft.key);
  }

  function restore(indexes: number[]) {
    const restored = restoreLines({ text: details.text, dropped }, indexes);
    startTransition(async () => {
      const result = await reproposeClaims({ text: restored.text, publishedAt: details.publishedAt });
      if (!result.ok) return setError(result.error);
      setDetails({ ...details, text: restored.text });
      setDropped(restored.dropped);
      setDrafts(result.data.map((candidate, index) => draftFromCandidate(restored.text, candidate, index)));
      setError(null);
    });
  }

  function save() {
    startTransition(async () => {
      const result = await saveReport(toSubmission(details, drafts, topicChoiceOf(topic)));
      if (result.ok) router.push(`/reports/${result.data.reportId}`);
      else setError(result.error);
    });
  }

  return (
    <div className="review">
      <ReportDetailsFields details={details} onChange={setDetails} knownSources={prepared.knownSources} />
      <DroppedLines dropped={dropped} onRestore={restore} disabled={pending} />
      <div className="review-layout">
        <ReviewText text={details.text} marks={marks} active={active} onChoose={setActive} onSelectWords={addFromSelection} />
        <section aria-labelledby="proposed-heading" className="review-claims">
          <h2 id="proposed-heading">
            Claims: {accepted} accepted of {drafts.length}
          </h2>
          <TopicPicker topics={prepared.topics} value={topic} onChange={setTopic} />
          {drafts.length === 0 ? <p className="empty">No claims proposed. Select words in the text to add one.</p> : null}
          <ol className="card-list">
            {drafts.map((draft, index) => (
              <ClaimCard
                key={draft.key}
                draft={draft}
                number={index + 1}
                words={details.text.slice(draft.start, draft.end)}
                knownSources={prepared.knownSources}
                active={active === draft.key}
                onFocus={() => setActive(draft.key)}
                onChange={(patch) => update(draft.key, patch)}
                reportDay={details.publishedAt}
              />
            ))}
          </ol>
        </section>
      </div>
      <ErrorSummary error={error} />
      <p className="actions">
        <button type="button" className="primary" onClick={save} disabled={pending || !details.title.trim()}>
          {pending ? "Saving…" : `Save the report and ${accepted} ${accepted === 1 ? "claim" : "claims"}`}
        </button>
        <button type="button" onClick={onStartOver} disabled={pending}>
          Start over
        </button>
      </p>
    </div>
  );
}
