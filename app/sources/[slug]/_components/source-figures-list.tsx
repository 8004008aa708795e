// The source page's "Its figures over time": a chart and table per topic. A source that gave
// figures on many topics would weigh a chart per topic, so only the topics where it gave the
// most figures are drawn; the others are links to its figures in the claims list.
import Link from "next/link";
import type { SourceProfile } from "@/lib/data/sources";
import { formatNumber } from "@/lib/domain/format";
import { SourceFigures } from "./source-figures";

/** How many topics get a chart and table; the rest are listed as links. */
export const topicsCharted = 5;

type TopicFigures = SourceProfile["figures"][number];

/** The topics with the most figures, kept in the page's order (oldest first figure first). */
function chartedTopics(topics: TopicFigures[]): { charted: TopicFigures[]; others: TopicFigures[] } {
  if (topics.length <= topicsCharted) return { charted: topics, others: [] };
  const most = new Set([...topics].sort((a, b) => b.figures.length - a.figures.length).slice(0, topicsCharted));
  return { charted: topics.filter((topic) => most.has(topic)), others: topics.filter((topic) => !most.has(topic)) };
}

export function SourceFiguresList({ topics, sourceSlug }: { topics: TopicFigures[]; sourceSlug: string }) {
  const { charted, others } = chartedTopics(topics);
  return (
    <section aria-labelledby="figures-heading" className="source-figures-list">
      <h2 id="figures-heading">Its figures over time</h2>
      {topics.length === 0 ? <p className="empty">No figures: this source originated no quantity claim filed under a topic.</p> : null}
      {others.length > 0 ? (
        <p className="meta">
          Figures on {topics.length} topics: the {topicsCharted} where it gave the most are drawn here, the others are listed below.
        </p>
      ) : null}
      {charted.map((topic) => (
        <section key={topic.slug} aria-labelledby={`topic-${topic.slug}`}>
          <h3 id={`topic-${topic.slug}`}>
            <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
          </h3>
          <SourceFigures topic={topic} headingId={`topic-${topic.slug}`} sourceSlug={sourceSlug} />
        </section>
      ))}
      {others.length > 0 ? (
        <section aria-labelledby="other-topics-heading">
          <h3 id="other-topics-heading">Its figures on {others.length} other topics</h3>
          <ul className="published-list">
            {others.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>{" "}
                <span className="meta">
                  ·{" "}
                  <Link href={`/claims?source=${encodeURIComponent(sourceSlug)}&role=originator&topic=${encodeURIComponent(topic.slug)}`}>
                    {formatNumber(topic.figures.length)} figure{topic.figures.length === 1 ? "" : "s"} in the claims list
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
