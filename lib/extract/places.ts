// Location claims: who is where, as the text states it ("North Korean soldiers stationed at
// a military base near Ussuriysk, north of Vladivostok"). A place only makes a claim when
// troops or people are said to be there; "a press conference in Brussels" is not one, and a
// whole country ("troops in Russia") is too coarse to be a location claim of its own.
import type { PlacePrecision } from "../domain/vocabulary";
import { adminPlaceAt } from "./admin-places";
import { exonyms } from "./data/exonyms";
import { findCity, isCountryName, regionAt } from "./gazetteer";
import type { Mention } from "./mentions";
import { itemCovering } from "./positions";
import { ahead, type Document, type Span, sentenceAt } from "./text";
import { locatableUnits, unitNounAt } from "./units";

export type PlaceFinding = Span & {
  place: string;
  asStated: string;
  relation: string;
  precision: PlacePrecision;
  latitude: number | null;
  longitude: number | null;
  /** The wider area the text says the place lies in ("Longtoushan, a town in the county of Ludian"). */
  area?: string;
};

export type Place = { name: string; asStated: string; end: number; precision: PlacePrecision; latitude: number | null; longitude: number | null };

const relationWord =
  /\b(near|in|at|outside|around|inside|within|into|to|toward|towards|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|(?:\d+ (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west)(?:-?(?:east|west))? of)\s+$/;
const placeName = /^(?:the )?(?:(?:town|city|village|port|settlement) of )?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})/u;
// "southern Lebanon": part of a country, placed no closer than the country itself.
const partOfCountry =
  /^((?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|(?:north|south)-?(?:east|west)) )(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)/u;
const regionWord = /^\s+(region|oblast|province|krai|district)\b/i;

// Between the people and the place: "stationed at a military base", "fighting in".
const bridgeWords = new Set(
  (
    "stationed deployed based located positioned massed massing gathered spotted seen fighting operating training arrived sent moved moving transferred " +
    "travelling living housed working completed killed wounded injured evacuated detained captured held parked had have has been were was are is being at in near on a an the military air naval training former old new " +
    "abandoned temporary base bases camp camps tents airfield airbase ground grounds range barracks depot garrison facility facilities plant factory site sites " +
    "positions position front frontline border area areas"
  ).split(" "),
);
// "the deployment of … personnel in …" is the claim's event; "the presence of" adds nothing.
const eventNouns = /(?:\b(?:deployment|redeployment|arrival|transfer) of\s+)$/;
const groupModifier = /^(?:\p{Lu}[\p{L}'’-]*|\d[\d,.]*|more|additional|elite|special|regular|several|hundreds|thousands)$/u;

// "the West Bank city of Nablus", "the Kaduna State town of Zonkwa": a wider area named before
// the settlement's word; the settlement after "of" is the place.
const settlementAfter = /^\s+(?:(?:border|frontier|coastal|port|capital|market|mining|industrial)\s+)?(?:city|town|village|hamlet|settlement)\s+of\s+/;
const settlementName = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2}/u;
const notASettlementName =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b/;

export function placeAt(document: Document, position: number): Place | undefined {
  const wider = widerPlaceAt(document, position);
  const settlement = wider ? ahead(document.text, wider.end, 50).match(settlementAfter) : null;
  if (!wider || !settlement || wider.precision === "city") return wider;
  const at = wider.end + settlement[0].length;
  const inner = widerPlaceAt(document, at);
  if (inner?.precision === "city") return { ...inner, asStated: document.text.slice(position, inner.end) };
  // The settlement's word vouches for a name no list holds, as it does in "the town of X".
  const name = ahead(document.text, at, 50)
    .match(settlementName)?.[0]
    .replace(/['’]s$/, "");
  if (!name || notASettlementName.test(name)) return wider;
  const end = at + name.length;
  return { name, asStated: document.text.slice(position, end), end, precision: "city", latitude: null, longitude: null };
}

function widerPlaceAt(document: Document, position: number): Place | undefined {
  const folded = document.folded.slice(position, position + 80);
  const region = regionAt(folded);
  if (region)
    return {
      name: region.name,
      asStated: document.text.slice(position, position + region.length),
      end: position + region.length,
      precision: "region",
      latitude: region.latitude,
      longitude: region.longitude,
    };
  // "Kharkiv Oblast", "the Yesilyurt district", "the town of Dogansehir": the word says the level.
  const admin = adminPlaceAt(document.text.slice(position, position + 80));
  if (admin)
    return {
      name: admin.name,
      asStated: document.text.slice(position, position + admin.length),
      end: position + admin.length,
      precision: admin.level === "city" ? "city" : "region",
      latitude: admin.latitude,
      longitude: admin.longitude,
    };
  const part = document.text.slice(position, position + 60).match(partOfCountry);
  if (part?.[2] && isCountryName(part[2]))
    return { name: part[0], asStated: part[0], end: position + part[0].length, precision: "region", latitude: null, longitude: null };
  const named = document.text.slice(position, position + 60).match(placeName);
  if (!named?.[1]) return undefined;
  const nameStart = position + named[0].length - named[1].length;
  const words = named[1].split(/\s/);
  for (let count = words.length; count > 0; count--) {
    const name = words
      .slice(0, count)
      .join(" ")
      .replace(/['’]s$/, "");
    const end = nameStart + name.length;
    // "soldiers of North Korea": a country, and not the town called North.
    if (isCountryName(name)) return { name, asStated: document.text.slice(position, end), end, precision: "country", latitude: null, longitude: null };
    const regionSuffix = ahead(document.text, end).match(regionWord);
    // "NATO", "UN": an acronym names a body, whatever town shares its letters.
    const city = /^\p{Lu}{2,}$/u.test(name) ? undefined : findCity(name);
    if (city && regionSuffix) {
      return {
        name: `${name} ${regionSuffix[1]?.toLowerCase()}`,
        asStated: document.text.slice(position, end + regionSuffix[0].length),
        end: end + regionSuffix[0].length,
        precision: "region",
        latitude: city.latitude,
        longitude: city.longitude,
      };
    }
    // "Gaza City", "Kuwait City": a city named with the word "City" the list leaves off.
    const cityWord = city ? /^ City\b/.exec(ahead(document.text, end, 6)) : null;
    if (city && cityWord)
      return {
        name: `${name} City`,
        asStated: document.text.slice(position, end + 5),
        end: end + 5,
        precision: "city",
        latitude: city.latitude,
        longitude: city.longitude,
      };
    if (city)
      return {
        name: listedSpelling(city.name, name),
        asStated: document.text.slice(position, end),
        end,
        precision: "city",
        latitude: city.latitude,
        longitude: city.longitude,
      };
  }
  return undefined;
}

/** Letters only, without marks: "Tromsø" and "Tromso", "Kramators’k" and "Kramatorsk" are one spelling. */
function bareLetters(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f'’ʹ`-]/g, "")
    .replace(/ø/g, "o")
    .toLowerCase();
}

/**
 * The list's spelling where it differs from the text's only by marks ("Tromsø") or the text uses a
 * known exonym ("Grodno" for "Hrodna"); else the text's: a list that finds "Malin" as Ukraine's
 * "Malyn" by loose matching has found another town's name.
 */
function listedSpelling(listed: string, stated: string): string {
  return bareLetters(listed) === bareLetters(stated) || exonyms[stated.toLowerCase()] !== undefined ? listed : stated;
}

/** Where the people the place is about begin: "North Korean soldiers", "deployment of … personnel". */
function groupBefore(document: Document, relationStart: number, sentenceStart: number): number | null {
  const words = [...document.folded.slice(sentenceStart, relationStart).matchAll(/[\p{L}\d][\p{L}\d'’,.-]*/gu)];
  for (let index = words.length - 1, bridged = 0; index >= 0 && bridged <= 8; index--, bridged++) {
    const word = words[index];
    if (!word) break;
    const at = sentenceStart + (word.index ?? 0);
    const unit = unitNounAt(document.folded, at);
    if (unit && locatableUnits.has(unit.unit)) return extendGroup(document, words, index, sentenceStart);
    if (!bridgeWords.has(word[0].replace(/[,.]$/, ""))) return null;
  }
  return null;
}

function extendGroup(document: Document, words: RegExpMatchArray[], unitIndex: number, sentenceStart: number): number {
  let start = sentenceStart + (words[unitIndex]?.index ?? 0);
  for (let index = unitIndex - 1; index >= 0; index--) {
    const word = words[index];
    const original = word ? document.text.slice(sentenceStart + (word.index ?? 0), sentenceStart + (word.index ?? 0) + word[0].length) : "";
    if (!word || /,$/.test(original) || !groupModifier.test(original)) break;
    start = sentenceStart + (word.index ?? 0);
  }
  const event = document.folded.slice(Math.max(sentenceStart, start - 24), start).match(eventNouns);
  return event ? start - event[0].length : start;
}

/** ", north of Vladivostok": further relations that narrow the place down. */
function furtherRelations(document: Document, end: number): { relations: string[]; end: number } {
  const relations: string[] = [];
  let cursor = end;
  for (;;) {
    const next = ahead(document.text, cursor).match(
      /^,\s+((?:\d+ (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of)\s+/,
    );
    const place = next ? placeAt(document, cursor + next[0].length) : undefined;
    if (!next?.[1] || !place) return { relations, end: cursor };
    relations.push(`${next[1]} ${place.asStated}`);
    cursor = place.end;
  }
}

export function findPlaces(document: Document, mentions: readonly Mention[]): PlaceFinding[] {
  const findings: PlaceFinding[] = [];
  const sources = mentions.filter((mention) => mention.kind === "anonymous" || mention.sourceId);
  for (const relation of document.folded.matchAll(/\b(?:near|in|at|outside|around|inside|within|into|to|toward|towards|of)\s+/g)) {
    const position = (relation.index ?? 0) + relation[0].length;
    if (itemCovering(sources, position) || position < (findings.at(-1)?.end ?? 0)) continue;
    const place = placeAt(document, position);
    const sentence = sentenceAt(document, position);
    const stated = document.folded.slice(Math.max(0, position - 40), position).match(relationWord);
    if (!place || !sentence || !stated?.[1] || place.precision === "country") continue;
    const relationStart = position - stated[0].length;
    const start = groupBefore(document, relationStart, sentence.start);
    if (start === null) continue;
    const further = furtherRelations(document, place.end);
    const relationWords = [stated[1], ...further.relations].join("; ");
    findings.push({
      start,
      end: further.end,
      place: place.name,
      asStated: place.asStated,
      relation: relationWords,
      precision: stated[1] === "near" ? "near" : place.precision,
      latitude: place.latitude,
      longitude: place.longitude,
    });
  }
  return findings;
}
