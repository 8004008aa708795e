// The first thing an analyst reads: how far apart the figures are, and how many sources
// actually stand behind them (five reports of one briefing are one origin).
import type { FigureSpread } from "@/lib/domain/spread";
import { formatNumber } from "@/lib/domain/format";

type Props = {
  spread: FigureSpread | null;
  unit: string | null;
  figureCount: number;
  totalFigures: number;
  originCount: number;
  reportCount: number;
  conflictCount: number;
};

export function TopicSummary({ spread, unit, figureCount, totalFigures, originCount, reportCount, conflictCount }: Props) {
  return (
    <ul className="summary" aria-label="Summary">
      <li>
        <span className="figure">{spread ? `${formatNumber(spread.min)}–${formatNumber(spread.max)}` : "—"}</span>
        <span className="label">spread, {spread?.unit ?? unit ?? "units"}</span>
      </li>
      <li>
        <span className="figure">{spread?.ratio ? `×${formatNumber(spread.ratio)}` : "—"}</span>
        <span className="label">highest ÷ lowest</span>
      </li>
      <li>
        <span className="figure">
          {originCount} <span className="of">vs</span> {reportCount}
        </span>
        <span className="label">
          independent {originCount === 1 ? "origin" : "origins"} vs {reportCount === 1 ? "report" : "reports"}
        </span>
      </li>
      <li>
        <span className="figure">{figureCount === totalFigures ? figureCount : `${figureCount} of ${totalFigures}`}</span>
        <span className="label">{figureCount === totalFigures ? "figures" : "figures match the filters"}</span>
      </li>
      <li className={conflictCount ? "has-conflict-box" : undefined}>
        <span className="figure">{conflictCount}</span>
        <span className="label">{conflictCount === 1 ? "conflict" : "conflicts"}</span>
      </li>
    </ul>
  );
}
