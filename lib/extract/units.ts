// What a figure counts, in the analyst's words. A figure with none of these after it is not a
// claim the analyst tracks (a distance, a sum of money, a duration), unless the sentence
// points back to one ("the number could rise to 12,000").
import { ahead } from "./text";

/** Words for soldiers all count the same thing, so figures compare on one axis. */
const unitByNoun: Record<string, string> = {
  troops: "troops",
  troop: "troops",
  soldiers: "troops",
  soldier: "troops",
  personnel: "troops",
  servicemen: "troops",
  "service members": "troops",
  "service personnel": "troops",
  forces: "troops",
  "special forces": "troops",
  fighters: "troops",
  combatants: "troops",
  conscripts: "troops",
  recruits: "troops",
  marines: "troops",
  paratroopers: "troops",
  infantrymen: "troops",
  reservists: "troops",
  peacekeepers: "troops",
  inmates: "prisoners",
  detainees: "prisoners",
  others: "others",
  depots: "depots",
  bases: "bases",
  camps: "camps",
  prisons: "prisons",
  villages: "villages",
  towns: "towns",
  settlements: "settlements",
  positions: "positions",
  airfields: "airfields",
  bridges: "bridges",
  buildings: "buildings",
  homes: "homes",
  mercenaries: "mercenaries",
  workers: "workers",
  engineers: "engineers",
  officers: "officers",
  brigades: "brigades",
  brigade: "brigades",
  battalions: "battalions",
  battalion: "battalions",
  divisions: "divisions",
  regiments: "regiments",
  units: "units",
  casualties: "casualties",
  losses: "casualties",
  dead: "killed",
  killed: "killed",
  deaths: "killed",
  fatalities: "killed",
  wounded: "wounded",
  injured: "wounded",
  missing: "missing",
  people: "people",
  persons: "people",
  civilians: "civilians",
  residents: "residents",
  refugees: "refugees",
  prisoners: "prisoners",
  "prisoners of war": "prisoners",
  pows: "prisoners",
  hostages: "hostages",
  children: "children",
  instructors: "instructors",
  technicians: "technicians",
  specialists: "specialists",
  advisers: "advisers",
  advisors: "advisers",
  men: "people",
  women: "people",
  frigates: "frigates",
  warships: "warships",
  vessels: "vessels",
  ships: "ships",
  submarines: "submarines",
  tankers: "tankers",
  trucks: "trucks",
  households: "households",
  families: "families",
  bombers: "aircraft",
  warplanes: "aircraft",
  planes: "aircraft",
  "fighter jets": "aircraft",
  tanks: "tanks",
  drones: "drones",
  missiles: "missiles",
  shells: "shells",
  "artillery shells": "shells",
  rockets: "rockets",
  aircraft: "aircraft",
  jets: "aircraft",
  helicopters: "helicopters",
  vehicles: "vehicles",
  "armoured vehicles": "vehicles",
  "armored vehicles": "vehicles",
  howitzers: "howitzers",
  "artillery systems": "artillery systems",
  launchers: "launchers",
};

/** Groups of soldiers, as opposed to a head count: "four brigades, totaling 12,000 soldiers". */
export const formationUnits = new Set(["brigades", "battalions", "divisions", "regiments", "units"]);

/** Units a location claim can be about: people, groups of them, and the equipment they field. */
export const locatableUnits = new Set([
  ...["troops", "mercenaries", "workers", "engineers", "officers", "instructors", "technicians", "specialists", "advisers", ...formationUnits],
  ...["people", "civilians", "refugees", "residents", "prisoners", "others"],
  ...["aircraft", "tanks", "drones", "missiles", "helicopters", "ships", "warships", "frigates", "vessels", "submarines"],
  ...["vehicles", "howitzers", "launchers", "artillery systems", "trucks"],
]);

/** Counts of people a share can be taken of: "30% of the troops" is a figure; "80 percent of the units named" is not. */
export const personnelUnits = new Set(["troops", "killed", "wounded", "casualties", "civilians", "people"]);

const nounsLongestFirst = Object.keys(unitByNoun).sort((a, b) => b.length - a.length);

// Words that may stand between a figure and its unit: "1,500 North Korean troops",
// "3,000 more elite soldiers". Capitalised words (nationalities) are allowed separately.
const modifiers = new Set(
  "more additional extra other new fresh young elite special regular active armed combat foreign ground military infantry mechanised mechanized armoured armored trained reserve local civilian ukrainian russian of its their the his her our enemy allied frontline front-line well-trained".split(
    " ",
  ),
);

export type UnitMatch = { unit: string; noun: string; end: number };

// "4,000 Ukrainians", "300 Russians": people counted by nationality.
const nationalityPlural = /^(?:north |south )?[a-z]+(?:ans|ese|is)\b/;

function nounAt(folded: string, position: number): UnitMatch | null {
  for (const noun of nounsLongestFirst) {
    if (folded.startsWith(noun, position) && !/[\w-]/.test(folded[position + noun.length] ?? "")) {
      return { unit: unitByNoun[noun] ?? noun, noun, end: position + noun.length };
    }
  }
  return null;
}

function nationalsAt(text: string, folded: string, position: number): UnitMatch | null {
  const plural = ahead(folded, position, 30).match(nationalityPlural);
  return plural && /^\p{Lu}/u.test(text.slice(position, position + 1)) ? { unit: "people", noun: plural[0], end: position + plural[0].length } : null;
}

// Listed units that are also the participle of what happened to a noun before them.
const participles = new Set(["killed", "dead", "wounded", "injured", "missing"]);

// Words that end a noun phrase: "10 days of fighting" must not reach "troops" further on.
const phraseBreaks = new Set(
  "of the a an and or to in from for with by on at as than that which who were was are is be been had have has would will could may remain remained remains went gone stayed became".split(
    " ",
  ),
);

/** The unit after a figure, skipping up to four modifiers and one other describing word ("five fuel depots"). */
export function unitAfter(text: string, folded: string, position: number): UnitMatch | null {
  let cursor = position;
  let unknownWords = 0;
  let lastWord = "";
  for (let skipped = 0; skipped <= 4; skipped++) {
    const space = folded.slice(cursor, cursor + 16).match(/^\s+/);
    if (!space) return null;
    cursor += space[0].length;
    const unit = nounAt(folded, cursor) ?? nationalsAt(text, folded, cursor);
    // "two adults killed": after a plural noun, "killed" is its verb, not the thing counted.
    if (unit && unknownWords > 0 && participles.has(unit.noun) && /[^s'u]s$|men$|people$/.test(lastWord)) return null;
    // "12 wounded Palestinian civilians", "two missing American hikers": a participle before a
    // noun describes it; the noun is what is counted (the participle still gives the measure).
    const described = unit && participles.has(unit.noun) ? describedNoun(text, folded, unit.end) : null;
    if (described) return described;
    if (unit) return withCoordinatedUnit(folded, unit, text);
    const word = ahead(folded, cursor, 40).match(/^[\p{L}'-]+/u);
    if (!word) return null;
    const original = text.slice(cursor, cursor + word[0].length);
    const describing = !modifiers.has(word[0]) && !/^\p{Lu}/u.test(original);
    if (describing && (phraseBreaks.has(word[0]) || ++unknownWords > 1)) return null;
    lastWord = word[0];
    cursor += word[0].length;
  }
  return null;
}

/** The counted noun a participle describes, when one follows it, past its describing words. */
function describedNoun(text: string, folded: string, position: number): UnitMatch | null {
  const noun = unitAfter(text, folded, position) ?? openNounAfter(text, folded, position);
  // A headline's last word does not describe the first noun of the next paragraph.
  return noun && !participles.has(noun.noun) && !folded.slice(position, noun.end).includes("\n") ? noun : null;
}

// Open vocabulary: any plural noun right after a figure counts something ("96 bodies", "3,000
// tents", "2,300 rescuers"), except measures of time, distance, weight and money, which are
// not claims an analyst tracks. Collective nouns without a plural s are listed.
const notCounted = new Set(
  (
    "days weeks months years hours minutes seconds decades centuries nights mornings times km kms kilometres kilometers miles metres meters " +
    "feet inches yards hectares acres tonnes tons kilograms kg grams pounds litres liters gallons barrels dollars euros cents pence percent " +
    "points degrees goals runs wickets sets games laps stars pages words characters episodes chapters bytes calories kilowatts megawatts " +
    "rounds steps levels things ways series news basis terms digits kinds types sorts " +
    // Records and messages people leave, not people or things a desk counts: "a thousand
    // signatures", "62 unconfirmed reports of tornadoes", "300 calls to the hotline".
    "signatures petitions ballots letters messages calls emails tweets reports complaints applications views likes followers subscribers comments"
  ).split(" "),
);
const collectiveNouns = new Set("staff personnel police crew crews cattle livestock sheep fish aircraft".split(" "));
const notNouns =
  /^(?:this|thus|its|his|hers|ours|yours|theirs|was|has|is|does|goes|as|us|yes|less|across|unless|always|perhaps|afterwards|towards|besides|nevertheless|plus|minus|whereas|various|previous|serious|numerous|famous|dangerous|enormous)$/;

// Plurals without an s: "5,335 schoolchildren", "40 gunmen", "12 firemen".
const irregularPlural = /^(?:[a-z]*children|[a-z]*women|men|[a-z]+(?:s|ce|re|er|un|ish|y)men|people)$/;

/** The head noun of the words after a figure, when no listed unit is there: "96 bodies", "400 staff". */
export function openNounAfter(text: string, folded: string, position: number): UnitMatch | null {
  let cursor = position;
  let previous = "";
  for (let words = 0; words < 5; words++) {
    const space = folded.slice(cursor, cursor + 8).match(/^\s+/);
    if (!space) return null;
    const at = cursor + space[0].length;
    const word = ahead(folded, at, 30).match(/^[a-z][a-z'-]*/);
    if (!word) return null;
    const original = text.slice(at, at + word[0].length);
    const end = at + word[0].length;
    // A capitalised word names something ("Texas", "Camp Mystic"): it may describe the head noun, never be it.
    const named = /^\p{Lu}/u.test(original);
    const plural = (/[^s'u]s$/.test(word[0]) && word[0].length > 3 && !notNouns.test(word[0])) || irregularPlural.test(word[0]);
    if ((plural || collectiveNouns.has(word[0])) && !named && !notCounted.has(word[0])) {
      const found = { unit: unitByNoun[word[0]] ?? word[0], noun: word[0], end };
      return withCoordinatedUnit(folded, found, text);
    }
    // "2,500 National Guard and Reserve forces": "and" inside a run of names does not end the noun phrase.
    const inNames = word[0] === "and" && /^\p{Lu}/u.test(previous) && /^\s+\p{Lu}/u.test(text.slice(end, end + 3));
    if (!inNames && (phraseBreaks.has(word[0]) || notCounted.has(word[0]) || (/^\p{Lu}/u.test(original) === false && words >= 2))) return null;
    if (words >= 3 && !/^\p{Lu}/u.test(original) && !inNames) return null;
    previous = original;
    cursor = end;
  }
  return null;
}

/**
 * "267 drones and missiles", "hundreds of police and Interior Ministry troops": a second unit
 * joined to the first, after up to three names describing it, belongs to the same figure.
 */
function withCoordinatedUnit(folded: string, unit: UnitMatch, text?: string): UnitMatch {
  const joined = ahead(folded, unit.end, 40).match(/^\s+(?:and|or)\s+/);
  let at = joined ? unit.end + joined[0].length : -1;
  for (let names = 0; text !== undefined && at >= 0 && names < 3 && !nounAt(folded, at); names++) {
    const name = text.slice(at, at + 30).match(/^\p{Lu}[\p{L}'-]*\s+/u);
    if (!name) break;
    at += name[0].length;
  }
  const second = at >= 0 ? (nounAt(folded, at) ?? (text === undefined ? null : sharedPluralAt(text, folded, at))) : null;
  // "killed two people and wounded six": a participle before a figure is the next clause's verb.
  if (
    second &&
    participles.has(second.noun) &&
    /^\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b)/.test(ahead(folded, second.end, 20))
  )
    return unit;
  return second ? { ...unit, end: second.end } : (listedUnits(folded, unit) ?? unit);
}

// "14 soldiers and police officers", "12 villagers and herders": one figure shared by a second
// plural noun, open vocabulary, right after "and" or after one word naming a service.
const serviceWords = /^(?:police|security|civilian|military|local|foreign|government|rescue|aid|medical|health|emergency|fire|border|prison|paramilitary)\s+/;
const verbsInS =
  /^(?:says|adds|warns|claims|remains|continues|includes|seems|comes|goes|makes|takes|gives|shows|means|needs|wants|plans|hopes|expects|believes|denies|admits|insists)$/;

function sharedPluralAt(text: string, folded: string, position: number): UnitMatch | null {
  const service = ahead(folded, position, 20).match(serviceWords)?.[0] ?? "";
  const at = position + service.length;
  const word = ahead(folded, at, 30).match(/^[a-z][a-z'-]*/)?.[0];
  if (!word || /^\p{Lu}/u.test(text.slice(at, at + 1)) || notCounted.has(word) || notNouns.test(word) || verbsInS.test(word)) return null;
  // "hundreds of dead and thousands of injured": a vague amount after "and" is a figure of its own.
  if (/^(?:dozens|scores|tens|hundreds|thousands|millions|billions)$/.test(word) || /^\s+of\b/.test(ahead(folded, at + word.length, 6))) return null;
  const plural = (/[^s'u]s$/.test(word) && word.length > 3) || irregularPlural.test(word);
  return plural ? { unit: unitByNoun[word] ?? word, noun: word, end: at + word.length } : null;
}

/** "police, soldiers and civilians", "men, women, and children": a list of counted nouns is one figure's words. */
function listedUnits(folded: string, unit: UnitMatch): UnitMatch | null {
  const list = ahead(folded, unit.end, 80).match(/^((?:,\s+[a-z-]+){1,4}),?\s+(?:and|or)\s+([a-z-]+)/);
  if (!list) return null;
  const words = [...(list[1] ?? "").split(/,\s+/).filter(Boolean), list[2] ?? ""];
  return words.every((word) => nounAt(word, 0)?.end === word.length) ? { ...unit, end: unit.end + list[0].length } : null;
}

/** A unit named as a word right here ("troops" in "the number of troops"). */
export function unitNounAt(folded: string, position: number): UnitMatch | null {
  return nounAt(folded, position) ?? (nationalityPlural.test(folded.slice(position, position + 30)) ? { unit: "people", noun: "", end: position } : null);
}
