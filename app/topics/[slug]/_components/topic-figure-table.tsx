// The topic's figures, 50 a page, sortable by column through links (the order and the page
// live in the URL, the server sorts and pages: ADR 0028), each header saying how the table is
// sorted (aria-sort). Each row has the id `figure-<claim id>`, which the claim page links to.
// Its links are plain `<a>`s under one SoftLinks, as in the claims table (ADR 0029).
import { Pagination } from "@/app/_components/common/pagination";
import { SoftLinks } from "@/app/_components/common/soft-links";
import { type FigureRow, FigureRows } from "./figure-rows";
import type { TopicFigure as Row } from "@/lib/data/claim-rows";
import type { KeysetPage } from "@/lib/data/keyset-page";
import type { FigureStanding } from "@/lib/domain/comparison";
import { originatorOf } from "@/lib/domain/origins";
import { type FigurePosition, sortLinkFor, viewParams, type SortColumn, type TopicView } from "@/lib/domain/topic-filters";
import { formatNumber } from "@/lib/domain/format";
import { encodeFigurePosition, withPageSize } from "@/lib/schemas/topic-page";
import { figureWords } from "@/lib/domain/wording";
import { formatDate, isoDay } from "@/lib/domain/format";
import { measureLabels } from "@/lib/domain/vocabulary";
import { reasonWord } from "./reason-words";

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

function SortableHeader({
  column,
  label,
  className,
  view,
  path,
  pageSize,
}: {
  column: SortColumn;
  label: string;
  className?: string;
  view: TopicView;
  path: string;
  pageSize: number;
}) {
  const sorted = view.sort.column === column ? view.sort.direction : null;
  // A new order starts at its first page, with the same rows a page.
  const query = withPageSize(viewParams(sortLinkFor(view, column)), pageSize).toString();
  return (
    <th scope="col" className={className} aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}>
      <a href={`${path}${query ? `?${query}` : ""}`} className="sort-link">
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
        </span>
      </a>
    </th>
  );
}

/** A row as the client component draws it: every word and date formatted here, once. */
function figureRow(figure: Row, standing: FigureStanding | undefined): FigureRow {
  const originator = originatorOf(figure);
  const hops = figure.chain.map((hop, index): [string, string, string] => [figure.chainSlugs[index] ?? "", hop.sourceName, hop.role]);
  const first = originator ? figure.chain.findIndex((hop) => hop.sourceId === originator.sourceId) : -1;
  const { scope } = figure;
  const within = scope ? `${scope.within.length ? ` in ${scope.within.join(", ")}` : ""}${scope.level === null ? " (not in the gazetteer)" : ""}` : "";
  return [
    figure.claimId,
    figureWords(figure),
    figure.unit,
    figure.grade,
    figure.asStated ?? figure.anchorExact,
    figure.qualifier,
    // An unset measure or area is left blank ("—"), not spelled out on every row.
    figure.measure ? measureLabels[figure.measure] : "—",
    scope ? [scope.name, within] : null,
    figure.modality,
    figure.stance,
    first >= 0 ? [hops[first]![0], hops[first]![1], null] : null,
    hops.filter((_, index) => figure.chain[index]?.sourceId !== originator?.sourceId),
    reasonsFor(standing),
    [figure.reportId, figure.reportTitle],
    [isoDay(figure.asOf), formatDate(figure.asOf)],
    [isoDay(figure.claimedAt), formatDate(figure.claimedAt)],
  ];
}

/** The reasons this figure differs from others, or null when it is in a conflict. */
function reasonsFor(standing: FigureStanding | undefined): string | null {
  if (standing?.conflicts) return null;
  const reasons = [...(standing?.reasons ?? [])].map(reasonWord);
  // A later, lower count of something that only grows is shown, though it is no conflict.
  if (standing?.revisedDown) reasons.push("revised down");
  return reasons.length ? reasons.join(", ") : "—";
}

/** The link to this view (filters and order) at another page of the table. */
function pageLink(path: string, view: TopicView, pageSize: number, cursor: { after?: FigurePosition; before?: FigurePosition }): string {
  const params = withPageSize(viewParams(view), pageSize);
  if (cursor.after) params.set("after", encodeFigurePosition(cursor.after));
  if (cursor.before) params.set("before", encodeFigurePosition(cursor.before));
  return `${path}?${params}#figures-heading`;
}

type Props = {
  page: KeysetPage<Row, FigurePosition>;
  pageSize: number;
  figureCount: number;
  standings: Map<string, FigureStanding>;
  view: TopicView;
  path: string;
};

export function TopicFigureTable({ page, pageSize, figureCount, standings, view, path }: Props) {
  const figures = page.rows;
  const paged = figures.length < figureCount;
  const pager = (
    <Pagination
      label="Pages of figures"
      previousHref={page.previous ? pageLink(path, view, pageSize, { before: page.previous }) : null}
      nextHref={page.next ? pageLink(path, view, pageSize, { after: page.next }) : null}
    />
  );
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{paged ? "Figures" : "Every figure"}</h2>
      {paged ? (
        <p className="meta">
          {formatNumber(figureCount)} figures, {formatNumber(pageSize)} a page in the sorted column’s order. The charts, counts and summary cover them all; the
          pairs above are those with a figure on this page.
        </p>
      ) : null}
      {pager}
      <SoftLinks>
        <div className="table-wrap">
          <table aria-labelledby="figures-heading" id="figures-table">
            <thead>
              <tr>
                {columns.map(({ column, label, className }) =>
                  column ? (
                    <SortableHeader key={label} column={column} label={label} className={className} view={view} path={path} pageSize={pageSize} />
                  ) : (
                    <th key={label} scope="col">
                      {label}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            {/* Cells carry no class each (50 rows of bytes): globals.css styles the columns by position. */}
            <FigureRows rows={figures.map((figure) => figureRow(figure, standings.get(figure.id)))} />
          </table>
        </div>
      </SoftLinks>
      {pager}
    </section>
  );
}
