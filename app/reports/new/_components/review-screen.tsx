"use client";
// Reviewing proposed claims: the text with every claim's words marked, the claims as
// editable cards, words the engine missed added from a selection, then one save.
import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { reproposeClaims, saveReport } from "@/app/reports/new/actions";
import type { ActionError } from "@/lib/http/action";
import { restoreLines } from "@/lib/ingest/boilerplate";
import { type DraftClaim, draftFromCandidate, draftFromSelection, type ReportDetails, toSubmission } from "@/lib/review/draft";
import { inTopicByDefault } from "@/lib/review/topic-fit";
import { ClaimCard } from "./claim-card";
import { DroppedLines } from "./dropped-lines";
import { ErrorSummary } from "./error-summary";
import type { PreparedReport } from "./new-report-flow";
import { ReportDetailsFields } from "./report-details-fields";
import { ReviewBar, ReviewKeysHelp } from "./review-bar";
import { ReviewText } from "./review-text";
import { type TopicSelection, topicChoiceOf } from "./topic-picker";
import { focusCard, useReviewKeys } from "./use-review-keys";

/** The unit the chosen topic compares: an existing topic's (offered with it), or the one typed for a new topic. */
function topicUnitOf(selection: TopicSelection): string | null {
  if (selection.mode === "existing") return selection.topic.unit;
  return selection.mode === "new" ? selection.unit : null;
}

/** Drafts ticked "in the topic" by what they count; a tick the analyst set stays as set. */
function tickedFor(drafts: DraftClaim[], unit: string | null, setByAnalyst: ReadonlySet<string>) {
  return drafts.map((draft) => (setByAnalyst.has(draft.key) ? draft : { ...draft, inTopic: inTopicByDefault(draft, unit) }));
}

export function ReviewScreen({ prepared, onStartOver }: { prepared: PreparedReport; onStartOver: () => void }) {
  const router = useRouter();
  const [details, setDetails] = useState<ReportDetails>(prepared.report);
  const [dropped, setDropped] = useState(prepared.dropped);
  const [drafts, setDrafts] = useState<DraftClaim[]>(() =>
    tickedFor(
      prepared.candidates.map((candidate, index) => draftFromCandidate(prepared.report.text, candidate, index)),
      null,
      new Set(),
    ),
  );
  const [topic, setTopic] = useState<TopicSelection>({ mode: "none" });
  const [tickedByAnalyst, setTickedByAnalyst] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState<string | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const [serial, setSerial] = useState(1);

  const accepted = drafts.filter((draft) => draft.decision === "accepted").length;
  const marks = useMemo(
    () => drafts.filter((draft) => draft.decision === "accepted").map((draft) => ({ id: draft.key, start: draft.start, end: draft.end })),
    [drafts],
  );

  const update = (key: string, patch: Partial<DraftClaim>) => {
    if (patch.inTopic !== undefined) setTickedByAnalyst((keys) => new Set(keys).add(key));
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));
  };

  function chooseTopic(next: TopicSelection) {
    setTopic(next);
    setDrafts((current) => tickedFor(current, topicUnitOf(next), tickedByAnalyst));
  }

  useReviewKeys({
    move(step) {
      const index = drafts.findIndex((draft) => draft.key === active);
      const next = drafts[index === -1 ? (step === 1 ? 0 : drafts.length - 1) : Math.min(Math.max(index + step, 0), drafts.length - 1)];
      if (!next) return;
      setActive(next.key);
      focusCard(next.key);
    },
    decide(decision) {
      if (active) update(active, { decision });
    },
    search: () => document.getElementById("site-search")?.focus(),
    leaveField(field) {
      // Focus entering a card made it the active one, so Escape returns to that card; from
      // any other field (the search, the report's details) it just hands the keys back.
      if (active && field.closest(".claim-card")) focusCard(active);
      else field.blur();
    },
  });

  function addFromSelection(start: number, end: number) {
    const selected = draftFromSelection(details.text, start, end, serial);
    const draft = { ...selected, inTopic: inTopicByDefault(selected, topicUnitOf(topic)) };
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
      setDrafts(
        tickedFor(
          result.data.map((candidate, index) => draftFromCandidate(restored.text, candidate, index)),
          topicUnitOf(topic),
          new Set(),
        ),
      );
      setTickedByAnalyst(new Set());
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
      <ReviewBar
        accepted={accepted}
        total={drafts.length}
        topic={topic}
        onTopic={chooseTopic}
        canSave={details.title.trim() !== ""}
        pending={pending}
        onSave={save}
        onStartOver={onStartOver}
      >
        <ErrorSummary error={error} />
      </ReviewBar>
      <ReportDetailsFields details={details} onChange={setDetails} />
      <DroppedLines dropped={dropped} onRestore={restore} disabled={pending} />
      <div className="review-layout">
        <ReviewText text={details.text} marks={marks} active={active} onChoose={setActive} onSelectWords={addFromSelection} />
        <section aria-labelledby="proposed-heading" className="review-claims">
          <h2 id="proposed-heading">Proposed claims</h2>
          <ReviewKeysHelp />
          {drafts.length === 0 ? <p className="empty">No claims proposed. Select words in the text to add one.</p> : null}
          <ol className="card-list">
            {drafts.map((draft, index) => (
              <ClaimCard
                key={draft.key}
                draft={draft}
                number={index + 1}
                words={details.text.slice(draft.start, draft.end)}
                active={active === draft.key}
                onFocus={() => setActive(draft.key)}
                onChange={(patch) => update(draft.key, patch)}
                reportDay={details.publishedAt}
              />
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
