// The words that say what kind of administrative area a name is ("Kharkiv Oblast", "the
// Yesilyurt district", "Malatya Province"): one table for the extractor, which reads them in
// running text (lib/extract/admin-places.ts), and the scope index, which strips them to look a
// region up (lib/places/scope.ts). Each word says its level and where it is used:
// - `inText`: read after or before a name in a report ("the Kursk region", "the town of X");
// - `stateKey`: left off a name before it is looked up among states and provinces ("Donetsk
//   Oblast" finds "Donetska oblast");
// - `regionKey`: left off a region's name for the scope index's keys ("Malatya Province" and
//   "Malatya" are one place).
// "division" and "zone" name kinds of region in country-state-city's list, but in a report they
// as often name an army's division or a military zone: they are not read in text.
import type { PlaceLevel } from "./vocabulary";

type AdminWord = { level: PlaceLevel; inText: boolean; stateKey: boolean; regionKey: boolean };

const word = (level: PlaceLevel, inText: boolean, stateKey: boolean, regionKey: boolean): AdminWord => ({ level, inText, stateKey, regionKey });

export const adminWords: Readonly<Record<string, AdminWord>> = {
  region: word("region", true, true, true),
  oblast: word("region", true, true, true),
  province: word("region", true, true, true),
  governorate: word("region", true, true, true),
  prefecture: word("region", true, true, true),
  krai: word("region", true, true, true),
  state: word("region", true, true, true),
  territory: word("region", true, false, true),
  canton: word("region", true, false, true),
  department: word("region", true, false, true),
  district: word("district", true, true, false),
  county: word("district", true, true, true),
  municipality: word("district", true, false, true),
  area: word("district", true, false, false),
  raion: word("district", true, false, false),
  township: word("district", true, false, true),
  rayon: word("district", true, false, false),
  town: word("city", true, false, false),
  city: word("city", true, false, false),
  village: word("city", true, false, false),
  voivodeship: word("region", false, false, true),
  republic: word("region", false, false, true),
  parish: word("district", false, false, true),
  division: word("region", false, false, true),
  zone: word("region", false, false, true),
};

function wordsWhere(test: (entry: AdminWord) => boolean): string[] {
  return Object.entries(adminWords)
    .filter(([, entry]) => test(entry))
    .map(([name]) => name);
}

/** The level each word read in text stands for: "oblast" → region, "county" → district, "village" → city. */
export const adminLevelOfWord: Readonly<Record<string, PlaceLevel>> = Object.fromEntries(
  wordsWhere((entry) => entry.inText).map((name) => [name, adminWords[name]?.level ?? "region"]),
);

/** "oblasts" → "oblast", "counties" → "county": the plural of each word read in text ("the Bryansk and Kursk oblasts"). */
export const adminWordOfPlural: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(adminLevelOfWord).map((name) => [name.endsWith("y") ? `${name.slice(0, -1)}ies` : `${name}s`, name]),
);

/** A kind word at the end of a state's or province's name, left off before the name is looked up. */
export const stateKindSuffix = new RegExp(String.raw`\s+(?:${wordsWhere((entry) => entry.stateKey).join("|")})$`);

/** A kind word at the end of a region's name, left off for the scope index's keys. */
export const regionKindSuffix = new RegExp(String.raw`\s+(${wordsWhere((entry) => entry.regionKey).join("|")})$`);

/** A word naming a whole region at the end of a place's name ("Gansu province", "Kursk Oblast", "Harris County"): one left off both for the state look-up and for the region keys. */
export const wideAreaWord = new RegExp(String.raw`\b(?:${wordsWhere((entry) => entry.stateKey && entry.regionKey).join("|")})$`, "i");
