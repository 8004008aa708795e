// The topic comparison page: the figures of one question, side by side, with the reason
// each differs from the others. Everything on it reflects the filters in the URL.
import Link from "next/link";
import type { TopicFigure } from "@/lib/data/claim-rows";
import type { KeysetPage } from "@/lib/data/keyset-page";
import { compareFigures } from "@/lib/domain/comparison";
import { topicSummarySentence } from "@/lib/domain/topic-summary";
import { independentOrigins } from "@/lib/domain/origins";
import { figureSpread } from "@/lib/domain/spread";
import { type FigurePosition, type TopicView, type ViewIssue, filterParams } from "@/lib/domain/topic-filters";
import { withPageSize } from "@/lib/schemas/topic-page";
import { chartSource } from "./chart-frame";
import { TimelineChart } from "./chart-timeline";
import { ValueChart } from "./chart-values";
import { TopicExplanations } from "./topic-explanations";
import { TopicFigureTable } from "./topic-figure-table";
import { TopicFilterForm } from "./topic-filters";
import { TopicAnswer } from "./topic-answer";
import { TopicSummary } from "./topic-summary";

type Topic = { slug: string; title: string; description: string | null; unit: string | null; measure: string | null };
/** How many pairs of each verdict the page puts in words (of the table's page's figures); the rest are counted. */
const pairsListed = 50;

/**
 * figures: every figure the filters leave (the summary, charts and counts cover them all);
 * table: the page of them the table shows. canEdit: the reader is an editor, who gets the link
 * to the topic's edit page.
 */
type Props = {
  topic: Topic;
  figures: TopicFigure[];
  totalFigures: number;
  table: KeysetPage<TopicFigure, FigurePosition>;
  /** Rows a page of the table (`size=`). */
  pageSize: number;
  view: TopicView;
  issues: ViewIssue[];
  canEdit?: boolean;
};

export function TopicComparison({ topic, figures, totalFigures, table, pageSize, view, issues, canEdit = false }: Props) {
  const path = `/topics/${topic.slug}`;
  const origins = independentOrigins(figures);
  // Only pairs with a figure of the table's page are put in words: the page weighs its rows, not the topic.
  const paged = table.rows.length < figures.length;
  // The charts too large for the page are fetched under the same filters (and rows a page, which their captions mention).
  const chartQuery = withPageSize(filterParams(view.filters), pageSize).toString();
  const comparison = compareFigures(figures, pairsListed, paged ? { shown: new Set(table.rows.map((figure) => figure.id)) } : undefined);
  return (
    <>
      <p className="meta">
        <Link href="/">Topics</Link> ›
      </p>
      <h1>{topic.title}</h1>
      {topic.description ? <p className="lede">{topic.description}</p> : null}
      {canEdit ? (
        <p className="claim-toolbar">
          <Link className="button-link" href={`${path}/edit`}>
            Edit this topic
          </Link>
        </p>
      ) : null}
      {totalFigures === 0 ? (
        <p className="empty">No figures yet. Figures appear here when quantity claims are filed under this topic.</p>
      ) : (
        <>
          {figures.length ? <TopicAnswer sentence={topicSummarySentence(figures, comparison)} conflicts={comparison.counts.conflict} /> : null}
          <TopicFilterForm view={view} issues={issues} path={path} slug={topic.slug} pageSize={pageSize} />
          {figures.length === 0 ? (
            <p className="empty">
              No figure matches these filters. <Link href={path}>Clear all filters</Link> to see the topic’s {totalFigures} figures.
            </p>
          ) : (
            <>
              <ValueChart
                origins={origins}
                spread={figureSpread(figures)}
                unit={topic.unit}
                paged={paged}
                src={chartSource(topic.slug, "values", chartQuery)}
              />
              <TopicSummary
                spread={figureSpread(figures)}
                unit={topic.unit}
                figureCount={figures.length}
                totalFigures={totalFigures}
                originCount={origins.length}
                reportCount={new Set(figures.map((figure) => figure.reportId)).size}
                conflictCount={comparison.counts.conflict}
              />
              <TopicExplanations comparison={comparison} paged={paged} />
              <TimelineChart origins={origins} src={chartSource(topic.slug, "time", chartQuery)} />
              <TopicFigureTable page={table} pageSize={pageSize} figureCount={figures.length} standings={comparison.standings} view={view} path={path} />
            </>
          )}
        </>
      )}
    </>
  );
}
