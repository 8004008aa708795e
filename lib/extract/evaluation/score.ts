// How well extraction matches the labels. A candidate matches a label of the same kind when
// their words overlap by at least half of the longer of the two spans ("about 10,000
// soldiers" matches "10,000 soldiers"; "Russia" does not match "troops in Russia").
// Each label matches at most one candidate, best overlap first.
import type { Candidate } from "../candidate";
import { candidateKinds, type CandidateKind } from "../candidate";
import { fold } from "../text";
import type { Label } from "./corpus";

export const minimumOverlap = 0.5;

export type Pair = { label: Label; candidate: Candidate };

export type KindScore = { kind: CandidateKind; labels: number; candidates: number; matched: number };

export type Score = {
  kinds: KindScore[];
  pairs: Pair[];
  missed: Label[];
  unexpected: Candidate[];
};

export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return shared > 0 && longer > 0 ? shared / longer : 0;
}

export function matchCandidates(labels: readonly Label[], candidates: readonly Candidate[]): Score {
  const options = labels.flatMap((label) =>
    candidates.filter((candidate) => candidate.kind === label.kind).map((candidate) => ({ label, candidate, ratio: overlapRatio(label, candidate) })),
  );
  const pairs: Pair[] = [];
  for (const option of options.filter((entry) => entry.ratio >= minimumOverlap).sort((a, b) => b.ratio - a.ratio || a.label.start - b.label.start)) {
    if (pairs.some((pair) => pair.label === option.label || pair.candidate === option.candidate)) continue;
    pairs.push({ label: option.label, candidate: option.candidate });
  }
  const kinds = candidateKinds.map((kind) => ({
    kind,
    labels: labels.filter((label) => label.kind === kind).length,
    candidates: candidates.filter((candidate) => candidate.kind === kind).length,
    matched: pairs.filter((pair) => pair.label.kind === kind).length,
  }));
  return {
    kinds,
    pairs,
    missed: labels.filter((label) => !pairs.some((pair) => pair.label === label)),
    unexpected: candidates.filter((candidate) => !pairs.some((pair) => pair.candidate === candidate)),
  };
}

function comparableName(name: string): string {
  return fold(name)
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The analyst's name and the engine's may differ in length ("Zelensky", "Volodymyr Zelensky"). */
export function sameOriginator(label: Label, candidate: Candidate): boolean {
  const found = candidate.attribution[0]?.name;
  if (label.originator === null) return found === undefined;
  if (found === undefined) return false;
  const expected = comparableName(label.originator);
  const actual = comparableName(found);
  return expected === actual || expected.includes(actual) || actual.includes(expected);
}

export function sameValue(label: Label, candidate: Candidate): boolean {
  if (label.qualifier === "range") return candidate.lower === (label.lower ?? null) && candidate.upper === (label.upper ?? null);
  return candidate.value === (label.value ?? null);
}

export type QuantityCorrectness = { matched: number; value: number; qualifier: number; originator: number; allThree: number };

export function quantityCorrectness(pairs: readonly Pair[]): QuantityCorrectness {
  const quantities = pairs.filter((pair) => pair.label.kind === "quantity");
  const count = (test: (pair: Pair) => boolean) => quantities.filter(test).length;
  const value = (pair: Pair) => sameValue(pair.label, pair.candidate);
  const qualifier = (pair: Pair) => pair.candidate.qualifier === pair.label.qualifier;
  const originator = (pair: Pair) => sameOriginator(pair.label, pair.candidate);
  return {
    matched: quantities.length,
    value: count(value),
    qualifier: count(qualifier),
    originator: count(originator),
    allThree: count((pair) => value(pair) && qualifier(pair) && originator(pair)),
  };
}

/** Every difference between a strict label and its candidate: offsets, figure, modality, stance, chain. */
export function strictDifferences(label: Label, candidate: Candidate | undefined): string[] {
  if (!candidate) return ["not proposed"];
  const differences: string[] = [];
  const expect = (field: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(actual))
      differences.push(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  };
  expect("start", label.start, candidate.start);
  expect("end", label.end, candidate.end);
  expect("value", label.value, candidate.value);
  expect("lower", label.lower, candidate.lower);
  expect("upper", label.upper, candidate.upper);
  expect("qualifier", label.qualifier, candidate.qualifier);
  expect("unit", label.unit, candidate.unit);
  expect("place", label.place, candidate.place);
  expect("modality", label.modality, candidate.modality);
  expect("stance", label.stance, candidate.stance);
  expect(
    "chain",
    label.chain,
    candidate.attribution.map((hop) => ({ sourceId: hop.sourceId, role: hop.role })),
  );
  return differences;
}

/** "Malatya province" and "Malatya", "the Gaza Strip" and "Gaza Strip" name one area. */
function comparablePlace(name: string): string {
  return fold(name)
    .replace(/^the\s+/, "")
    .replace(/\s+(?:province|region|oblast|district|county|governorate|prefecture|state|city|town)$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export type FieldAgreement = { field: string; labelled: number; agreed: number };

/** For the labelled fields added with issues 9 and 10: how many matched quantities agree. */
export function fieldAgreement(pairs: readonly Pair[]): FieldAgreement[] {
  const quantities = pairs.filter((pair) => pair.label.kind === "quantity");
  const fields: Array<[string, (pair: Pair) => boolean | undefined]> = [
    ["modality", (pair) => (pair.label.modality === undefined ? undefined : pair.label.modality === pair.candidate.modality)],
    ["stance", (pair) => (pair.label.stance === undefined ? undefined : pair.label.stance === pair.candidate.stance)],
    ["measure", (pair) => (pair.label.measure === undefined ? undefined : pair.label.measure === pair.candidate.measure)],
    [
      "scopePlace",
      (pair) => {
        if (pair.label.scopePlace === undefined) return undefined;
        if (pair.label.scopePlace === null || pair.candidate.scopePlace === null) return pair.label.scopePlace === pair.candidate.scopePlace;
        return comparablePlace(pair.label.scopePlace) === comparablePlace(pair.candidate.scopePlace);
      },
    ],
    [
      "relays",
      (pair) => {
        if (pair.label.relays === undefined) return undefined;
        const found = pair.candidate.attribution.filter((hop) => hop.role === "relay").map((hop) => comparableName(hop.name));
        const wanted = pair.label.relays.map(comparableName);
        return found.length === wanted.length && wanted.every((name) => found.some((other) => other.includes(name) || name.includes(other)));
      },
    ],
  ];
  return fields.map(([field, agrees]) => {
    const judged = quantities.map(agrees).filter((verdict) => verdict !== undefined);
    return { field, labelled: judged.length, agreed: judged.filter(Boolean).length };
  });
}
