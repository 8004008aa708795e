// Every figure of the topic, sortable by column through links (the order lives in the URL,
// the server sorts), each header saying how the table is sorted (aria-sort).
import Link from "next/link";
import type { TopicFigure } from "@/lib/data/claim-rows";
import type { FigureStanding } from "@/lib/domain/comparison";
import { originatorOf } from "@/lib/domain/origins";
import { sortLinkFor, viewParams, type SortColumn, type TopicView } from "@/lib/domain/topic-filters";
import { figureWords } from "@/lib/domain/wording";
import { formatDate, isoDay } from "@/lib/domain/format";
import { measureLabels } from "@/lib/domain/vocabulary";
import { reasonWord } from "./reason-words";
import { GradeTag, ModalityTag, QualifierTag } from "@/app/_components/common/tags";

// Nine columns that fit 1280 px: the qualifier sits in the figure's cell (sorting by it stays
// possible through the URL), measure and scope share one cell.
const columns: { column: SortColumn | null; label: string; className?: string }[] = [
  { column: "value", label: "Figure", className: "number" },
  { column: null, label: "Counts · where" },
  { column: "modality", label: "Modality" },
  { column: "stance", label: "Stance" },
  { column: "originator", label: "Originator → relays" },
  { column: null, label: "Differs by" },
  { column: "report", label: "Report" },
  { column: null, label: "As of" },
  { column: "claimed", label: "Claimed" },
];

function MeasureScopeCell({ figure }: { figure: TopicFigure }) {
  const { scope } = figure;
  // An unset measure or area is left blank ("—"), not spelled out on every row.
  return (
    <td className="measure-cell">
      <span className="measure">{figure.measure ? measureLabels[figure.measure] : "—"}</span>
      {scope ? (
        <span className="scope">
          {scope.name}
          {scope.within.length ? <span className="within"> in {scope.within.join(", ")}</span> : null}
          {scope.level === null ? <span className="within"> (not in the gazetteer)</span> : null}
        </span>
      ) : null}
    </td>
  );
}

function SortableHeader({ column, label, className, view, path }: { column: SortColumn; label: string; className?: string; view: TopicView; path: string }) {
  const sorted = view.sort.column === column ? view.sort.direction : null;
  const query = viewParams(sortLinkFor(view, column)).toString();
  return (
    <th scope="col" className={className} aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
      <Link href={`${path}${query ? `?${query}` : ""}`} className="sort-link">
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
        </span>
      </Link>
    </th>
  );
}

function ChainCell({ figure }: { figure: TopicFigure }) {
  const originator = originatorOf(figure);
  const others = figure.chain.map((hop, index) => ({ hop, slug: figure.chainSlugs[index] })).filter(({ hop }) => hop.sourceId !== originator?.sourceId);
  const slugOf = (sourceId: string) => figure.chainSlugs[figure.chain.findIndex((hop) => hop.sourceId === sourceId)];
  return (
    <td>
      {originator ? <Link href={`/sources/${slugOf(originator.sourceId)}`}>{originator.sourceName}</Link> : "Unattributed"}
      {others.map(({ hop, slug }) => (
        <span key={hop.sourceId} className="chain-step">
          {" → "}
          <Link href={`/sources/${slug}`}>{hop.sourceName}</Link> ({hop.role})
        </span>
      ))}
    </td>
  );
}

function reasonsFor(standing: FigureStanding | undefined) {
  if (standing?.conflicts) return <span className="has-conflict">conflict</span>;
  const reasons = [...(standing?.reasons ?? [])].map(reasonWord);
  // A later, lower count of something that only grows is shown, though it is no conflict.
  if (standing?.revisedDown) reasons.push("revised down");
  return reasons.length ? reasons.join(", ") : "—";
}

/**
 * Rows the table shows, as many as a page of the claims list it links to; a larger topic is
 * narrowed with the filters or paged there (a row weighs about 1.7 KB of HTML and React payload).
 */
export const figureRowsShown = 50;

type Props = { figures: TopicFigure[]; standings: Map<string, FigureStanding>; view: TopicView; path: string; topicSlug: string };

export function TopicFigureTable({ figures: all, standings, view, path, topicSlug }: Props) {
  const figures = all.slice(0, figureRowsShown);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{figures.length < all.length ? "Figures" : "Every figure"}</h2>
      {figures.length < all.length ? (
        <p className="meta">
          The first {figures.length} of {all.length} figures in this order (the charts and the pairs below count them all). Narrow them with the filters, or{" "}
          <Link href={`/claims?topic=${encodeURIComponent(topicSlug)}&kind=quantity`}>page through the topic’s figures in the claims list</Link>.
        </p>
      ) : null}
      <div className="table-wrap">
        <table aria-labelledby="figures-heading" id="figures-table">
          <thead>
            <tr>
              {columns.map(({ column, label, className }) =>
                column ? (
                  <SortableHeader key={label} column={column} label={label} className={className} view={view} path={path} />
                ) : (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr key={figure.id}>
                <td className="number">
                  {figureWords(figure)} <span className="unit">{figure.unit}</span>
                  <GradeTag grade={figure.grade} />
                  <span className="as-stated">“{figure.asStated ?? figure.anchorExact}”</span>
                  <QualifierTag qualifier={figure.qualifier} />
                </td>
                <MeasureScopeCell figure={figure} />
                <td>
                  <ModalityTag modality={figure.modality} />
                </td>
                <td>{figure.stance}</td>
                <ChainCell figure={figure} />
                <td className="reasons-cell">{reasonsFor(standings.get(figure.id))}</td>
                <td className="report-cell">
                  <Link href={`/reports/${figure.reportId}#claim-${figure.claimId}`}>{figure.reportTitle}</Link>
                </td>
                <td className="date-cell">
                  <time dateTime={isoDay(figure.asOf)}>{formatDate(figure.asOf)}</time>
                </td>
                <td className="date-cell">
                  <time dateTime={isoDay(figure.claimedAt)}>{formatDate(figure.claimedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
