// Why the figures differ, pair by pair: conflicts first (the few that need an analyst), then
// differences with their reasons, then agreements and echoes of one origin.
import type { DifferenceReason, FigurePairExplanation, FigureComparison } from "@/lib/domain/comparison";
import { formatNumber } from "@/lib/domain/format";

const reasonWords: Record<DifferenceReason, string> = {
  modality: "different modality",
  period: "different period",
  qualifier: "qualifier",
  echo: "same origin",
  unit: "different unit",
  measure: "different measure",
  scope: "different area",
  update: "update",
};

function verdictWords(explanation: FigurePairExplanation): string {
  switch (explanation.verdict) {
    case "conflict":
      return "Conflict";
    case "agrees":
      return "Agrees";
    case "echo":
      return "Same origin";
    case "differs":
      // The core gives no reason when a figure has no number: the pair could not be compared.
      return explanation.reasons.length ? "Differs" : "Not comparable";
  }
}

function ExplanationList({ title, explanations, count }: { title: string; explanations: FigurePairExplanation[]; count: number }) {
  if (count === 0) return null;
  return (
    <>
      <h3>
        {title} <span className="count">({formatNumber(count)})</span>
      </h3>
      {count > explanations.length ? (
        <p className="meta">
          The first {formatNumber(explanations.length)} of {formatNumber(count)} pairs. Narrow the filters above to read the others.
        </p>
      ) : null}
      <ul className="explanations">
        {explanations.map((explanation) => (
          <li key={`${explanation.a}-${explanation.b}`} className={explanation.verdict}>
            <span className="verdict">{verdictWords(explanation)}</span>
            {explanation.reasons.map((reason) => (
              <span key={reason} className="tag reason">
                {reasonWords[reason]}
              </span>
            ))}{" "}
            {explanation.sentence}
          </li>
        ))}
      </ul>
    </>
  );
}

export function TopicExplanations({ comparison: { counts, listed } }: { comparison: FigureComparison }) {
  const conflicts = counts.conflict;
  // Agreements and echoes share a list: agreements first, as explainAll orders them.
  const agreements = [...listed.agrees, ...listed.echo].slice(0, Math.max(listed.agrees.length, listed.echo.length));
  return (
    <section aria-labelledby="explanations-heading">
      <h2 id="explanations-heading">Why the figures differ</h2>
      <p className={conflicts ? "has-conflict" : "no-conflict"}>
        {conflicts
          ? `${formatNumber(conflicts)} ${conflicts === 1 ? "pair of figures conflicts" : "pairs of figures conflict"}: same thing, same time, figures that cannot both be true.`
          : "No conflict: every difference between these figures has a reason."}
      </p>
      <ExplanationList title="Conflicts" explanations={listed.conflict} count={counts.conflict} />
      <ExplanationList title="Differences, with their reasons" explanations={listed.differs} count={counts.differs} />
      <ExplanationList title="Agreements and echoes of one origin" explanations={agreements} count={counts.agrees + counts.echo} />
    </section>
  );
}
