// Every field of a proposal measured against the labels, for one set of texts: how many
// labelled figures, quotes and places were proposed at all (recall), how many proposals were
// wanted (precision), and of the matched figures how many carry the right value, qualifier,
// unit, measure, modality, stance, originator, relays, speaker, place and period. A field is
// judged only on labels that state it, so older labels without measure or period still count
// for the fields they have. The real-text corpus is read through this (docs/decisions/0013).
import { measureFromUnit, normaliseUnit } from "../../domain/measure";
import type { Candidate, DetailedCandidate } from "../candidate";
import { fold } from "../text";
import type { Label } from "./corpus";
import { matchCandidates, type Pair, sameOriginator, sameValue } from "./score";

/** A share: `correct` of `judged`; a share of nothing judged is shown as "–", never as 1. */
export type Share = { correct: number; judged: number };

export const fieldNames = [
  "quantity recall",
  "quantity precision",
  "full match",
  "value",
  "qualifier",
  "unit",
  "measure",
  "modality",
  "stance",
  "originator",
  "relays",
  "speaker",
  "place",
  "period",
  "quote recall",
  "quote precision",
  "quote speaker",
  "location recall",
  "location precision",
] as const;
export type FieldName = (typeof fieldNames)[number];
export type FieldScores = Record<FieldName, Share>;

/** What extraction may add beyond the fixed keys: a measure and the area a figure covers. */
type Proposal = Candidate &
  Partial<Pick<DetailedCandidate, "claimedAt" | "periodStart" | "periodEnd">> & { measure?: string | null; scopePlace?: string | null };

function comparableName(name: string): string {
  return fold(name)
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Two names for the same source or place when one contains the other ("Ramos", "Benito Ramos"). */
export function sameName(expected: string | null, actual: string | null | undefined): boolean {
  if (expected === null || actual === null || actual === undefined) return expected === null && (actual === null || actual === undefined);
  const a = comparableName(expected);
  const b = comparableName(actual);
  return a.length > 0 && b.length > 0 && (a === b || a.includes(b) || b.includes(a));
}

/** Units agree when their normal words agree ("soldiers" and "troops") or one contains the other. */
export function sameUnit(expected: string | null, actual: string | null): boolean {
  const a = normaliseUnit(expected)?.unit ?? null;
  const b = normaliseUnit(actual)?.unit ?? null;
  return sameName(a, b);
}

/** The proposal's measure: its own when extraction gives one, else what its unit implies. */
export function proposedMeasure(candidate: Proposal): string {
  return candidate.measure ?? measureFromUnit(candidate.unit, "other") ?? "other";
}

/**
 * A labelled period is the span the figure may be dated within: a proposal is right when its
 * dates (its period, else the date the claim was made) fall inside it. A label of null says
 * the text gives no date, so the proposal must give none either.
 */
export function samePeriod(label: Label, candidate: Proposal): boolean {
  const start = candidate.periodStart ?? candidate.claimedAt ?? null;
  const end = candidate.periodEnd ?? candidate.periodStart ?? candidate.claimedAt ?? null;
  if (label.periodStart === null || label.periodStart === undefined) return start === null;
  const labelEnd = label.periodEnd ?? label.periodStart;
  return start !== null && end !== null && start >= label.periodStart && end <= labelEnd;
}

function hopNames(candidate: Proposal, role: "speaker" | "relay"): string[] {
  return candidate.attribution.filter((hop) => hop.role === role).map((hop) => hop.name);
}

/** The same relays, in any order: each labelled one proposed and nothing more. */
export function sameRelays(expected: readonly string[], actual: readonly string[]): boolean {
  return expected.length === actual.length && expected.every((name) => actual.some((found) => sameName(name, found)));
}

type FieldCheck = { applies: (label: Label) => boolean; right: (label: Label, candidate: Proposal) => boolean };

const always = () => true;

/** How each field of a matched figure is judged, and on which labels. */
const figureFields = {
  value: { applies: always, right: sameValue },
  qualifier: { applies: (label) => label.qualifier !== undefined, right: (label, candidate) => candidate.qualifier === label.qualifier },
  unit: { applies: (label) => label.unit !== undefined, right: (label, candidate) => sameUnit(label.unit ?? null, candidate.unit) },
  measure: { applies: (label) => label.measure !== undefined, right: (label, candidate) => proposedMeasure(candidate) === label.measure },
  modality: { applies: (label) => label.modality !== undefined, right: (label, candidate) => (candidate.modality ?? "unknown") === label.modality },
  stance: { applies: (label) => label.stance !== undefined, right: (label, candidate) => candidate.stance === label.stance },
  originator: { applies: always, right: sameOriginator },
  relays: { applies: (label) => label.relays !== undefined, right: (label, candidate) => sameRelays(label.relays ?? [], hopNames(candidate, "relay")) },
  speaker: {
    applies: (label) => label.speaker !== undefined,
    right: (label, candidate) => sameName(label.speaker ?? null, hopNames(candidate, "speaker")[0] ?? null),
  },
  place: {
    applies: (label) => label.scopePlace !== undefined,
    right: (label, candidate) => sameName(label.scopePlace ?? null, candidate.scopePlace ?? candidate.place),
  },
  period: { applies: (label) => label.periodStart !== undefined, right: samePeriod },
} satisfies Partial<Record<FieldName, FieldCheck>>;

/** The fields a matched figure has wrong, for the tuning texts' details. */
export function wrongFields(label: Label, candidate: Proposal): string[] {
  return Object.entries(figureFields).flatMap(([name, check]) => (check.applies(label) && !check.right(label, candidate) ? [name] : []));
}

function share(pairs: readonly Pair[], check: FieldCheck): Share {
  const judged = pairs.filter((pair) => check.applies(pair.label));
  return { correct: judged.filter((pair) => check.right(pair.label, pair.candidate)).length, judged: judged.length };
}

function add(a: Share, b: Share): Share {
  return { correct: a.correct + b.correct, judged: a.judged + b.judged };
}

/** Every field for one text: its labels against what extraction proposed for it. */
export function scoreFields(labels: readonly Label[], candidates: readonly Proposal[]): FieldScores {
  const score = matchCandidates(labels, candidates);
  const quantities = score.pairs.filter((pair) => pair.label.kind === "quantity");
  const quotes = score.pairs.filter((pair) => pair.label.kind === "quote");
  const kind = (name: string) => score.kinds.find((entry) => entry.kind === name) ?? { labels: 0, candidates: 0, matched: 0 };
  const recall = (name: string): Share => ({ correct: kind(name).matched, judged: kind(name).labels });
  const precision = (name: string): Share => ({ correct: kind(name).matched, judged: kind(name).candidates });
  const fullMatch = (label: Label, candidate: Proposal) =>
    sameValue(label, candidate) && candidate.qualifier === label.qualifier && sameOriginator(label, candidate);
  return {
    "quantity recall": recall("quantity"),
    "quantity precision": precision("quantity"),
    // Over every labelled figure, not only the matched ones: a figure never proposed is not right.
    "full match": { correct: quantities.filter((pair) => fullMatch(pair.label, pair.candidate)).length, judged: kind("quantity").labels },
    value: share(quantities, figureFields.value),
    qualifier: share(quantities, figureFields.qualifier),
    unit: share(quantities, figureFields.unit),
    measure: share(quantities, figureFields.measure),
    modality: share(quantities, figureFields.modality),
    stance: share(quantities, figureFields.stance),
    originator: share(quantities, figureFields.originator),
    relays: share(quantities, figureFields.relays),
    speaker: share(quantities, figureFields.speaker),
    place: share(quantities, figureFields.place),
    period: share(quantities, figureFields.period),
    "quote recall": recall("quote"),
    "quote precision": precision("quote"),
    // A quote's words belong to whoever said them, so its speaker is its originator.
    "quote speaker": share(quotes, { applies: always, right: sameOriginator }),
    "location recall": recall("location"),
    "location precision": precision("location"),
  };
}

export function emptyScores(): FieldScores {
  return Object.fromEntries(fieldNames.map((name) => [name, { correct: 0, judged: 0 }])) as FieldScores;
}

export function sumScores(scores: readonly FieldScores[]): FieldScores {
  const total = emptyScores();
  for (const score of scores) for (const name of fieldNames) total[name] = add(total[name], score[name]);
  return total;
}

/** The share as a ratio, or null when nothing was judged. */
export function ratioOf(value: Share): number | null {
  return value.judged === 0 ? null : value.correct / value.judged;
}
