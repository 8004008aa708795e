"use client";
// What stays in view while the analyst works down a long list of cards: how many claims are
// accepted, the topic they are filed under, and the one Save (a single atomic write).
import type { ReactNode } from "react";
import { type TopicSelection, TopicPicker } from "./topic-picker";

type Props = {
  accepted: number;
  total: number;
  topic: TopicSelection;
  onTopic: (topic: TopicSelection) => void;
  canSave: boolean;
  pending: boolean;
  onSave: () => void;
  onStartOver: () => void;
  /** What went wrong with the last save, kept in view beside the button that failed. */
  children?: ReactNode;
};

export function ReviewBar({ accepted, total, topic, onTopic, canSave, pending, onSave, onStartOver, children }: Props) {
  return (
    <section className="review-bar" aria-label="Review progress and save">
      <p className="review-count" role="status">
        <strong>{accepted}</strong> accepted of {total}
      </p>
      <TopicPicker value={topic} onChange={onTopic} />
      <p className="review-bar-actions">
        <button type="button" className="primary" onClick={onSave} disabled={pending || !canSave}>
          {pending ? "Saving…" : `Save the report and ${accepted} ${accepted === 1 ? "claim" : "claims"}`}
        </button>
        <button type="button" onClick={onStartOver} disabled={pending}>
          Start over
        </button>
        {canSave ? null : <span className="meta">Give the report a title to save it.</span>}
      </p>
      {children}
    </section>
  );
}

export function ReviewKeysHelp() {
  return (
    <p className="meta review-keys">
      Keys: <kbd>j</kbd> next claim, <kbd>k</kbd> previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>/</kbd> search. Keys typed in a field stay in the
      field; <kbd>Esc</kbd> leaves it.
    </p>
  );
}
