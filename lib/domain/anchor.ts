// Anchors tie a claim to the exact words of its report: the W3C Web Annotation
// TextQuoteSelector (exact, prefix, suffix) plus TextPositionSelector (start, end), in UTF-16
// offsets as JavaScript strings count them. An anchor that no longer matches is reported,
// never silently moved: the analyst decides where the claim's words are now.

export type TextAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

export type AnchorCheck = { status: "ok" } | { status: "moved"; foundAt: number[] } | { status: "missing" };

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The anchor of text[start, end) with up to `context` characters either side, never cutting
 * an emoji or other surrogate pair in half at the context's outer edges.
 */
export function makeAnchor(text: string, start: number, end: number, context = 32): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`An anchor needs 0 ≤ start < end ≤ ${text.length}, integers; got ${start}–${end}.`);
  }
  if (!Number.isInteger(context) || context < 0) {
    throw new RangeError(`The context must be a whole number ≥ 0, not ${context}.`);
  }
  let prefixStart = Math.max(0, start - context);
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + context);
  if (suffixEnd > end && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

/**
 * "ok" when the anchor's offsets still hold its exact words; "moved" with every offset where
 * the words now occur (ascending) when they are elsewhere; "missing" when they are gone.
 */
export function checkAnchor(text: string, anchor: Pick<TextAnchor, "exact" | "start" | "end">): AnchorCheck {
  if (anchor.exact === "") return { status: "missing" };
  if (text.slice(anchor.start, anchor.end) === anchor.exact) return { status: "ok" };
  const foundAt: number[] = [];
  for (let at = text.indexOf(anchor.exact); at !== -1; at = text.indexOf(anchor.exact, at + 1)) {
    foundAt.push(at);
  }
  return foundAt.length > 0 ? { status: "moved", foundAt } : { status: "missing" };
}

export type HighlightAnchor = { id: string; start: number; end: number };

/** A run of the text covered by the same claims; no claim when `claimIds` is empty. */
export type HighlightSegment = { text: string; start: number; end: number; claimIds: string[] };

/**
 * The text cut into consecutive segments, from 0 to its length, each listing every claim
 * whose anchor covers it (in the order the anchors were given), so overlapping and nested
 * anchors render as plain nested-free spans. Anchors are clipped to the text; empty or
 * malformed ones are ignored. An empty text has no segments.
 */
export function highlightSegments(text: string, anchors: readonly HighlightAnchor[]): HighlightSegment[] {
  const usable = anchors.flatMap((anchor) => {
    if (!Number.isFinite(anchor.start) || !Number.isFinite(anchor.end)) return [];
    const start = Math.max(0, Math.trunc(anchor.start));
    const end = Math.min(text.length, Math.trunc(anchor.end));
    return start < end ? [{ id: anchor.id, start, end }] : [];
  });
  const cuts = [...new Set([0, text.length, ...usable.flatMap((anchor) => [anchor.start, anchor.end])])].sort((x, y) => x - y);
  const segments: HighlightSegment[] = [];
  cuts.forEach((start, index) => {
    const end = cuts[index + 1];
    if (end === undefined) return;
    const covering = usable.filter((anchor) => anchor.start <= start && anchor.end >= end).map((anchor) => anchor.id);
    segments.push({ text: text.slice(start, end), start, end, claimIds: [...new Set(covering)] });
  });
  return segments;
}
