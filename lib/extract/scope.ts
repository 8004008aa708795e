// The area a figure covers (its scope): "96 bodies in Malatya province", "about 90 in the
// Yesilyurt district alone", "up to 400 across the country" (the country the report names).
// Read from the figure's own clause, nearest place phrase first; null when the text gives none.
// A place inside a source's name ("a spokesperson in Geneva") is where the source is, not the scope.
import { wideAreaWord } from "../domain/admin-words";
import { adminPlaceAt } from "./admin-places";
import { countryNames } from "./data/countries";
import { findCity, isCountryName, regionAt } from "./gazetteer";
import { calendarWord, earlierYear, speechSetting } from "./event-places";
import type { Mention } from "./mentions";
import type { PlaceFinding } from "./places";
import { firstStartingAt, itemCovering } from "./positions";
import { type Document, type Span, sentenceAt } from "./text";
import { shareOf } from "./word-lists";

const scopeWord = /\b(?:in|across|throughout|within|all over|around)\s+/g;
const acrossWord = /\b(?:across|throughout|all over)\s+/g;
const wideScope = /\b(?:across|throughout|all over)\s/;
const wholeCountry = /\b(?:across|throughout|all over|in) the country\b|\bnationwide\b|\bcountry-?wide\b|\bthe country's\b|\bnational (?:death )?toll\b/;

const countryPattern = new RegExp(
  `\\b(?:${[...countryNames]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})\\b`,
  "g",
);

/** Country names in the text, found once per document and only when a figure needs one. */
export class CountryMentions {
  private found: Array<Span & { name: string }> | undefined;
  constructor(private readonly document: Document) {}

  private story: string | null | undefined;

  /** The place the report's first sentences name: where its story happens. */
  storyPlace(mentions: readonly Mention[], tied: readonly PlaceFinding[] = []): string | null {
    if (this.story !== undefined) return this.story;
    // The first place the report ties an event to, in its opening paragraphs.
    const opening = this.document.sentences[Math.min(this.document.sentences.length, storySentences) - 1];
    const first = tied
      .filter((place) => opening !== undefined && place.start <= opening.end && placesAnArea(place))
      .sort((a, b) => coarseness(b) - coarseness(a))[0];
    if (first) {
      this.story = first.area ?? first.place;
      return this.story;
    }
    const lead = this.document.sentences.filter((sentence) => !/^INVENTED TEXT/.test(this.document.text.slice(sentence.start, sentence.end))).slice(0, 3);
    // The most specific place the lead names: "China's Yunnan province" is about Yunnan.
    // A dated caption or an earlier year's event in the lead is background, not the story's place.
    const current = lead.filter((sentence) => !earlierYear.test(this.document.folded.slice(sentence.start, sentence.end)));
    const named = current.flatMap((sentence) => placesIn(this.document, sentence, mentions));
    this.story = named.find((name) => !isCountryName(name)) ?? named[0] ?? null;
    return this.story;
  }

  private incident: string | null | undefined;

  /**
   * "The village of Suzemka, where the incident occurred": the one settlement the report names as
   * where its incident happened, anywhere in the text; null when it names none or more than one.
   */
  incidentPlace(): string | null {
    if (this.incident !== undefined) return this.incident;
    const names = new Set([...this.document.text.matchAll(incidentSettlement)].map((match) => match[1] ?? "").filter((name) => !calendarWord.test(name)));
    this.incident = names.size === 1 ? ([...names][0] ?? null) : null;
    return this.incident;
  }

  /** The country named last before `position`, else the first one named after it. */
  nearestBefore(position: number): string | null {
    this.found ??= [...this.document.folded.matchAll(countryPattern)].map((match) => ({
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      name: this.document.text.slice(match.index ?? 0, (match.index ?? 0) + match[0].length),
    }));
    const before = this.found[firstStartingAt(this.found, position) - 1];
    return (before ?? this.found[0])?.name ?? null;
  }
}

// "northwest China's Gansu province": a direction and a possessive country come before the place.
// "the village of Suzemka, where the incident occurred", "Malin, where the landslide struck".
const incidentSettlement =
  /\b(?:[Tt]he\s+)?(?:village|town|hamlet|settlement|city|community)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?),\s+where\s+the\s+(?:incident|attack|shelling|strike|explosion|blast|shooting|crash|accident|fire|collapse|landslide|killings?|massacre|clash(?:es)?)\s+(?:occurred|happened|took place|struck|unfolded)\b/gu;

// "across much of Pakistan", "in parts of Sindh": a share of a place is scoped to the place.
const placeLead = new RegExp(
  String.raw`^(?:${shareOf}\s+(?:the\s+)?)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)\s+)?(?:\p{Lu}[\p{L}.]+['’]s\s+)?`,
  "u",
);

/** A place named at `position`: an administrative area, a known region, a country or a city. */
function placeNamedAt(document: Document, at: number): string | null {
  const position = at + (document.text.slice(at, at + 40).match(placeLead)?.[0].length ?? 0);
  const admin = adminPlaceAt(document.text.slice(position, position + 80));
  if (admin) return admin.name;
  const region = regionAt(document.folded.slice(position, position + 80));
  if (region) return region.name;
  const words = document.text.slice(position, position + 60).match(/^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}/u)?.[0];
  if (!words) return null;
  const parts = words.split(/\s/);
  for (let count = parts.length; count > 0; count--) {
    const name = parts
      .slice(0, count)
      .join(" ")
      .replace(/['’]s$/, "");
    if (isCountryName(name)) return name;
    if (calendarWord.test(name)) return null;
    const city = findCity(name);
    if (city && city.population >= 5000) return city.name;
  }
  return null;
}

// How far into a report its story's place is looked for: the headline, standfirst and lead paragraphs.
const storySentences = 6;

// "800 miles southwest of Beijing": a bearing from a reference point names no area of its own.
function placesAnArea(place: PlaceFinding): boolean {
  return !/^\d/.test(place.relation);
}

const coarsenessOf: Partial<Record<string, number>> = { country: 3, region: 2, city: 1 };

/** The story's place is the widest its opening ties events to: the province, not the town hit hardest. */
function coarseness(place: PlaceFinding): number {
  return place.area ? (coarsenessOf.region ?? 0) : (coarsenessOf[place.precision] ?? 0);
}

/** The tied place in `sentence` nearest to the figure: one whose words hold the figure is nearest. */
function nearestTied(document: Document, tied: readonly PlaceFinding[], sentence: Span, span: Span): PlaceFinding | undefined {
  let best: { place: PlaceFinding; distance: number } | undefined;
  const inSentence = tied.slice(firstStartingAt(tied, sentence.start)).filter((place) => place.start < sentence.end);
  // "fled fighting in Syria and crossed into Iraq": people who moved are counted where they arrived.
  const arrival = inSentence.find((place) => /^(?:into|to)$/.test(place.relation));
  for (const place of inSentence) {
    if (!placesAnArea(place)) continue;
    if (arrival && place.start < arrival.start && /\b(?:fled|flee|fleeing)\b/.test(document.folded.slice(place.start, place.end))) continue;
    const distance = place.start <= span.start && place.end >= span.end ? 0 : Math.min(distanceTo(place, span.start), distanceTo(place, span.end));
    if (!best || distance < best.distance) best = { place, distance };
  }
  return best?.place;
}

/** "told a news briefing in Geneva": where a source spoke is not the figure's area. */
function spokenAt(document: Document, range: Span, offset: number): boolean {
  const at = range.start + offset;
  return speechSetting.test(document.folded.slice(Math.max(range.start, at - 40), at));
}

function distanceTo(span: Span, position: number): number {
  return position < span.start ? span.start - position : Math.max(0, position - span.end);
}

/** Every place phrase in `range`, in order. */
function placesIn(document: Document, range: Span, mentions: readonly Mention[]): string[] {
  const names: string[] = [];
  for (const match of document.folded.slice(range.start, range.end).matchAll(scopeWord)) {
    const position = range.start + (match.index ?? 0) + match[0].length;
    if (itemCovering(mentions, position - 2) || spokenAt(document, range, match.index ?? 0)) continue;
    const name = placeNamedAt(document, position);
    if (name) names.push(name);
  }
  return names;
}

/** The nearest place phrase in `range` ("in Malatya province", "across Gansu") to `span`. */
function nearestPlace(document: Document, range: Span, span: Span, mentions: readonly Mention[], introducer = scopeWord): string | null {
  const words = document.folded.slice(range.start, range.end);
  let best: { name: string; distance: number } | null = null;
  for (const match of words.matchAll(introducer)) {
    const position = range.start + (match.index ?? 0) + match[0].length;
    if (position > span.start && position < span.end) continue;
    if (itemCovering(mentions, position - 2) || spokenAt(document, range, match.index ?? 0)) continue;
    const name = placeNamedAt(document, position);
    const distance = distanceTo(span, position);
    if (name && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

/**
 * A figure scoped to a whole region or country says less than the settlement of the incident:
 * the story's place, when it is a region or a country, gives way to the settlement the report
 * says its incident happened in. A scope the figure's own clause or sentence gives is kept.
 */
function narrowed(scope: string | null, countries: CountryMentions): string | null {
  if (scope === null || !(isCountryName(scope) || wideAreaWord.test(scope))) return scope;
  return countries.incidentPlace() ?? scope;
}

/**
 * The figure's own clause first; then its sentence; then, as news tells one story in one
 * place, the place the lead names ("… struck Gansu province on Monday"); else null.
 */
export function scopeOf(
  document: Document,
  clause: Span,
  span: Span,
  mentions: readonly Mention[],
  countries: CountryMentions,
  tied: readonly PlaceFinding[] = [],
): string | null {
  const sentence = sentenceAt(document, span.start);
  const event = sentence ? nearestTied(document, tied, sentence, span) : undefined;
  // "40 died in Sindh, and 10,000 houses were damaged across the country": a figure whose own
  // clause says it covers a whole area ("across X", "nationwide") covers that area, not the
  // town another clause of its sentence ties an event to. A place whose words hold the figure stays.
  if (event && !(event.start <= span.start && event.end >= span.end)) {
    const words = document.folded.slice(clause.start, clause.end);
    const across = wideScope.test(words) ? nearestPlace(document, clause, span, mentions, acrossWord) : null;
    if (across) return across;
    if (wholeCountry.test(words)) return countries.nearestBefore(span.start);
  }
  if (event) return event.place;
  const own = nearestPlace(document, clause, span, mentions);
  if (own) return own;
  if (wholeCountry.test(document.folded.slice(clause.start, clause.end))) return countries.nearestBefore(span.start);
  return (sentence && nearestPlace(document, sentence, span, mentions)) ?? narrowed(countries.storyPlace(mentions, tied), countries);
}
