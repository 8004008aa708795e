// Why the figures differ, grouped by reason: conflicts first and open (the few that need an
// analyst), then one closed group per main reason with its count, then agreements and echoes.
// Native <details> keeps every group reachable and openable from the keyboard. Counts cover
// every pair; when the table is paged, the pairs in words are those of its page's figures.
import type { FigureComparison, FigurePairExplanation } from "@/lib/domain/comparison";
import { formatNumber } from "@/lib/domain/format";
import { reasonHeadings, reasonWord } from "./reason-words";

function PairList({ pairs }: { pairs: FigurePairExplanation[] }) {
  return (
    <ul className="explanations">
      {pairs.map((pair) => (
        <li key={`${pair.a}-${pair.b}`} className={pair.verdict}>
          {pair.reasons.map((reason) => (
            <span key={reason} className="tag reason">
              {reasonWord(reason)}
            </span>
          ))}
          {pair.revisedDown ? <span className="tag revised-down">revised down</span> : null} {pair.sentence}
        </li>
      ))}
    </ul>
  );
}

function PairGroup({
  id,
  heading,
  pairs,
  count,
  paged,
  open = false,
}: {
  id: string;
  heading: string;
  pairs: FigurePairExplanation[];
  count: number;
  paged: boolean;
  open?: boolean;
}) {
  if (count === 0) return null;
  return (
    <details className={`pair-group pair-group-${id}`} open={open}>
      <summary>
        {heading} <span className="count">({formatNumber(count)})</span>
      </summary>
      {count > pairs.length ? (
        <p className="meta">
          {paged
            ? pairs.length
              ? `${formatNumber(pairs.length)} of ${formatNumber(count)} pairs: the first with a figure on this page of the table. Page the table or narrow the filters to read others.`
              : `None of the ${formatNumber(count)} pairs has a figure on this page of the table.`
            : `The first ${formatNumber(pairs.length)} of ${formatNumber(count)} pairs. Narrow the filters to read the others.`}
        </p>
      ) : null}
      <PairList pairs={pairs} />
    </details>
  );
}

/** Differences grouped by their main reason (the first the core names), largest group first. */
function byMainReason(pairs: FigurePairExplanation[]): [string, FigurePairExplanation[]][] {
  const groups = new Map<string, FigurePairExplanation[]>();
  for (const pair of pairs) {
    const reason = pair.reasons[0] ?? "none";
    groups.set(reason, [...(groups.get(reason) ?? []), pair]);
  }
  return [...groups.entries()].sort(([, a], [, b]) => b.length - a.length);
}

/** paged: the table shows a page of the figures, and `comparison` words only pairs with one of them. */
export function TopicExplanations({ comparison: { counts, listed }, paged }: { comparison: FigureComparison; paged: boolean }) {
  // Only the listed pairs carry reasons; when more differ than are listed, the groups count what is listed.
  const partial = counts.differs > listed.differs.length;
  return (
    <section aria-labelledby="explanations-heading">
      <h2 id="explanations-heading">Why the figures differ</h2>
      <PairGroup
        id="conflict"
        heading="Conflicts: same thing, same place, same time, figures that cannot both be true"
        pairs={listed.conflict}
        count={counts.conflict}
        paged={paged}
        open
      />
      {partial ? (
        <p className="meta">
          {formatNumber(counts.differs)} pairs differ; the groups below sort the first {formatNumber(listed.differs.length)}
          {paged ? " with a figure on this page of the table" : ""}.
        </p>
      ) : null}
      {byMainReason(listed.differs).map(([reason, pairs]) => (
        <PairGroup key={reason} id={reason} heading={reasonHeadings[reason] ?? reason} pairs={pairs} count={pairs.length} paged={paged} />
      ))}
      <PairGroup id="agrees" heading="Agree" pairs={listed.agrees} count={counts.agrees} paged={paged} />
      <PairGroup id="echo" heading="Repeat one origin" pairs={listed.echo} count={counts.echo} paged={paged} />
    </section>
  );
}
