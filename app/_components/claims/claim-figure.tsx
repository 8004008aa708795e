// A claim's figure in the analyst's words ("about 10,000 troops"), or a dash for claims
// that are not quantities. Shared by every claim list.
import type { Qualifier } from "@/lib/domain/vocabulary";
import { qualifierLabels } from "@/lib/domain/vocabulary";
import { formatNumber } from "@/lib/domain/format";

type FigureFields = { value: number | null; lower: number | null; upper: number | null; qualifier: Qualifier | null; unit: string | null };

export function figureText(claim: FigureFields): string | null {
  if (claim.value === null && claim.lower === null && claim.upper === null) return null;
  const unit = claim.unit ? ` ${claim.unit}` : "";
  if (claim.qualifier === "range" || claim.value === null) return `${formatNumber(claim.lower)}–${formatNumber(claim.upper)}${unit}`;
  const qualifier = claim.qualifier && claim.qualifier !== "exact" && claim.qualifier !== "unknown" ? `${qualifierLabels[claim.qualifier]} ` : "";
  return `${qualifier}${formatNumber(claim.value)}${unit}`;
}

export function ClaimFigure({ claim }: { claim: FigureFields }) {
  const text = figureText(claim);
  return text ? <span className="claim-figure">{text}</span> : <span className="meta">no figure</span>;
}
