// The other figures of the claim's topic, each compared with this one by the comparison
// core: conflicts first, then agreements and echoes of one origin, then differences with reasons.
import Link from "next/link";
import { type ClaimWithChain, toFigure } from "@/lib/data/claim-rows";
import { explainPair, type Verdict } from "@/lib/domain/comparison";
import { figureWords } from "@/lib/domain/wording";

const verdictOrder: Verdict[] = ["conflict", "agrees", "echo", "differs"];
const verdictWords: Record<Verdict, string> = { conflict: "Conflicts", agrees: "Agrees", echo: "Same origin", differs: "Differs, with a reason" };

export function ClaimComparisons({ claim, others, topic }: { claim: ClaimWithChain; others: ClaimWithChain[]; topic: { slug: string; title: string } }) {
  if (others.length === 0) return <p className="empty">No other figure in “{topic.title}” yet: figures filed under the topic will be compared here.</p>;
  const figure = toFigure(claim);
  const comparisons = others
    .map((other) => ({ other, explanation: explainPair(figure, toFigure(other)) }))
    .sort((a, b) => verdictOrder.indexOf(a.explanation.verdict) - verdictOrder.indexOf(b.explanation.verdict));
  return (
    <ul className="explanations" aria-label={`Compared with the other figures of ${topic.title}`}>
      {comparisons.map(({ other, explanation }) => (
        <li key={other.id} className={explanation.verdict}>
          <span className="verdict">{verdictWords[explanation.verdict]}:</span>
          <Link href={`/claims/${other.id}`}>{figureWords(toFigure(other))}</Link> — {explanation.sentence}
        </li>
      ))}
    </ul>
  );
}
