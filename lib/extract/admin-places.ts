// Places named with their administrative word: "the Kursk region", "Kharkiv Oblast", "Malatya
// province", "the Yesilyurt district", "the province of Hatay", "the town of Dogansehir". The
// word says the level; the name is looked up among the world's states and provinces
// (country-state-city) and then among cities for coordinates. A capitalised name with an
// administrative word is a place even when neither list knows it: the analyst sees it as typed.
import { adminLevelOfWord, stateKindSuffix } from "../domain/admin-words";
import type { PlaceLevel } from "../domain/vocabulary";
import states from "country-state-city/lib/assets/state.json";
import { findCity } from "./gazetteer";

export type AdminPlace = { name: string; bare: string; level: PlaceLevel; length: number; latitude: number | null; longitude: number | null };

// Either case for the word ("Kharkiv Oblast", "the Kursk region"); names stay capitalised.
const adminWords = Object.keys(adminLevelOfWord)
  .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join("|");
// Capitalised words, with the particles names carry between them ("Agusan del Sur", "Ras al Ain").
const name = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:(?:del|de|la|el|al|da|do|di|du|des|dos|das)\s)?\p{Lu}[\p{L}\p{M}'’-]*){0,2}`;
// "the Kursk region", "Kharkiv Oblast"; "the province of Hatay", "the town of Dogansehir".
const nameThenWord = new RegExp(String.raw`^(?:[Tt]he\s+)?(${name})\s+(${adminWords})\b`, "u");
const wordThenName = new RegExp(String.raw`^(?:[Tt]he\s+)?(${adminWords})\s+of\s+(${name})`, "u");
// "the counties of Minxian and Zhangxian", "the towns of Amoda and Qamishli": the first one named.
const pluralWords: Record<string, string> = {
  regions: "region",
  provinces: "province",
  districts: "district",
  counties: "county",
  towns: "town",
  cities: "city",
  villages: "village",
  states: "state",
};
const wordsThenNames = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:\p{L}+['’]s\s+)?(?:(?:two|three|four|five|several|neighbou?ring|nearby|border)\s+)*(${Object.keys(pluralWords).join("|")})\s+of\s+(${name})`,
  "u",
);
// Words that head an institution's name, not a place's: "the Interior Ministry district", "the Police region".
const institutionWord =
  /^(?:Ministry|Interior|Police|Health|Education|School|Election|Electoral|Congressional|Federal|Military|Security|Fire|Water|Business|Financial|Special|Administrative|Judicial|Court|Postal|Sales|Customs|Command|Army|Navy|Border|Central|National|Federal|Metropolitan|Capital|Sanitation|Transport|Development|Economic)$/;
// A lower-case administrative word makes a place of an unknown name only for units of government.
const governedUnit = /^(?:region|oblast|province|governorate|prefecture|krai|district|county|raion|rayon|municipality|area)$/;

type State = { name: string; countryCode: string; latitude: string | null; longitude: string | null };
let stateIndex: Map<string, State> | undefined;

function looseKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f'’-]/g, "")
    .toLowerCase()
    .replace(stateKindSuffix, "");
}

/** A state or province by name: "Donetsk" finds "Donetska oblast", "Malatya" finds "Malatya". */
export function findState(bare: string): State | undefined {
  if (!stateIndex) {
    stateIndex = new Map();
    for (const state of states as State[]) {
      const key = looseKey(state.name);
      if (!stateIndex.has(key)) stateIndex.set(key, state);
      // Ukrainian and Russian adjectival forms: "Donetska", "Kurskaya" → "donetsk", "kursk".
      const stem = key.replace(/(?:ska|skaya|skiy|ska|ka|aya)$/, "");
      if (stem !== key && stem.length > 3 && !stateIndex.has(stem)) stateIndex.set(stem, state);
    }
  }
  const key = looseKey(bare);
  return stateIndex.get(key) ?? stateIndex.get(key.replace(/(?:ska|skaya|ka)$/, ""));
}

// Capitalised words that start a sentence or a title but name no place ("The", "Every").
const notANameStart = /^(?:the|a|an|this|that|every|each|its|their|his|her|our|one|some|which|whose)$/i;

/** An administrative place whose words start at the beginning of `text` (original case). */
export function adminPlaceAt(text: string): AdminPlace | undefined {
  const after = nameThenWord.exec(text);
  const before = after ? null : (wordThenName.exec(text) ?? wordsThenNames.exec(text));
  const match = after ?? before;
  if (!match) return undefined;
  // "China's Yunnan province": the owner narrows nothing the province's name does not.
  const bare = ((after ? match[1] : match[2]) ?? "").replace(/^.*['’]s\s+/, "");
  const stated = ((after ? match[2] : match[1]) ?? "").toLowerCase();
  const word = pluralWords[stated] ?? stated;
  const level = adminLevelOfWord[word];
  if (!level || notANameStart.test(bare.split(/\s/)[0] ?? "") || !/^\p{Lu}/u.test(bare)) return undefined;
  // "the Interior Ministry district" is not a place: an admin word after a name needs the name to be known, or capital-cased admin word ("Kharkiv Oblast").
  const state = level === "city" ? undefined : findState(bare);
  const city = findCity(bare);
  // An unknown name before a lower-case word is a place when the word is a unit of government
  // and no word of the name heads an institution ("Yunan province" with its typo, not "the Health district").
  const institution = bare.split(/\s/).some((part) => institutionWord.test(part));
  if (after && !state && !city && !/^\p{Lu}/u.test(match[2] ?? "") && (institution || !governedUnit.test(word))) return undefined;
  // "the Columbia Fire Department": a body's name, whatever the capital letter on its last word.
  if ((!after || word === "department") && institution) return undefined;
  const latitude = state?.latitude ? Number(state.latitude) : (city?.latitude ?? null);
  const longitude = state?.longitude ? Number(state.longitude) : (city?.longitude ?? null);
  // "Gaza City", "Kuwait City": a capitalised "City" is part of the name.
  const named = level === "city" ? (after && match[2] === "City" ? `${bare} City` : bare) : `${bare} ${word}`;
  return { name: named, bare, level, length: match[0].length, latitude, longitude };
}
