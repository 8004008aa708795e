// W3C Web Annotation: one annotation per claim, anchored on its report with a
// TextQuoteSelector (exact words, prefix, suffix) and a TextPositionSelector (UTF-16 offsets),
// so annotation tools (Hypothesis and the like) can re-anchor the claim's words.
import type { ExportClaim } from "../claim-export";
import { webAnnotationContextUrl } from "./contexts";

export function webAnnotationOf(claim: ExportClaim, appUrl: string): Record<string, unknown> {
  return {
    "@context": webAnnotationContextUrl,
    id: `${appUrl}/claims/${claim.id}#annotation`,
    type: "Annotation",
    motivation: "describing",
    ...(claim.claimedAt ? { created: claim.claimedAt } : {}),
    body: { type: "TextualBody", value: claim.statement, format: "text/plain", language: "en", purpose: "describing" },
    target: {
      source: claim.reportUrl ?? `${appUrl}/reports/${claim.reportId}`,
      selector: [
        { type: "TextQuoteSelector", exact: claim.anchor.exact, prefix: claim.anchor.prefix, suffix: claim.anchor.suffix },
        { type: "TextPositionSelector", start: claim.anchor.start, end: claim.anchor.end },
      ],
    },
  };
}

/**
 * Finds an annotation's words in a text as an annotation tool would: the position first, if
 * the quote is still there; else the quote with its prefix and suffix; else the quote alone.
 */
export function reanchor(
  text: string,
  quote: { exact: string; prefix: string; suffix: string },
  position: { start: number; end: number },
): { start: number; end: number } | null {
  if (text.slice(position.start, position.end) === quote.exact) return position;
  const withContext = text.indexOf(quote.prefix + quote.exact + quote.suffix);
  if (withContext >= 0) return { start: withContext + quote.prefix.length, end: withContext + quote.prefix.length + quote.exact.length };
  const alone = text.indexOf(quote.exact);
  return alone >= 0 ? { start: alone, end: alone + quote.exact.length } : null;
}
