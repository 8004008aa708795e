"use client";
// The report's text with the accepted claims' words marked. Each slice carries its offset,
// so selected words map back to exact positions in the text for a new claim.
import { useState } from "react";
import { highlightSegments } from "@/lib/domain/anchor";

type Props = {
  text: string;
  marks: { id: string; start: number; end: number }[];
  active: string | null;
  onChoose: (id: string) => void;
  onSelectWords: (start: number, end: number) => void;
};

function offsetOf(node: Node | null, offsetInNode: number): number | null {
  const slice = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  const start = slice?.closest("[data-start]")?.getAttribute("data-start");
  return start === null || start === undefined ? null : Number(start) + offsetInNode;
}

export function ReviewText({ text, marks, active, onChoose, onSelectWords }: Props) {
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);

  function readSelection() {
    const range = window.getSelection()?.rangeCount ? window.getSelection()!.getRangeAt(0) : null;
    if (!range || range.collapsed) return setSelection(null);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return setSelection(null);
    // Trim spaces the selection caught at either end.
    const words = text.slice(start, end);
    const leading = words.length - words.trimStart().length;
    const trailing = words.length - words.trimEnd().length;
    setSelection(start + leading < end - trailing ? { start: start + leading, end: end - trailing } : null);
  }

  return (
    <section aria-labelledby="review-text-heading" className="review-text-pane">
      <h2 id="review-text-heading">The report&apos;s text</h2>
      <p className="meta">Select words the engine missed, then add them as a claim.</p>
      <div className="report-text" role="region" onMouseUp={readSelection} onKeyUp={readSelection} aria-label="Report text under review">
        {highlightSegments(text, marks).map((segment) =>
          segment.claimIds.length === 0 ? (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          ) : (
            // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the text is a pointer shortcut; the claim list beside it is the keyboard way
            <mark
              key={segment.start}
              data-start={segment.start}
              className={active && segment.claimIds.includes(active) ? "active" : undefined}
              onClick={() => onChoose(segment.claimIds[0]!)}
            >
              {segment.text}
            </mark>
          ),
        )}
      </div>
      <p className="selection-bar">
        <button
          type="button"
          disabled={!selection}
          onClick={() => {
            if (selection) onSelectWords(selection.start, selection.end);
            setSelection(null);
          }}
        >
          Add a claim from the selected words
        </button>{" "}
        {selection ? <span className="meta">“{text.slice(selection.start, selection.end).slice(0, 80)}”</span> : null}
      </p>
    </section>
  );
}
