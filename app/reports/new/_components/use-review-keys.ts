"use client";
// The review screen's keys: j/k move between cards, a accepts, r rejects, / goes to search.
// A key typed into a field belongs to the field, so nothing here fires from inputs, selects,
// text areas or editable text; Escape in a card's field hands the keys back to the card.
import { useEffect, useRef } from "react";

export type ReviewKeyActions = {
  move: (step: 1 | -1) => void;
  decide: (decision: "accepted" | "rejected") => void;
  search: () => void;
  leaveField: (field: HTMLElement) => void;
};

function isTypingInto(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, select, textarea, [contenteditable='true']") !== null;
}

export function useReviewKeys(actions: ReviewKeyActions) {
  // The latest actions, read when a key comes, so the listener is attached once.
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingInto(event.target)) {
        if (event.key === "Escape") latest.current.leaveField(event.target);
        return;
      }
      const act = {
        j: () => latest.current.move(1),
        k: () => latest.current.move(-1),
        a: () => latest.current.decide("accepted"),
        r: () => latest.current.decide("rejected"),
        "/": () => latest.current.search(),
      }[event.key];
      if (!act) return;
      event.preventDefault();
      act();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** The card element for a draft; focusable from script only, so Tab order stays the fields'. */
export function focusCard(key: string) {
  const card = document.getElementById(`claim-${key}-title`)?.closest("li");
  if (!card) return;
  card.setAttribute("tabindex", "-1");
  card.focus();
  card.scrollIntoView({ block: "nearest" });
}
