// A source repeats its own figure: "At least 30 people have been detained, the Viasna rights
// centre said" and later "the rights group has published the names of 30 people that have
// been detained". The labelling convention (fixtures/corpus/real/frozen/FROZEN.md) counts that
// as one claim, so a later figure is dropped when an earlier one in another sentence has the
// same value (or range), measure and unit, the same originator (both unattributed, or the same
// name; "the ministry" points back to "Iran's Health Ministry"), the same modality and the same
// stance (an agency that later confirms its own figure makes a new claim). A later
// figure naming a different place or period is a new claim ("by Tuesday the toll stood at 40");
// one naming none restates the earlier. Different sources giving the same figure stay apart:
// those echoes are what the comparison must see.
import { normaliseUnit } from "../domain/measure";
import type { DetailedCandidate } from "./candidate";

export type RepeatFigure = Pick<
  DetailedCandidate,
  "kind" | "start" | "value" | "lower" | "upper" | "measure" | "unit" | "modality" | "stance" | "scopePlace" | "attribution"
> & { sentence: { start: number } };

/** What a figure names about its time: compared as a key, null when it names none. */
export type PeriodOf<T> = (figure: T) => string | null;

function originatorOf(figure: RepeatFigure): string | null {
  const name = figure.attribution[0]?.name;
  return name
    ? name
        .toLowerCase()
        .replace(/^the\s+/, "")
        .replace(/[’']s\b/g, "")
        .trim()
    : null;
}

// "the ministry" after "Iran's Health Ministry": a described source points back to a named one
// whose name ends in its noun.
function sameOriginator(earlier: RepeatFigure, later: RepeatFigure): boolean {
  const first = originatorOf(earlier);
  const second = originatorOf(later);
  if (first === second) return true;
  if (first === null || second === null) return false;
  const [shorter, longer] = first.length <= second.length ? [first, second] : [second, first];
  return !shorter.includes(" ") && longer.endsWith(` ${shorter}`);
}

function headWord(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[’']s\b/g, "")
      .split(/\s+/)
      .at(-1) ?? ""
  );
}

const spokesTitle = /\b(?:spokes(?:man|woman|person)|press (?:secretary|officer))\b/i;

/**
 * "Police said nine people were killed" and later "“… nine people,” said Ali, a local police
 * commander": an officer whose title names the body, or a spokesperson for a body of the same
 * kind ("Moscow police spokesman X" after "Russian police said"), restates the body's figure.
 * The person is the speaker of that one claim, not the source of a second.
 */
function speaksFor(earlier: RepeatFigure, later: RepeatFigure): boolean {
  const body = earlier.attribution[0];
  const first = later.attribution[0];
  if (!body || !first || body.description) return false;
  const head = headWord(body.name);
  if (head.length < 4 || !/^\p{L}+$/u.test(head)) return false;
  if (first.description && new RegExp(`\\b${head}\\b`, "i").test(first.description)) return true;
  const spokesperson = later.attribution.some((hop) => hop.role === "speaker" && spokesTitle.test(hop.description ?? ""));
  return spokesperson && !first.description && headWord(first.name) === head;
}

/** The person who voiced the later figure, as a speaker of the earlier one (a titled person, not the body itself). */
function withSpeakerOf<T extends RepeatFigure>(earlier: T, later: T): T {
  if (earlier.attribution.some((hop) => hop.role === "speaker")) return earlier;
  const voice = later.attribution.find((hop) => hop.role === "speaker") ?? later.attribution[0];
  if (!voice?.description || voice.name === earlier.attribution[0]?.name) return earlier;
  const [originator, ...rest] = earlier.attribution;
  if (!originator) return earlier;
  return { ...earlier, attribution: [originator, { ...voice, role: "speaker" as const }, ...rest] };
}

function sameAmount(earlier: RepeatFigure, later: RepeatFigure): boolean {
  if (earlier.value !== null || later.value !== null) return earlier.value === later.value;
  return earlier.lower === later.lower && earlier.upper === later.upper;
}

function sameUnit(earlier: RepeatFigure, later: RepeatFigure): boolean {
  return (normaliseUnit(earlier.unit)?.unit ?? null) === (normaliseUnit(later.unit)?.unit ?? null);
}

/** The later names nothing new: no place, or the same; no period, or the same. */
function restates<T extends RepeatFigure>(earlier: T, later: T, periodOf: PeriodOf<T>, voiced = false): boolean {
  const alike =
    later.sentence.start !== earlier.sentence.start &&
    sameAmount(earlier, later) &&
    earlier.measure === later.measure &&
    sameUnit(earlier, later) &&
    earlier.modality === later.modality &&
    earlier.stance === later.stance &&
    (later.scopePlace === null || later.scopePlace === earlier.scopePlace) &&
    (voiced ? speaksFor(earlier, later) : sameOriginator(earlier, later));
  if (!alike) return false;
  // Dates are read last: reading them is the dear part.
  const laterPeriod = periodOf(later);
  return laterPeriod === null || laterPeriod === periodOf(earlier);
}

/** Drops figures that restate an earlier figure of the same source; everything else is kept in order. */
export function withoutRepeatedFigures<T extends RepeatFigure>(candidates: readonly T[], periodOf: PeriodOf<T>): T[] {
  // Figures grouped by amount, so each looks only at the earlier ones with its value.
  const earlierByAmount = new Map<string, T[]>();
  const kept: T[] = [];
  const ordered = [...candidates].sort((a, b) => a.start - b.start);
  const dropped = new Set<T>();
  const voiced = new Map<T, T>();
  for (const candidate of ordered) {
    if (candidate.kind !== "quantity") continue;
    const key = candidate.value !== null ? `${candidate.value}` : `${candidate.lower}-${candidate.upper}`;
    const earlier = earlierByAmount.get(key) ?? [];
    const restated = earlier.find((first) => restates(first, candidate, periodOf)) ?? earlier.find((first) => restates(first, candidate, periodOf, true));
    if (restated) {
      dropped.add(candidate);
      voiced.set(restated, withSpeakerOf(voiced.get(restated) ?? restated, candidate));
    } else earlier.push(candidate);
    earlierByAmount.set(key, earlier);
  }
  for (const candidate of candidates) if (!dropped.has(candidate)) kept.push(voiced.get(candidate) ?? candidate);
  return kept;
}
