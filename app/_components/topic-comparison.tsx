import Link from "next/link";
import type { TopicFigure } from "@/lib/data/claim-rows";
import { explainAll, type FigurePairExplanation } from "@/lib/domain/comparison";
import { independentOrigins, originatorOf } from "@/lib/domain/origins";
import { figureSpread } from "@/lib/domain/spread";
import { FigureStrip } from "./figure-strip";
import { formatDate, formatNumber, isoDay } from "./format";
import { ModalityTag, QualifierTag } from "./tags";

type Topic = { title: string; description: string | null; unit: string | null; measure: string | null };

const verdictWords: Record<FigurePairExplanation["verdict"], string> = {
  conflict: "Conflict.",
  differs: "Differs, with a reason.",
  agrees: "Agrees.",
  echo: "Same origin.",
};

export function TopicComparison({ topic, figures }: { topic: Topic; figures: TopicFigure[] }) {
  const spread = figureSpread(figures);
  const origins = independentOrigins(figures);
  const explanations = explainAll(figures);
  const conflicts = explanations.filter((explanation) => explanation.verdict === "conflict");
  const reportCount = new Set(figures.map((figure) => figure.reportId)).size;

  return (
    <>
      <p className="meta">
        <Link href="/">Topics</Link> ›
      </p>
      <h1>{topic.title}</h1>
      {topic.description ? <p className="lede">{topic.description}</p> : null}

      {figures.length === 0 ? (
        <p className="empty">No figures yet. Figures appear here when quantity claims are filed under this topic.</p>
      ) : (
        <>
          <ul className="summary" aria-label="Summary">
            <li>
              <span className="figure">
                {formatNumber(spread?.min)}–{formatNumber(spread?.max)}
              </span>
              <span className="label">spread, {topic.unit ?? "units"}</span>
            </li>
            <li>
              <span className="figure">{spread?.ratio ? `×${formatNumber(spread.ratio)}` : "—"}</span>
              <span className="label">highest ÷ lowest</span>
            </li>
            <li>
              <span className="figure">{origins.length}</span>
              <span className="label">
                independent {origins.length === 1 ? "origin" : "origins"} for {figures.length} figures in {reportCount}{" "}
                {reportCount === 1 ? "report" : "reports"}
              </span>
            </li>
            <li>
              <span className="figure">{conflicts.length}</span>
              <span className="label">{conflicts.length === 1 ? "conflict" : "conflicts"}</span>
            </li>
          </ul>

          <h2 id="chart-heading">Figures on one axis</h2>
          <FigureStrip figures={figures} origins={origins} labelledBy="chart-heading" />

          <h2 id="figures-heading">Every figure</h2>
          <FigureTable figures={figures} explanations={explanations} />

          <h2>Why the figures differ</h2>
          <p className={conflicts.length ? "has-conflict" : "no-conflict"}>
            {conflicts.length
              ? `${conflicts.length} ${conflicts.length === 1 ? "pair of figures conflicts" : "pairs of figures conflict"}: same thing, same time, figures that cannot both be true.`
              : "No conflict: every difference between these figures has a reason."}
          </p>
          <ul className="explanations">
            {explanations.map((explanation) => (
              <li key={`${explanation.a}-${explanation.b}`} className={explanation.verdict}>
                <span className="verdict">{verdictWords[explanation.verdict]}</span>
                {explanation.sentence}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function FigureTable({ figures, explanations }: { figures: TopicFigure[]; explanations: FigurePairExplanation[] }) {
  return (
    <div className="table-wrap">
      <table aria-labelledby="figures-heading">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Qualifier</th>
            <th scope="col">Modality</th>
            <th scope="col">Stance</th>
            <th scope="col">Originator</th>
            <th scope="col">Speaker / relay</th>
            <th scope="col">Differs from the others by</th>
            <th scope="col">Report</th>
            <th scope="col">Claimed</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const originator = originatorOf(figure);
            const intermediaries = figure.chain.filter((hop) => hop.sourceId !== originator?.sourceId);
            return (
              <tr key={figure.id}>
                <td className="number">
                  {formatNumber(figure.value)}
                  <span className="as-stated">“{figure.asStated ?? figure.anchorExact}”</span>
                </td>
                <td>
                  <QualifierTag qualifier={figure.qualifier} />
                </td>
                <td>
                  <ModalityTag modality={figure.modality} />
                </td>
                <td>{figure.stance}</td>
                <td>{originator?.sourceName ?? "—"}</td>
                <td>{intermediaries.length ? intermediaries.map((hop) => `${hop.sourceName} (${hop.role})`).join(", ") : "—"}</td>
                <td className="reasons-cell">{reasonsFor(figure.id, explanations)}</td>
                <td className="report-cell">
                  <Link href={`/reports/${figure.reportId}#claim-${figure.claimId}`}>{figure.reportTitle}</Link>
                </td>
                <td>
                  <time dateTime={isoDay(figure.claimedAt)}>{formatDate(figure.claimedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const reasonWords: Record<string, string> = {
  modality: "modality",
  period: "period",
  qualifier: "qualifier",
  echo: "same origin",
  unit: "unit",
};

function reasonsFor(figureId: string, explanations: FigurePairExplanation[]) {
  const involving = explanations.filter((explanation) => explanation.a === figureId || explanation.b === figureId);
  if (involving.some((explanation) => explanation.verdict === "conflict")) return <span className="has-conflict">conflict</span>;
  const reasons = [...new Set(involving.flatMap((explanation) => explanation.reasons))];
  return reasons.length ? reasons.map((reason) => reasonWords[reason] ?? reason).join(", ") : "—";
}
