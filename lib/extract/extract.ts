// Text → proposed claims. Reads the text once (sentences, quotations, source mentions,
// attribution frames), then turns each figure, quotation and located group into a proposal
// with its chain, modality and stance. Pure and deterministic: no clock, no network, no
// randomness; the same text and options always give the same proposals in the same order.
import type { Modality } from "../domain/vocabulary";
import { Attribution, type ChainHop } from "./attribution";
import type { DetailedCandidate, DetailedHop, KnownSource } from "./candidate";
import { modalityFrom, stanceFrom } from "./cues";
import { dateLineBefore, datesFor, withSamePeriods, withStoryPeriods } from "./dates";
import { findFrames, type Frame } from "./frames";
import { withoutRepeatedHeadlines } from "./headlines";
import { withoutRepeatedFigures } from "./repeats";
import { indexAliases } from "./known-sources";
import { collectMentions, type Mention } from "./mentions";
import { findEventPlaces, withoutCoarseCountries } from "./event-places";
import { findPlaces, type PlaceFinding } from "./places";
import { firstStartingAt, itemCovering } from "./positions";
import { findQuantities, type QuantityFinding } from "./quantities";
import { findQuotes, type QuoteFinding } from "./quotes";
import { measureOf } from "./measures";
import { isLooseScene } from "./not-claims";
import { withSharedVerbs } from "./coordination";
import { ownVerbModality } from "./verb-groups";
import { CountryMentions, scopeOf } from "./scope";
import { suggestKind } from "./source-kinds";
import { clauseAround, type Document, readDocument, type Sentence, sentenceAt, type Span } from "./text";

export type ExtractOptions = {
  /** The report's publication date, YYYY-MM-DD: "last week" and "on Friday" count back from it. */
  publishedAt?: string;
  /** Sources the analyst tracks; mentions resolve to them by name or alias. */
  knownSources?: KnownSource[];
};

type Reading = { document: Document; mentions: Mention[]; frames: Frame[]; quotes: QuoteFinding[]; attribution: Attribution; countries: CountryMentions };

function read(text: string, knownSources: readonly KnownSource[]): Reading {
  const document = readDocument(text);
  const mentions = collectMentions(document, indexAliases(knownSources));
  const frames = findFrames(document, mentions);
  const quotes = findQuotes(document, frames, mentions);
  return { document, mentions, frames, quotes, attribution: new Attribution(document, frames, quotes, mentions), countries: new CountryMentions(document) };
}

function toHops(document: Document, chain: readonly ChainHop[]): DetailedHop[] {
  return chain.map((hop) => ({
    name: hop.mention.name,
    role: hop.role,
    sourceId: hop.mention.sourceId,
    verb: hop.verb,
    mention: { start: hop.mention.start, end: hop.mention.end, text: document.text.slice(hop.mention.start, hop.mention.end) },
    suggestedKind: hop.mention.sourceId ? hop.mention.kind : suggestKind(hop.mention.name, hop.mention.description),
    description: hop.mention.description,
  }));
}

function isExpert(chain: readonly ChainHop[]): boolean {
  const originator = chain[0]?.mention;
  return originator !== undefined && (originator.kind === "expert" || originator.kind === "think_tank");
}

type Base = Omit<DetailedCandidate, "claimedAt" | "periodStart" | "periodEnd">;

function blank(document: Document, kind: DetailedCandidate["kind"], span: Span, sentence: Sentence): Base {
  return {
    kind,
    start: span.start,
    end: span.end,
    text: document.text.slice(span.start, span.end),
    value: null,
    lower: null,
    upper: null,
    qualifier: null,
    unit: null,
    modality: null,
    stance: null,
    place: null,
    attribution: [],
    asStated: document.text.slice(span.start, span.end),
    placeRelation: null,
    placePrecision: null,
    latitude: null,
    longitude: null,
    sentence: { start: sentence.start, end: sentence.end },
    measure: null,
    scopePlace: null,
  };
}

/** Modality, stance and chain of a figure or a located group, from its clause and sentence. */
function judged(reading: Reading, base: Base, sentence: Sentence, clause = clauseAround(reading.document, base)): Base {
  const { document, attribution } = reading;
  const chain = attribution.figureChain(sentence, base.start);
  const modality = modalityFrom(document.folded, clause, base);
  const stance = stanceFrom(chain[0]?.verb ?? null, document.folded.slice(clause.start, clause.end), isExpert(chain));
  return { ...base, modality, stance, attribution: toHops(document, chain) };
}

function fromQuantity(reading: Reading, found: QuantityFinding, sentence: Sentence, tied: readonly PlaceFinding[]): Base {
  const { document } = reading;
  const base = blank(document, "quantity", found, sentence);
  const clause = clauseAround(document, found);
  const measure = measureOf(
    found.unit,
    document.folded.slice(clause.start, found.start),
    document.folded.slice(found.end, clause.end),
    document.folded.slice(found.start, found.end),
  );
  const scopePlace = scopeOf(document, clause, found, reading.mentions, reading.countries, tied);
  const quantity = judged(
    reading,
    { ...base, value: found.value, lower: found.lower, upper: found.upper, qualifier: found.qualifier, unit: found.unit, measure, scopePlace },
    sentence,
    clause,
  );
  // The figure's own verb group ("will be sent", "are known to be missing") outweighs the nearest cue.
  return { ...quantity, modality: ownVerbModality(document.folded, found, clause) ?? quantity.modality };
}

function fromPlace(reading: Reading, found: PlaceFinding, sentence: Sentence): Base {
  const base = blank(reading.document, "location", found, sentence);
  const located = {
    ...base,
    place: found.place,
    placeRelation: found.relation,
    placePrecision: found.precision,
    latitude: found.latitude,
    longitude: found.longitude,
  };
  return judged(reading, located, sentence);
}

/** A quotation's modality comes from its own words; a name someone gave is a completed act. */
function fromQuote(reading: Reading, found: QuoteFinding, sentence: Sentence): Base {
  const { document, attribution } = reading;
  const chain = attribution.quoteChain(found);
  const words = document.folded.slice(found.quotation.start, found.quotation.end);
  const own: Modality = modalityFrom(document.folded, found.quotation, found.quotation);
  const modality: Modality = own === "unknown" && found.labelled ? "completed" : own;
  const stance = stanceFrom(chain[0]?.verb ?? null, words, isExpert(chain));
  return { ...blank(document, found.kind, found, sentence), modality, stance, attribution: toHops(document, chain) };
}

// Each sentence's frames, grouped once: filtering every frame for every proposal grows with
// the square of the text.
function framesBySentence(frames: readonly Frame[]): Map<number, Frame[]> {
  const grouped = new Map<number, Frame[]>();
  for (const frame of frames) {
    const own = grouped.get(frame.sentence.start);
    if (own) own.push(frame);
    else grouped.set(frame.sentence.start, [frame]);
  }
  return grouped;
}

// Where each sentence's figures start: a date that belongs to one figure does not date the others (dates.ts).
function figuresBySentence(bases: readonly Base[]): Map<number, number[]> {
  const grouped = new Map<number, number[]>();
  for (const base of bases) if (base.kind === "quantity") grouped.set(base.sentence.start, [...(grouped.get(base.sentence.start) ?? []), base.start]);
  return grouped;
}

function withDates(
  reading: Reading,
  base: Base,
  publishedAt: string | undefined,
  sentenceFrames: Map<number, Frame[]>,
  sentenceFigures: Map<number, number[]>,
): DetailedCandidate {
  const { document } = reading;
  const verbs = sentenceFrames.get(base.sentence.start) ?? [];
  const text = document.text.slice(base.sentence.start, base.sentence.end);
  const others = base.kind === "quantity" ? (sentenceFigures.get(base.sentence.start) ?? []) : [];
  return {
    ...base,
    ...datesFor(text, base.sentence.start, verbs, publishedAt, base.start, publishedAt ? undefined : dateLineBefore(document.text, base.start), others),
  };
}

function byPosition(a: Base, b: Base): number {
  return a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind);
}

// "Two residents said …", "two senior officials": a number in the name of whoever speaks
// describes the source, not a claim.
function speakerMentions(reading: Reading): Mention[] {
  const spans = new Map<number, Mention>();
  for (const frame of reading.frames) for (const hop of frame.hops) spans.set(hop.mention.start, hop.mention);
  return [...spans.values()].sort((a, b) => a.start - b.start);
}

/** Whether `span` overlaps one of `items` (sorted by start, not overlapping one another): a binary search, not a scan. */
function overlapsAny(items: readonly Span[], span: Span): boolean {
  const next = items[firstStartingAt(items, span.start)];
  return itemCovering(items, span.start) !== undefined || (next !== undefined && next.start < span.end);
}

function proposals(reading: Reading, publishedAt: string | undefined): Base[] {
  const { document, quotes } = reading;
  const proposed: Base[] = [];
  const inSentence = <T extends Span>(found: T, make: (found: T, sentence: Sentence) => Base) => {
    const sentence = sentenceAt(document, found.start);
    if (sentence) proposed.push(make(found, sentence));
  };
  const speakers = speakerMentions(reading);
  const groups = findPlaces(document, reading.mentions);
  // A counted group's place is the better proposal where both read the same words, and a
  // place is proposed once a paragraph: a paragraph's later events there go on telling the first.
  const placed = new Set(groups.map((group) => `${sentenceAt(document, group.start)?.paragraph}:${group.place}`));
  const events = findEventPlaces(document, speakers).filter((event) => {
    const key = `${sentenceAt(document, event.start)?.paragraph}:${event.place}`;
    if (placed.has(key) || overlapsAny(groups, event)) return false;
    placed.add(key);
    return true;
  });
  const located = withoutCoarseCountries([...groups, ...events]);
  for (const found of located) inSentence(found, (place, sentence) => fromPlace(reading, place, sentence));
  // A figure's area is first the place its own sentence ties an event to (scope.ts).
  const tied = [...located].sort((a, b) => a.start - b.start);
  const quantities: Base[] = [];
  for (const found of findQuantities(document)) {
    const sentence = itemCovering(speakers, found.start) ? undefined : sentenceAt(document, found.start);
    if (sentence) quantities.push(fromQuantity(reading, found, sentence, tied));
  }
  // Figures in one list share their verb; a bare figure takes the measure it points back to.
  proposed.push(...withSharedVerbs(document, quantities).filter((quantity) => !isLooseScene(quantity.text, quantity.unit, quantity.measure)));
  for (const found of quotes) inSentence(found, (quote, sentence) => fromQuote(reading, quote, sentence));
  const paragraphOf = (base: Base) => sentenceAt(document, base.start)?.paragraph ?? -1;
  // Head matter first, so a headline goes and its body twin stays; then a figure the same
  // source states again later in the body (repeats.ts).
  const bodyOnly = withoutRepeatedHeadlines(document, proposed, paragraphOf);
  return withoutRepeatedFigures(bodyOnly, periodKeys(reading, publishedAt)).sort(byPosition);
}

// The period a figure's own sentence names, as a key to compare two figures by. Without a
// publication date a fixed day stands in: "Tuesday" and "Monday" still differ from each other.
function periodKeys(reading: Reading, publishedAt: string | undefined): (base: Base) => string | null {
  const sentenceFrames = framesBySentence(reading.frames);
  const known = new Map<Base, string | null>();
  return (base) => {
    if (known.has(base)) return known.get(base) ?? null;
    const text = reading.document.text.slice(base.sentence.start, base.sentence.end);
    const verbs = sentenceFrames.get(base.sentence.start) ?? [];
    const dates = datesFor(text, base.sentence.start, verbs, publishedAt ?? "2000-01-01", base.start);
    const key = dates.periodStart === null && dates.periodEnd === null ? null : `${dates.periodStart}/${dates.periodEnd}`;
    known.set(base, key);
    return key;
  };
}

export function extractDetailedProposals(text: string, options: ExtractOptions, withDatesResolved: boolean): DetailedCandidate[] {
  const reading = read(text, options.knownSources ?? []);
  if (!withDatesResolved)
    return proposals(reading, options.publishedAt).map((base) => ({ ...base, claimedAt: options.publishedAt ?? null, periodStart: null, periodEnd: null }));
  const sentenceFrames = framesBySentence(reading.frames);
  const { document } = reading;
  const bases = proposals(reading, options.publishedAt);
  const sentenceFigures = figuresBySentence(bases);
  const dated = withSamePeriods(
    document.folded,
    bases.map((base) => withDates(reading, base, options.publishedAt, sentenceFrames, sentenceFigures)),
  );
  // A figure in a sentence that names no day counts the event the report dated last (dates.ts).
  return withStoryPeriods(
    document.text,
    document.sentences,
    dated,
    (sentence, reference) =>
      datesFor(
        document.text.slice(sentence.start, sentence.end),
        sentence.start,
        sentenceFrames.get(sentence.start) ?? [],
        options.publishedAt,
        sentence.start,
        reference,
      ),
    (position) => options.publishedAt ?? dateLineBefore(document.text, position),
  );
}
