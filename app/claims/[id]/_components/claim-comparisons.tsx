// The other figures of the claim's topic, each compared with this one by the comparison
// core. Every figure is counted by verdict; the most useful few are put in words (conflicts
// first, then agreements, echoes of one origin and differences with reasons, each nearest in
// time first), and the caption says how many of how many, pointing to the topic page for all.
import Link from "next/link";
import type { ClaimComparison } from "@/lib/data/claim-comparison";
import { type ClaimWithChain, toFigure } from "@/lib/data/claim-rows";
import { claimVerdictOrder } from "@/lib/domain/claim-comparison";
import { explainPair, type Verdict } from "@/lib/domain/comparison";
import { formatNumber } from "@/lib/domain/format";
import { figureWords } from "@/lib/domain/wording";

const verdictWords: Record<Verdict, string> = { conflict: "Conflicts", agrees: "Agrees", echo: "Same origin", differs: "Differs, with a reason" };
const countWords: Record<Verdict, [string, string]> = {
  conflict: ["conflicts", "conflict"],
  agrees: ["agrees", "agree"],
  echo: ["repeats its origin", "repeat its origin"],
  differs: ["differs with a reason", "differ with a reason"],
};

/**
 * The topic page's table at the page that starts with this figure (its row is `figure-<id>`);
 * `anchor` another place on that page, such as the pairs above the table.
 */
export function figureOnTopicPage(topicSlug: string, claimId: string, anchor = `figure-${claimId}`): string {
  return `/topics/${topicSlug}?figure=${encodeURIComponent(claimId)}#${anchor}`;
}

type Props = { claim: ClaimWithChain; comparison: ClaimComparison; topic: { slug: string; title: string } };

function Counts({ claim, comparison, topic }: Props) {
  const { counts, total, listed } = comparison;
  const parts = claimVerdictOrder
    .filter((verdict) => counts[verdict] > 0)
    .map((verdict) => `${formatNumber(counts[verdict])} ${countWords[verdict][counts[verdict] === 1 ? 0 : 1]}`);
  return (
    <p className="meta" id="compare-counts">
      {formatNumber(total)} other {total === 1 ? "figure" : "figures"}: {parts.join(", ")}.{" "}
      {listed.length < total ? (
        <>
          Showing {formatNumber(listed.length)} of {formatNumber(total)}: conflicts first, then agreements, echoes of one origin and differences, each nearest
          in time to this figure first; see all on <Link href={figureOnTopicPage(topic.slug, claim.id, "explanations-heading")}>the topic page</Link>.
        </>
      ) : null}
    </p>
  );
}

export function ClaimComparisons({ claim, comparison, topic }: Props) {
  if (comparison.total === 0) return <p className="empty">No other figure in “{topic.title}” yet: figures filed under the topic will be compared here.</p>;
  const figure = toFigure(claim);
  return (
    <>
      <Counts claim={claim} comparison={comparison} topic={topic} />
      <ul className="explanations" aria-label={`Compared with the other figures of ${topic.title}`} aria-describedby="compare-counts">
        {comparison.listed.map((other) => {
          const otherFigure = toFigure(other);
          const explanation = explainPair(figure, otherFigure);
          return (
            <li key={other.id} className={explanation.verdict}>
              <span className="verdict">{verdictWords[explanation.verdict]}:</span>
              <Link href={`/claims/${other.id}`}>{figureWords(otherFigure)}</Link> — {explanation.sentence}
            </li>
          );
        })}
      </ul>
    </>
  );
}
