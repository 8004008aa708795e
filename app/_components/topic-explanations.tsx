// Why the figures differ, pair by pair: conflicts first (the few that need an analyst), then
// differences with their reasons, then agreements and echoes of one origin.
import type { DifferenceReason, FigurePairExplanation } from "@/lib/domain/comparison";

const reasonWords: Record<DifferenceReason, string> = {
  modality: "different modality",
  period: "different period",
  qualifier: "qualifier",
  echo: "same origin",
  unit: "different unit",
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

function ExplanationList({ title, explanations }: { title: string; explanations: FigurePairExplanation[] }) {
  if (explanations.length === 0) return null;
  return (
    <>
      <h3>
        {title} <span className="count">({explanations.length})</span>
      </h3>
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

export function TopicExplanations({ explanations }: { explanations: FigurePairExplanation[] }) {
  const conflicts = explanations.filter((explanation) => explanation.verdict === "conflict");
  const differences = explanations.filter((explanation) => explanation.verdict === "differs");
  const agreements = explanations.filter((explanation) => explanation.verdict === "agrees" || explanation.verdict === "echo");
  return (
    <section aria-labelledby="explanations-heading">
      <h2 id="explanations-heading">Why the figures differ</h2>
      <p className={conflicts.length ? "has-conflict" : "no-conflict"}>
        {conflicts.length
          ? `${conflicts.length} ${conflicts.length === 1 ? "pair of figures conflicts" : "pairs of figures conflict"}: same thing, same time, figures that cannot both be true.`
          : "No conflict: every difference between these figures has a reason."}
      </p>
      <ExplanationList title="Conflicts" explanations={conflicts} />
      <ExplanationList title="Differences, with their reasons" explanations={differences} />
      <ExplanationList title="Agreements and echoes of one origin" explanations={agreements} />
    </section>
  );
}
