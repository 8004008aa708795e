// Where a reported event happened: "thousands gathered in downtown Chicago", "87 occurred in
// Kerr County", "crossed into Lebanon", "clashes broke out at Siddhartha Hall". News names the
// place of what it reports in a locative phrase at the end of the event's clause, so the
// proposal runs from the clause's subject and verb to the place. Only clauses that tell of an
// event (a death, a strike, a crossing, a march, a deployment…) count: the place where a
// source spoke ("told reporters in Geneva"), works ("a professor at the University of
// Suffolk") or a background event ("In 2008, a quake in Sichuan…") is not where the news is.
import type { PlacePrecision } from "../domain/vocabulary";
import { adminWordOfPlural } from "../domain/admin-words";
import { findState } from "./admin-places";
import { countryCodeOf, findCity, isCountryName } from "./gazetteer";
import type { Mention } from "./mentions";
import { type Place, type PlaceFinding, placeAt } from "./places";
import { itemCovering } from "./positions";
import { speechVerb } from "./frames";
import { ahead, type Document, type Sentence, sentenceAt } from "./text";
import { nationalityAdjective, shareOf } from "./word-lists";

// The words that introduce where: a preposition, a compass bearing, an area word with "of", or
// a verb whose object is the place struck ("the quake hit Gansu", "floods swept through Hill Country").
const locative =
  /\b(?:in|at|near|along|across|into|to|on|through|throughout|outside(?:\s+of)?|around|inside|within|toward|towards|from|(?:(?:\d+ (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of)|(?:streets|thoroughfares|cities|towns|villages|counties|provinces|districts|regions|parts|part(?= of (?:north|south|east|west|central)[a-z-]* )|outskirts|suburbs?|heart|centre|center|town|city|village|hamlet|settlement|community|neighbou?rhood|county|province|district|region|state|island|municipality|governorate|prefecture|port|capital|landscape|area|areas|swaths?|swathes|stretch(?:es)?|corner|edge|banks|borders?) of|hit|struck|rocked|jolted|shook|shake|shaking|rattled|devastated|battered|slammed|lashed|hammered|ravaged|swept|buried|flooded|inundated|submerged|engulfed|pounding|pounded|shell(?:ed|ing)|bomb(?:ed|ing)|attack(?:ed|ing)|target(?:ed|ing)|raided|fled|fleeing|flee|left|leaving|entered|entering|reached|reaching|(?<=\b(?:hardest|worst)[- ]hit\s+(?:(?:area|areas|place|places|region|district|county|province|town|city|village)\s+)?)(?:was|were|is|are)|(?<=\b(?:provinces|districts|regions|counties|states|townships|towns|villages|cities|municipalities|areas|communities)(?:\s+(?:affected|hit|worst hit|hardest hit|most affected|flooded))?\s+)(?:are|were|include|included|includes|including))\s+/g;

// Words that tell of something happening somewhere: casualties, attacks, disasters, flight,
// protest, deployment, detention. A clause without one is a place in passing.
const eventWord = new RegExp(
  String.raw`\b(?:${[
    "killed|killing|died|dead|deaths?|death toll|toll|fatalit(?:y|ies)|bodies|victims|casualt(?:y|ies)|wounded|injured|injuries|missing|buried|trapped|affected",
    "attack(?:s|ed)?|strikes?|struck|hit|shell(?:ed|ing)|bomb(?:ed|ing|ings)?|raids?|air ?strikes?|clash(?:es|ed)?|fighting|fought|battles?|offensive|explosions?|exploded|ambush(?:ed)?|massacre|fire|fired|gunfire|assault",
    "earthquake|quake|aftershocks?|tremors?|temblor|landfall|stranded|flood(?:s|ed|ing|waters)?|storm|cyclone|typhoon|hurricane|tornado|tsunami|(?:wild|bush)?fires?|blaze|eruption|avalanche|landslides?|mudslides?|swept|lashed|swamp(?:ed|ing)|collapsed|destroyed|damaged|rescue(?:d|rs)?|search(?:ing|ed)?|rubble|epicent(?:er|re)",
    "fled|flee(?:ing)?|crossed|crossing|camp(?:ing|ed)|arriv(?:ed|ing|e|al)|displaced|evacuat(?:ed|ion)|refugees?|shelter(?:ed|ing|s)?|relocated|transported|transferred|taken|heading|headed|brought",
    "poison(?:ed|ing|ings)?|outbreaks?|cholera|epidemic|infected|infections?|sickened|diagnosed|hospitali[sz]ed",
    "protest(?:s|ed|ers|ors)?|demonstrat(?:ed|ion|ions|ors|ing)|rall(?:y|ies|ied)|march(?:ed|es|ing|ers)?|gather(?:ed|ing|s)?|crowds?|took to the streets|filled|occupied|blocked|turned out|showed up|sought refuge|took refuge",
    "deploy(?:ed|ing|ment|s)?|stationed|sent|send(?:ing)?|troops|soldiers|forces|based|patrol(?:s|led|ling)?|posted|dispatched|massed",
    "arrested|detained|arrests?|detentions?|custody|jailed|held",
    "occurred|happened|took place|taking place|broke out|erupted|ongoing|seen|spotted|reported|recorded|concentrated|located",
  ].join("|")})\b`,
);

// Where a source spoke, not where the news happened.
export const speechSetting =
  /\b(?:(?:said|says|told|tells|telling|announced|stated|added|speaking|spoke|wrote)(?:\s+[a-z']+){0,2}|briefing|news conference|press conference|interview|statement|reporters|journalists)\s*$/;

// A place named by its own kind of site: "Daley Plaza", "Camp Mystic", "Bardarash refugee camp".
const siteHead =
  "square|plaza|park|street|road|avenue|boulevard|bridge|river|lake|flood ?plain|plains?|delta|basin|gorge|wetlands|camp|refugee camp|hospital|mosque|church|cathedral|temple|hall|stadium|airport|air ?base|base|barracks|port|harbou?r|prison|jail|market|valley|island|islands|mountains?|hills?|country|coast|desert|forest|canal|highway|station|palace|building|tower|complex|mall|beach|bay|peninsula|crossing|checkpoint|corridor|dam|neighbou?rhood|quarter";
const capitalised = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
// Either case for the kind of site ("Victoria Park", "Bardarash refugee camp"); the name stays capitalised.
const eitherCase = (words: string) =>
  words.replace(/(^|\|| )([a-z])/g, (_all, before: string, letter: string) => `${before}[${letter.toUpperCase()}${letter}]`);
const namedSite = new RegExp(String.raw`^(?:[Tt]he\s+)?(?:${capitalised}\s+){1,4}(?:${eitherCase(siteHead)})\b`, "u");
// "Camp 11", "Camp Mystic": a camp may be named by its number.
const siteFirst = new RegExp(String.raw`^(?:(?:Camp|Fort|Mount|Lake|Port)\s+${capitalised}(?:\s+${capitalised})?|Camp\s+\d{1,3}[A-Z]?\b)`, "u");
// "the U.S.-Mexico border", "the Syria-Iraq border"; "the Turkish border", "the Polish frontier":
// a nationality's adjective names the border as surely as the country does.
const namedBorder = new RegExp(
  String.raw`^(?:(?:the\s+)?${capitalised}-${capitalised}\s+border|the\s+${nationalityAdjective}\s+(?:border|frontier))\b(?!\s+(?:town|city|village|hamlet|settlement|port)\s+of\b)`,
  "u",
);
// "downtown Chicago", "northern Syria", "Hong Kong's Causeway Bay": words that narrow a place.
// "across much of Pakistan", "in parts of Sindh": a share of a place is that place.
const narrowing = new RegExp(
  String.raw`^(?:${shareOf}\s+(?!the\s+\p{Ll}))?(?:[a-z]+-(?:stricken|hit|ravaged|affected|battered|torn)\s+|(?:downtown|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|(?:north|south)-?(?:east|west)|north|south|east|west|rural|coastal)\s+|(?:the|its|their)\s+(?:main\s+)?|(?:(?:neighbou?ring|nearby|other|several|many)\s+)?(?:countries|cities|towns|villages|areas|states|provinces|regions)\s+(?:including|such as|like)\s+|(?:nearby|neighbou?ring)\s+)?(?:${capitalised}(?:\s+${capitalised})?['’]s\s+)?(?:(?:the\s+)?(?:${nationalityAdjective}\s+)?(?:(?:border|frontier|coastal|port|capital|market|mining|industrial|northern|southern|eastern|western|central)\s+)?(?:town|city|village|hamlet|settlement|port)\s+of\s+)?`,
  "u",
);
// A named place joined to the first: "El Paso, Texas, and San Diego", "Zhaotong in Ludian county".
// "Longtoushan, a town in the county of Ludian": an apposition that says where the place lies.
const joined =
  /^(?:,?\s+(?:and|or|in|between)\s+|\s+(?:near|(?:\d[\d.,]* (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west|northeast|northwest|southeast|southwest) of)\s+|,\s+an?\s+(?:(?:port|border|small|large|frontline|coastal)\s+)?(?:town|village|city|suburb|district|county|region|neighbou?rhood)\s+(?:in|of|near|along|on)\s+(?:the\s+(?:county|province|district|region|state)\s+of\s+)?|,\s+(?:(?:and|including|between)\s+)?)/;
// An earlier year: a background event, not this report's news.
// "in 2014", "since March 2008", "on Sept. 11, 2014" (a dated photo or event).
export const earlierYear =
  /\b(?:(?:in|since) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, )(?:1[89]|20)\d\d\b/;
// A city list holds villages named like common words: a bare city must be a town of some size,
// or, after a preposition that can only mean where ("in", "near", "outside", "north of"), any
// town the list holds (1,000+ people) whose name is not a month or a day.
const smallestTown = 5000;
const smallestTownAfterWhere = 1000;
// "the sea-edge community of Praia Nova": a settlement's kind with "of" says where as surely.
const strictlyWhere =
  /^(?:in|near|outside(?:\s+of)?|inside|(?:.* )?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|(?<!home )(?:town|village|hamlet|settlement|community|neighbou?rhood|suburb) of)$/;
/** "since August", "in March 2023": a month or a day is never a place, whatever town shares its name. */
export const calendarWord =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// The verb after a plural area word that introduces the areas themselves ("the provinces hit are …").
// Only prepositions that can mean nothing but where set off a clause's place after a comma.
const trailingWhere = /^(?:in|at|near|outside|around|across|throughout|along|inside|within)\s/;
const listIntro = /^(?:are|were|include|included|includes|including)$/;
const movement =
  /\b(?:sen[dt]|sending|deploy\w*|dispatch\w*|mov(?:ed|ing)|fle[ed]\w*|head\w*|cross\w*|return\w*|evacuat\w*|transferr?\w*|brought|taken|flown|arriv\w*|redeploy\w*)\b[^.;]{0,50}$/;
const flightFrom = /\b(?:evacuat\w*|fle[de]\w*|fleeing|rescu\w*|displac\w*|escap\w*|uproot\w*)\b[^.;]{0,50}$/;
// "in the Lyon city council", "to Moscow officials": a place naming a body or its people is a source, not where.
const institutionAfter =
  /^\s+(?:(?:city|regional|provincial|state|local|health|military|interior|foreign|defen[cs]e|district|county|fire)\s+)?(?:ministry|government|authorities|officials|police|mayor|governor|administration|council|army|military|spokes(?:man|woman|person)|office|prosecutors?|court|department|sheriff['’]?s?|fire (?:department|service|brigade))\b/i;
const institutionBefore = /\b(?:University|College|Institute|School|Museum|Academy)\b[^,.;:]*$/;
// "the United Nations Assistance Mission in Afghanistan", "the Office of Civil Defense in the
// Eastern Visayas region", "the National Earthquake Information Center in Golden": the place
// ends a body's capitalised name and says where the body sits.
const bodyNameBefore =
  /\b(?:Mission|Office|Department|Agency|Bureau|Cent(?:er|re)|Command|Embassy|Consulate|Commission|Service|Survey|Secretariat|Directorate)(?:\s+(?:of|for)(?:\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*)+)?\s+$/u;
// Words that tell what usually or never happens, not what happened: "Ukraine almost never claims attacks inside Russia".
const habitual = /\b(?:never|rarely|seldom|routinely|usually|often|frequently|always)\b/;
// "Oakhurst, a foothill community south of the park": a description of where a place lies tells no event of its own.
// "Malin village, near the city of Pune": so does a bearing from a better-known place after a comma.
const placeDescription =
  /^,\s+(?:an?\s+(?:[a-z-]+\s+){0,3}(?:town|village|city|suburb|community|settlement|hamlet|neighbou?rhood|district|county|region|province|port|area)\b|(?:near|close to|(?:\d[\d.,]* (?:km|kilometres|kilometers|miles) )?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of)\s)[^,.;:!?\u2014\u2013()]*/;
// "in Gansu Sunday": a day or month after a place does not make it part of a longer name.
const calendarAfter =
  /^ (?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*/;
// "strikes on Iran", "an attack on Kharkiv": "on" places a town or a country only after an attack.
// "a hill collapsed on Malin": so does a fall or a collapse.
const attackOn =
  /\b(?:attacks?|strikes?|airstrikes?|air strikes?|raids?|assaults?|offensive|bombardments?|bombing|shelling|collapsed|fell|crashed|came down)\s+on\s+$/;
// How far before the place the event's words may start: the subject and verb of its clause.
const maxWordsBefore = 6;

type Site = { name: string; end: number; common?: boolean };

// "Bade village", "Naharbari area", "Bajura and Bajhang districts", "Gaumul Rural Municipality":
// a name the gazetteer may not hold, vouched for by the administrative word after it.
const adminSingular = "village|town|township|district|area|region|province|county|rural municipality|municipality|state|colony|suburb|locality|subdistrict";
const adminPlural = "villages|towns|districts|areas|regions|provinces|counties|municipalities|states|suburbs";
// Each word of the name capitalised, hyphens too: "Kurdish-majority towns" describes, it does not name.
const properWord = String.raw`\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*`;
const areaName = String.raw`(?:${properWord}\s+){1,3}`;
// A plural word only after two names: "Bajura and Bajhang districts".
const namedArea = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:${areaName}(?:${eitherCase(adminSingular)})|${areaName}(?:and|or)\s+${areaName}(?:${eitherCase(adminPlural)}))\b`,
  "u",
);

function namedAreaAt(text: string, position: number): Site | undefined {
  const area = ahead(text, position, 100).match(namedArea);
  // "the Nagaland State Disaster Management Authority": a longer name is a body's.
  if (!area || notAPlaceWord.test(area[0]) || calendarWord.test(area[0]) || /^\s+(?:of\s+)?\p{Lu}/u.test(ahead(text, position + area[0].length, 12)))
    return undefined;
  return { name: area[0].replace(/^the\s+/i, ""), end: position + area[0].length };
}

// A river, a border or a coast covers an area; a square, a camp or a hospital is one spot.
const areaSite =
  /\b(?:districts?|areas?|regions?|provinces?|county|counties|municipalit(?:y|ies)|states?|border|front ?line|front|river|lake|valley|islands?|mountains?|hills?|country|coast|desert|forest|canal|highway|bay|peninsula|corridor)$/i;

function siteExtent(name: string): PlacePrecision {
  return areaSite.test(name) ? "region" : "exact";
}

// "troops at the border", "sent to the front line": a place forces are sent to, unnamed.
const forcesPlace = /^the\s+(?:(?:southern|northern|eastern|western)\s+)?(?:border|front ?line|front)\b/;
const forces = /\b(?:troops|forces|soldiers|marines|guard|personnel|deploy\w*|stationed)\b/;

const siteKindAfter = new RegExp(String.raw`^\s+(?:[a-z]+\s+)?(?:${siteHead})\b`);

function siteAt(text: string, position: number): Site | undefined {
  const words = ahead(text, position, 100);
  const common = words.match(forcesPlace);
  if (common) return { name: common[0].replace(/^the\s+/, ""), end: position + common[0].length, common: true };
  const site = words.match(namedBorder) ?? words.match(siteFirst) ?? words.match(namedSite);
  if (!site) return undefined;
  // "Camp Mystic summer camp", "Al-Shifa medical complex": the kind of site may follow the name.
  const kind = words.slice(site[0].length).match(siteKindAfter)?.[0] ?? "";
  return { name: site[0].replace(/^the\s+/i, ""), end: position + site[0].length + kind.length };
}

// A whole country places an event ("crossed into Lebanon") unless the text names a place inside
// it (coarserThanOthers drops it then); a name that owns a noun or starts a longer name is none.
function knownPlace(document: Document, position: number, where = false): Place | undefined {
  const place = placeAt(document, position) ?? stateAt(document, position) ?? (where ? unlistedPlaceAt(document, position) : undefined);
  // "the University of Suffolk": a name followed by "of" is an institution's, not a town's;
  // "Vladimir Putin", "Washington Post": a town's name inside a longer name is no place.
  const next = ahead(document.text, place?.end ?? position, 12);
  // "the Gaza Strip's Ministry of Health": a place that owns the next noun names a source or a thing, not where.
  if (!place || institutionAfter.test(ahead(document.text, place.end, 40)) || /^\s+of\s+\p{Lu}/u.test(next) || /^['’]s\s/.test(next)) return undefined;
  // "the community of Praia Nova": a town's name that starts a longer name is that longer name, where any name is a place.
  if (/^ (?!City\b)\p{Lu}/u.test(next.replace(calendarAfter, ""))) return where ? unlistedPlaceAt(document, position) : undefined;
  if (place.precision !== "city") return place;
  // "the town of Zorvanka", "the village of X": the administrative word vouches for the name.
  if (/^(?:the\s+)?(?:town|village|city|settlement)\s+of\s/i.test(ahead(document.text, position, 30))) return place;
  // "Wajima city", "Malin village": so does the word after it, for a town the list holds without a population.
  if (/\s(?:town|village|city)$/i.test(place.asStated) && !/^\p{Lu}+\s/u.test(place.asStated)) return place;
  // "NATO", "UN": an acronym is a body, whatever town shares its letters.
  if (calendarWord.test(place.asStated) || acronym.test(place.asStated)) return undefined;
  const city = findCity(place.name) ?? findCity(place.name.replace(/ City$/, ""));
  // "Hunt, Texas", "Longtoushan, a town in …": a small town is named with where it lies.
  const qualified = /^,\s+(?:\p{Lu}|an?\s+(?:town|village|city|county|district))/u.test(ahead(document.text, place.end, 16));
  const town =
    city && (city.population >= smallestTown || qualified || (where && city.population >= smallestTownAfterWhere && !calendarWord.test(place.asStated)));
  return town ? place : (stateAt(document, position) ?? (where ? unlistedPlaceAt(document, position) : undefined));
}

// Names a gazetteer of towns of 1,000+ cannot hold: villages, neighbourhoods, districts ("in Wan
// Chai", "near Krasnohorivka"). After a strictly locative word, in a clause telling an event, a
// capitalised name is a place unless its words say it is a body, a language, a period or a person's.
const unlistedName = new RegExp(String.raw`^${capitalised}(?:\s${capitalised}){0,2}`, "u");
const notAPlaceWord =
  /\b(?:Ministry|Party|Council|Court|University|College|School|Committee|Parliament|Congress|Senate|Assembly|Office|Agency|Department|Group|Company|Corporation|Inc|Ltd|Post|Times|News|Press|Television|Radio|Network|Foundation|Institute|Association|Union|Army|Forces|Police|Guard|Government|Administration|Cabinet|Bureau|Commission|Force|Navy|Church|English|Arabic|French|Spanish|Russian|Chinese|Hebrew|Persian|German|Christmas|Easter|Ramadan|Eid|God|Christ|Allah|Mr|Mrs|Ms|Dr|President|Prime|Minister|General|Colonel|Captain|Sergeant|Judge|Justice|Governor|Mayor)\b/;
const acronym = /^\p{Lu}{2,}\b/u;
const unlistedEnds =
  /^(?:$|\s*[,.;:!?)\u2014\u2013]|\s+(?:on|in|at|near|and|or|as|after|before|when|where|while|since|during|with|to|from|for|overnight|this|last|early|late|earlier|yesterday|today|until)\b)/;

function unlistedPlaceAt(document: Document, position: number): Place | undefined {
  const name = ahead(document.text, position, 50)
    .match(unlistedName)?.[0]
    .replace(/['’]s$/, "")
    // "the town of Azaz.": the full stop ends the sentence, not an abbreviation like "St.".
    .replace(/(?<=\p{L}{3})\.$/u, "");
  // "in Israeli strikes", "in Russian captivity": a capitalised word before a noun describes it.
  if (
    !name ||
    !unlistedEnds.test(ahead(document.text, position + name.length, 16)) ||
    notAPlaceWord.test(name) ||
    acronym.test(name) ||
    calendarWord.test(name) ||
    sentenceInitial(document, position)
  )
    return undefined;
  return { name, asStated: name, end: position + name.length, precision: "exact", latitude: null, longitude: null };
}

/** A capital right after a sentence break proves nothing. */
function sentenceInitial(document: Document, position: number): boolean {
  return /[.!?:]\s*$/.test(document.text.slice(Math.max(0, position - 3), position));
}

const stateName = new RegExp(String.raw`^${capitalised}(?:\s${capitalised})?`, "u");

/** A state or province named without its administrative word: "in Qinghai", "across Texas". */
function stateAt(document: Document, position: number): Place | undefined {
  const words = ahead(document.text, position, 40).match(stateName)?.[0];
  // "Sichuan Monday": the longer name first, then its first word.
  const first = words?.split(/\s/)[0];
  const name = words && findState(words) ? words : first;
  const state = name ? findState(name) : undefined;
  if (!name || !state || looseEqual(state.name, name) === false) return undefined;
  const latitude = state.latitude ? Number(state.latitude) : null;
  const longitude = state.longitude ? Number(state.longitude) : null;
  return { name, asStated: name, end: position + name.length, precision: "region", latitude, longitude };
}

function looseEqual(a: string, b: string): boolean {
  const key = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .split(/\s/)[0];
  return key(a) === key(b);
}

/** A named place at `position`, after words that narrow it ("downtown", "Hong Kong's"). */
function eventPlaceAt(document: Document, position: number, where = false): Place | Site | undefined {
  const words = ahead(document.text, position, 60).match(narrowing)?.[0] ?? "";
  const lead = words.length;
  // "the Syrian town of Sarmada": the settlement's word vouches for the name, as "near" does.
  const vouched = /\b(?:town|city|village|hamlet|settlement|port)\s+of\s+$/.test(words);
  // The whole phrase first ("northern Syria" is part of a country), then the place after the narrowing words.
  for (const at of lead > 0 ? [position, position + lead] : [position]) {
    const found = siteAt(document.text, at) ?? knownPlace(document, at, where || (vouched && at > position)) ?? namedAreaAt(document.text, at);
    if (found) return found;
  }
  return undefined;
}

// A place named again by what it is and whose: "the Belarusian capital", "the former British colony".
// A bare "the region" or "the district" is left alone: it as often means an area around the place.
const reference = /^the\s+(?:former\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:capital|colony|region|district|province|county|state|territory|island|enclave)\b/u;

// "the village", "the camp": a settlement named before by that word ("the village of Shahi Khil", "Zahraa Village").
// "in the county", "in the district": so does an administrative unit named before with that word.
const settlementReference = /^the\s+(village|town|hamlet|settlement|camp|neighbou?rhood|county|district)\b/;

// One pattern per settlement word, built on first use rather than at each reference.
const settlementWords = new Map<string, RegExp>();
function settlementWord(word: string): RegExp {
  const known = settlementWords.get(word);
  if (known) return known;
  const pattern = new RegExp(String.raw`\b${word}\b`, "i");
  settlementWords.set(word, pattern);
  return pattern;
}

/** The last proposed place the text called by the same settlement word, when "the village" refers back to it. */
function settlementAt(document: Document, position: number, findings: readonly PlaceFinding[]): Site | undefined {
  const words = ahead(document.folded, position, 30).match(settlementReference);
  if (!words?.[1] || /^\s+(?:of\s|\p{Lu})/u.test(ahead(document.text, position + words[0].length, 12))) return undefined;
  const kind = settlementWord(words[1]);
  const earlier = findings.findLast((found) => kind.test(`${found.relation} ${found.asStated}`));
  return earlier ? { name: earlier.place, end: position + words[0].length } : undefined;
}

/** A place the text named before, referred to by its kind; never one followed by its name ("the region of Kursk"). */
function referenceAt(document: Document, position: number, last: { name: string } | undefined): Site | undefined {
  const words = ahead(document.text, position, 60).match(reference)?.[0];
  if (!words || !last || /^\s+(?:of\s|\p{Lu})/u.test(ahead(document.text, position + words.length, 12))) return undefined;
  return { name: last.name, end: position + words.length };
}

// "MINSK (Sputnik) —", "KERRVILLE, Texas (AP) —": the town a report was filed from opens a paragraph.
const dateline = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})(?=,|\s*\()/u;

/** Dateline towns the gazetteer knows, each with where it ends. */
function datelinePlaces(document: Document): { name: string; end: number }[] {
  const found: { name: string; end: number }[] = [];
  for (const sentence of document.sentences) {
    const town = document.text.slice(sentence.start, sentence.start + 40).match(dateline)?.[1];
    const city = town ? findCity(town.toLowerCase().replace(/(^|[ -])\p{L}/gu, (letter) => letter.toUpperCase())) : undefined;
    if (town && city) found.push({ name: city.name, end: sentence.start + town.length });
  }
  return found;
}

/** The place named last before `position`: a proposed event's, or a dateline's. */
function lastNamed(findings: readonly PlaceFinding[], datelines: readonly { name: string; end: number }[], position: number): { name: string } | undefined {
  const finding = findings.at(-1);
  const town = datelines.filter((entry) => entry.end <= position).at(-1);
  if (!finding) return town;
  return town && town.end > finding.end ? town : { name: finding.place };
}

/** A place listed after the first ("in Mardan, Swabi and Charsadda"): a location of its own. */
type Listed = { start: number; end: number; place: Place | Site; conjoined: boolean };

// How coarse a place is: a state or a country after a town and a comma says where the town lies ("El Paso, Texas").
const coarseness = (place: Place | Site) => {
  if ("precision" in place && place.precision === "country") return 2;
  return ("precision" in place && place.precision === "region") || findState(place.name) ? 1 : 0;
};
const listGap = /^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
// "the Bryansk, Kursk, and Voronezh oblasts", "Mardan, Swabi and Charsadda districts": the list's kind, once, after its last name.
const pluralAdminAfter = new RegExp(String.raw`^\s+(?:${eitherCase(Object.keys(adminWordOfPlural).join("|"))})\b`);

const pairedBeforePlural = new RegExp(
  String.raw`^${properWord}(?:\s${properWord}){0,2}(?=\s+(?:${eitherCase(Object.keys(adminWordOfPlural).join("|"))})\b)`,
  "u",
);

/** "… and Hsipaw townships": after "and", a name the plural kind word vouches for, whatever list holds it. */
function pairedName(document: Document, position: number, gap: string): Site | undefined {
  if (!/\b(?:and|or)\s+$/.test(gap)) return undefined;
  const name = ahead(document.text, position, 60).match(pairedBeforePlural)?.[0];
  if (!name || notAPlaceWord.test(name) || calendarWord.test(name)) return undefined;
  return { name, end: position + name.length };
}

/**
 * Further places joined to the first: the phrase ends after the last of them. Places listed
 * with commas and "and" ("in A, B and C") are each a place of the event: `listed` holds those
 * after the first, and `firstEnd` where the first one's words end.
 */
function joinedPlaces(
  document: Document,
  end: number,
  where = false,
  first?: Place | Site,
  areasListed = false,
): { end: number; area?: string; covered?: number; listed: Listed[]; firstEnd: number } {
  let cursor = end;
  let area: string | undefined;
  let previous = first;
  const listed: Listed[] = [];
  let firstEnd = end;
  const result = () => {
    // "in Hsipaw Township, northern Shan State": without an "and" or an "or", a comma joins a place to where it lies.
    // A pair ("in Harnett and Wake counties") reads as one area; a list of countries ("soldiers from Chad, Niger
    // and Nigeria") tells where people come from; only after a word that can only mean where is a list of three or more split.
    const country = listed.some((member) => "precision" in member.place && member.place.precision === "country");
    if (!where || country || listed.length < 2 || !listed.some((member) => member.conjoined)) {
      listed.length = 0;
      firstEnd = cursor;
    }
    const plural = ahead(document.text, cursor, 20).match(pluralAdminAfter)?.[0];
    const last = listed.at(-1);
    if (plural && last) last.end = cursor += plural.length;
    // "in Kyaukme and Hsipaw townships": the pair's kind, once, after its second name.
    else if (plural && cursor > end) firstEnd = cursor += plural.length;
    return { end: cursor, area, listed, firstEnd };
  };
  for (let count = 0; count < 6; count++) {
    const gap = ahead(document.text, cursor, 50).match(joined);
    // After "a town in the county of", any name is a place, and the area the first lies in.
    // "evacuated from A, B and C communities": a list goes on after a strictly locative word.
    const within = gap ? /\b(?:in|of)\s+$/.test(gap[0]) : false;
    const listing = gap ? listGap.test(gap[0]) : false;
    const next = gap
      ? (eventPlaceAt(document, cursor + gap[0].length, within || (where && listing)) ?? pairedName(document, cursor + gap[0].length, gap[0]))
      : undefined;
    if (!gap || !next) return result();
    // "10 in Dinagat Islands in the southern Philippines": the country a place lies in adds nothing to it.
    if (/^\s+in\s+$/.test(gap[0]) && "precision" in next && (next.precision === "country" || isCountryName(next.name.replace(/^\S+\s+/, ""))))
      return { ...result(), covered: next.end };
    const unit = gap?.[0].match(/\b(county|province|district|region|state)\s+of\s+$/)?.[1];
    if (within && unit) area = `${next.name} ${unit}`;
    else if (within && "precision" in next && next.precision === "region") area = next.name;
    // A name after a bare comma that is coarser than the one before says where that one lies ("Yelnya, Smolensk Oblast").
    // After "the provinces are", every name is one of the areas, whatever its size.
    const qualifies = !areasListed && /^,\s+$/.test(gap[0]) && previous !== undefined && coarseness(next) > coarseness(previous);
    if (first && listing && !qualifies) {
      if (listed.length === 0) firstEnd = cursor;
      listed.push({ start: cursor + gap[0].length, end: next.end, place: next, conjoined: /\b(?:and|or)\s+$/.test(gap[0]) });
    } else {
      const last = listed.at(-1);
      if (last) last.end = next.end;
      else firstEnd = next.end;
    }
    previous = next;
    cursor = next.end;
  }
  return result();
}

// A comma inside a number ("2,000 families") breaks nothing.
// Nor does a colon inside a time ("1:30 p.m."); a double hyphen after a dateline is a dash.
// "seven in Cook County and four in Dougherty County": each count of a list by place opens its own clause.
const clauseBreak =
  /[;\u2014\u2013()\u201C\u201D"]|:(?!\d)|--|,(?!\d)|\b(?:as(?! a result| part| well| many| much)|when|while|where|after|before|because|since|which|who|that|but|and then)\s|\b(?:and|or)\s(?=(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:more|others?|people|persons|deaths?|dead)\s+)?(?:in|at)\s)/g;
// The rest of the clause after the place: "hospitals in the Gaza Strip have collapsed".
const clauseRest = /^[^;:,.!?\u2014\u2013()\u201C\u201D"]{0,80}/;
// "Minxian County, where most of the deaths occurred": a relative clause that tells the event.
const whereClause = /^,?\s+where\s[^;:,.!?\u2014\u2013\u201C\u201D"]{1,80}/;

/**
 * Where the place's clause begins: after the last break before the place. Unlike `shareOf`, a
 * bare "parts of" opens no clause here (with it, two tuning texts' answers change).
 */
const placeStart =
  /^(?:\p{Lu}|[a-z]+-[a-z]|(?:much|most|all|large\s+parts|many\s+parts)\s+of\s|(?:the|its|their|neighbou?ring|nearby|other|several|many|countries|cities|towns|villages|areas|states|provinces|regions|downtown|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|(?:north|south)-?(?:east|west)|north|south|east|west|rural|coastal)\s)/u;

const trailingWhen =
  /^\s+(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|over|during) the (?:past|last) (?:\d+|two|three|few|several) (?:hours|days|weeks)|overnight|last (?:night|week)|this week|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;

// A bounded look back keeps the cost per place constant, however long a sentence runs.
const lookBack = 300;

function clauseStart(document: Document, sentence: Sentence, relationStart: number): number {
  const from = Math.max(sentence.start, relationStart - lookBack);
  let start = from;
  // A few words past the place's preposition let a break look ahead ("and 4 in …"); only breaks before it count.
  for (const match of document.folded.slice(from, Math.min(sentence.end, relationStart + 8)).matchAll(clauseBreak)) {
    const after = from + (match.index ?? 0) + match[0].length;
    if (after < relationStart) start = after;
  }
  return start;
}

// The words that report an event are not the event: "said (that) 2,000 soldiers had arrived at the border".
const leadingReport = new RegExp(String.raw`^(?:(?:${speechVerb})\s+(?:that\s+)?|that\s+)`, "i");
const innerReport = /\s(?:said|says|told|reported|announced|added|claimed|stated)\s+(?:that\s+)?/g;

/**
 * Where the event's words begin: the clause's start, no more than a few words before the place,
 * and never on the verb that reports it.
 */
function eventStart(document: Document, clause: number, relationStart: number): number {
  const words = [...document.text.slice(clause, relationStart).matchAll(/\S+/g)];
  const first = words.length > maxWordsBefore ? words[words.length - maxWordsBefore] : words[0];
  if (!first) return relationStart;
  const start = clause + (first.index ?? 0);
  const report = leadingReport.exec(document.text.slice(start, relationStart));
  if (report) return start + report[0].length;
  // "Reznichenko said Russian forces kept shelling Nikopol": the event starts after the verb that reports it.
  const inner = [...document.text.slice(start, relationStart).matchAll(innerReport)].at(-1);
  const after = inner ? start + (inner.index ?? 0) + inner[0].length : start;
  return after < relationStart ? after : start;
}

// A photo caption credits its picture: "… in Kerrville, Texas. Photo: AP", "[Photo: WAFA]".
const captionCredit = /(?:^|[\s[(])(?:Photo|Photograph|Image|Picture|Credit)s?\s*:/;

/** A line without a closing stop is a headline; a line with a picture credit is a caption. Both repeat the story. */
function isHeadline(document: Document, sentence: Sentence): boolean {
  const words = document.text.slice(sentence.start, sentence.end).trimEnd();
  // "… 4,500 in Belfort or 6,500 in": a line cut off mid-phrase is a sentence, not a headline.
  const cutOff = /(?:,|\s(?:in|at|on|of|to|from|and|or|the|a|an|with|by|for))$/.test(words);
  // "…here's what's happening in other cities around the nation:": a sentence that introduces a list ends with a colon.
  if (!cutOff && !/[.!?]["'\u201D\u2019)]*$/.test(words) && !/\s\S+\s\S+\s\S+:$/.test(words)) return true;
  const next = document.sentences[sentence.index + 1];
  const line = document.text.slice(sentence.start, next?.paragraph === sentence.paragraph ? next.end : sentence.end);
  return captionCredit.test(line);
}

/** `speakers`: the mentions that speak or pass a claim on; a place inside one is where a source sits. */
export function findEventPlaces(document: Document, speakers: readonly Mention[]): PlaceFinding[] {
  const findings: PlaceFinding[] = [];
  const datelines = datelinePlaces(document);
  let describedUntil = 0;
  for (const relation of document.folded.matchAll(locative)) {
    const relationStart = relation.index ?? 0;
    const position = relationStart + relation[0].length;
    // Most prepositions are followed by common words: only a capital or a narrowing word can start a place.
    if (position < (findings.at(-1)?.end ?? 0) || !placeStart.test(ahead(document.text, position, 24))) continue;
    // "the home town of X" says whose town, not where anything happened.
    // "evacuated 17 people from Toulazoma": where a movement starts is as surely a place.
    const movedFrom =
      relation[0].trim() === "from" &&
      flightFrom.test(document.folded.slice(Math.max(sentenceAt(document, relationStart)?.start ?? 0, relationStart - 60), relationStart));
    // "The affected provinces are A, B and C": a list that says which areas is a list of where.
    const areasListed = listIntro.test(relation[0].trim());
    const where =
      (strictlyWhere.test(relation[0].trim()) || movedFrom || areasListed) &&
      !/\bhome\s+$/.test(document.folded.slice(Math.max(0, relationStart - 6), relationStart));
    const named = eventPlaceAt(document, position, where);
    const sentence = sentenceAt(document, position);
    // "in the Belarusian capital": the place last tied to an event before it, or the dateline's town.
    const place = named ?? referenceAt(document, position, lastNamed(findings, datelines, position)) ?? settlementAt(document, position, findings);
    // "a professor at the University of Leeds in the U.K.": where an institution is, not where anything happened.
    if (institutionBefore.test(document.text.slice(Math.max(0, relationStart - 60), relationStart))) continue;
    if (bodyNameBefore.test(document.text.slice(Math.max(0, relationStart - 80), relationStart))) continue;
    if (relationStart < describedUntil) continue;
    // "Police officials in Madison", "organizers in Boston and Chicago": where a source sits.
    if (
      /(?<!\bto\s+)\b(?:officials|organi[sz]ers|authorities|spokes(?:man|woman|person)|administrators)\s+(?:of\s+[a-z]+\s+)?(?:in|at)\s+$/.test(
        document.folded.slice(Math.max(0, relationStart - 40), position),
      )
    )
      continue;
    // "Police in Thoubal district said…", "An aid agency in Maban County — which runs the camp — told us":
    // a body in a place whose next verb is a speech verb is a source, and the place its seat.
    if (
      /\b(?:police|officials?|authorities|agency|agencies|ministry|government|administration|spokes(?:man|woman|person)|organi[sz]ations?|groups?)\s+(?:in|at|based in)\s+$/.test(
        document.folded.slice(Math.max(0, relationStart - 30), position),
      ) &&
      place !== undefined &&
      seatSpeaks(document, place.end)
    )
      continue;
    // "according to X" names a source, never where something happened.
    // "according to a post from the Spokane police": a place inside the source's phrase is the source's.
    if (
      !place ||
      !sentence ||
      isHeadline(document, sentence) ||
      /\baccording\s+(?:to\b[^,.;:]{0,40})?$/.test(document.folded.slice(Math.max(0, relationStart - 52), relationStart))
    )
      continue;
    // "on" places only streets and sites ("on Hennessey Road"), never days or topics.
    // "handover to China": a country after "to" is a destination only of a movement.
    if (
      "precision" in place &&
      place.precision === "country" &&
      /^(?:to|toward|towards|at|around|near|outside)\b/.test(relation[0]) &&
      !movement.test(document.folded.slice(Math.max(0, relationStart - 60), relationStart))
    )
      continue;
    if (relation[0].startsWith("on") && "precision" in place && !attackOn.test(document.folded.slice(Math.max(0, relationStart - 30), position))) continue;
    // "the earthquake that hit Gansu": a relative clause's subject stands before "that".
    const relative = /\b(?:that|which|who)\s+$/.exec(document.folded.slice(Math.max(sentence.start, relationStart - 8), relationStart));
    const ownOpening = clauseStart(document, sentence, relationStart);
    // "…burned houses near the highway, in Kyaukme and Hsipaw townships": a place set off by a comma at
    // the end of a clause is where that clause's event happened.
    const trailing =
      !relative && trailingWhere.test(relation[0]) && /^\s*$/.test(document.text.slice(ownOpening, relationStart))
        ? /[\p{Ll}\d],\s+$/u.exec(document.text.slice(Math.max(sentence.start, relationStart - 4), relationStart))
        : null;
    const opening =
      ownOpening === relationStart && relative
        ? clauseStart(document, sentence, relationStart - relative[0].length)
        : trailing
          ? clauseStart(document, sentence, relationStart - trailing[0].length + 1)
          : ownOpening;
    // The clause's own words may be anything; the proposal is the place phrase the comma sets off.
    const start = trailing ? relationStart : eventStart(document, opening, relationStart);
    const { end: placesEnd, area, covered, listed, firstEnd } = joinedPlaces(document, place.end, where, place, areasListed);
    describedUntil = Math.max(covered ?? 0, placesEnd + (ahead(document.folded, placesEnd, 120).match(placeDescription)?.[0].length ?? 0));
    // "…, where most of the deaths occurred" tells the event only when the words before the place do not.
    const whereAfter = ahead(document.folded, placesEnd, 100).match(whereClause)?.[0] ?? "";
    const whereWords = eventWord.test(document.folded.slice(opening, position)) ? "" : whereAfter;
    // "crossed into Lebanon in the past 48 hours", "in Tahrir Square on Saturday": when belongs to where.
    const when = whereWords ? "" : (ahead(document.folded, placesEnd, 40).match(trailingWhen)?.[0] ?? "");
    const end = placesEnd + whereWords.length + when.length;
    const rest = whereWords || (ahead(document.folded, end, 100).match(clauseRest)?.[0] ?? "");
    const clause = document.folded.slice(opening, end);
    // A place right after a source ("the Ministry of Health in Gaza") is where the source sits.
    // A speaker's own place ("a resident in Minxian County said") unless the clause tells what
    // happened there ("…, where most of the deaths occurred").
    const source = (itemCovering(speakers, relationStart - 2) || itemCovering(speakers, position)) && !whereAfter;
    // "told reporters in Geneva", "said at a news conference in Kyiv": the words just before the place.
    // "a news conference in the West Bank city of Ramallah": the setting stands before the place's own preposition.
    const before = document.folded.slice(Math.max(opening, relationStart - 60), relationStart);
    const told =
      speechSetting.test(before.slice(-40)) ||
      (/^(?:city|town|village|capital|port) of/.test(relation[0]) && speechSetting.test(before.replace(/\b(?:in|at)\s+(?:the\s+)?(?:\S+\s+){0,3}$/, "")));
    // "deploying in Crimea, which Russia annexed in 2014": a year in a clause that describes the place dates the place, not the event.
    const afterPlace = document.folded.slice(end, Math.min(sentence.end, end + lookBack));
    const describing = afterPlace.search(/^,\s+(?:which|whose)\s/);
    const eventWords = document.folded.slice(Math.max(sentence.start, relationStart - lookBack), end) + (describing === 0 ? "" : afterPlace);
    const background = earlierYear.test(eventWords);
    const sentenceWords = document.folded.slice(Math.max(sentence.start, relationStart - lookBack), Math.min(sentence.end, end + 100));
    // "In southern X Oblast, forces hit a village", "while in X 56 people died": a place that opens its clause places the event after it.
    const fronted = /^(?:(?:while|and|but|whereas|meanwhile|also)\s+)*$/i.test(document.text.slice(start, relationStart))
      ? frontedEvent(document, end)
      : undefined;
    if (fronted !== undefined) {
      if (source || told || background) continue;
      findings.push({ ...finding(document, place, relation[0], position, start, fronted), ...(area ? { area } : {}) });
      continue;
    }
    if (
      source ||
      (start === relationStart && !trailing) ||
      told ||
      background ||
      habitual.test(clause) ||
      !(eventWord.test(clause + rest) || eventWord.test(sentenceWords))
    )
      continue;
    if ("common" in place && !forces.test(clause)) continue;
    const known = "precision" in place ? place : undefined;
    // "…near Maslovka and around Platov airport": a place's words start after the place before it.
    const previousEnd = findings.at(-1)?.end ?? 0;
    // "the West Bank city of Nablus": a place named by its kind "of" a name is the one before it, named closer.
    const renamed = /\sof\s+$/.test(relation[0]) && !/(?:north|south|east|west)\w* of\s+$/.test(relation[0]);
    const spanStart = previousEnd > start && previousEnd < relationStart && !renamed ? afterJoin(document, start, previousEnd, relationStart) : start;
    const listEnd = listed.length > 0 ? firstEnd : end;
    findings.push({
      start: spanStart,
      end: listEnd,
      place: known?.name ?? place.name,
      asStated: document.text.slice(position, place.end),
      relation: relation[0].trim(),
      precision: relation[0].startsWith("near") ? "near" : (known?.precision ?? siteExtent(place.name)),
      latitude: known?.latitude ?? null,
      longitude: known?.longitude ?? null,
      ...(area ? { area } : {}),
    });
    // "in Mardan, Swabi and Charsadda districts": each place listed after the first is one too.
    for (const [index, member] of listed.entries()) {
      const memberEnd = index === listed.length - 1 ? Math.max(member.end, end) : member.end;
      findings.push(finding(document, member.place, relation[0], member.start, member.start, memberEnd));
    }
  }
  return withListedTargets(document, withCountingPlaces(document, findings));
}

// "North West has recorded 5 cases", "Gauteng Province accounts for 89% of the cases, with 176":
// a place that opens its clause and records or accounts for a count is where the counted are.
const countingVerb =
  /^\s+(?:(?:has|have|had)\s+(?:(?:so far|now|also|already|since|just)\s+)?(?:recorded|reported|registered|confirmed|logged|counted)|(?:recorded|reported|registered|confirmed|logged|counted)|accounts?\s+for|accounted\s+for)\s/;
// Where such a clause may open: a sentence, or a clause after a comma, a semicolon or "while".
const clauseOpening = /(?:^|[.!?]\s+|[,;]\s+(?:(?:and|while|whereas)\s+)?|\n\s*)(?=\p{Lu})/gu;
const countClause = /^[^.;:!?\n]*?(?=,\s+(?:and\s+)?\p{Lu}|[.;:!?\n]|$)/u;
const hasCount = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b/;

function withCountingPlaces(document: Document, findings: PlaceFinding[]): PlaceFinding[] {
  const counted: PlaceFinding[] = [];
  for (const opening of document.text.matchAll(clauseOpening)) {
    const position = (opening.index ?? 0) + opening[0].length;
    const sentence = sentenceAt(document, position);
    if (!sentence || isHeadline(document, sentence)) continue;
    const place = eventPlaceAt(document, position);
    // A town's name before a body's word ("Tarvik police reported…") is no place: knownPlace drops it.
    if (!place || ("common" in place && place.common)) continue;
    const { end: placesEnd, area } = joinedPlaces(document, place.end);
    const verb = ahead(document.text, placesEnd, 60).match(countingVerb);
    if (!verb) continue;
    const rest = ahead(document.text, placesEnd, 200).match(countClause)?.[0] ?? "";
    if (!hasCount.test(rest.slice(verb[0].length - 1))) continue;
    const end = placesEnd + rest.trimEnd().length;
    // "Buhera District in Manicaland Province has recorded …": a finding inside the place's own words gives way.
    const inside = (found: PlaceFinding) => found.start >= position && found.end <= placesEnd;
    if (findings.some((found) => found.start < end && found.end > position && !inside(found))) continue;
    for (let index = findings.length - 1; index >= 0; index--) if (inside(findings[index] as PlaceFinding)) findings.splice(index, 1);
    counted.push({ ...finding(document, place, "recorded", position, position, end), ...(area ? { area } : {}) });
  }
  return counted.length === 0 ? findings : [...findings, ...counted].sort((a, b) => a.start - b.start);
}

// "Zymivnyk, Bilozerka, Beryslav and Kherson came under fire": settlements listed as what was struck.
const listMember = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?`;
const targetList = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])(${listMember}(?:,\s+${listMember}){1,}),?\s+and\s+(${listMember})\s+(?:came under (?:[a-z]+\s+)?(?:fire|attack|shelling|bombardment)|were (?:shelled|struck|attacked|bombed|flooded|hit))\b`,
  "gu",
);

const struckCue = /\s(?:came under|were (?:shelled|struck|attacked|bombed|flooded|hit))\b/;

/** Each settlement a list names as struck, when at least one is a town the gazetteer knows; findings in order. */
function withListedTargets(document: Document, findings: PlaceFinding[]): PlaceFinding[] {
  const listed: PlaceFinding[] = [];
  // The list is tried at every capital letter; a text that never says what was struck has none.
  if (!struckCue.test(document.text)) return findings;
  const countries = new Set(findings.map(countryOf));
  for (const match of document.text.matchAll(targetList)) {
    const names = [...(match[1] ?? "").split(/,\s+/), match[2] ?? ""];
    if (names.some((name) => notAPlaceWord.test(name) || acronym.test(name) || calendarWord.test(name))) continue;
    // A known town in a country the report already places events in: "Brown and Taylor came under fire from critics" is no list of towns.
    const known = (name: string) => {
      const city = findCity(name);
      return city !== undefined && city.population >= smallestTownAfterWhere && countries.has(city.country);
    };
    if (!names.some(known)) continue;
    let cursor = match.index ?? 0;
    for (const name of names) {
      const start = document.text.indexOf(name, cursor);
      cursor = start + name.length;
      if (findings.some((found) => found.start < cursor && found.end > start)) continue;
      const city = findCity(name);
      listed.push({
        start,
        end: cursor,
        place: name,
        asStated: name,
        relation: "under fire",
        precision: city ? "city" : "exact",
        latitude: city?.latitude ?? null,
        longitude: city?.longitude ?? null,
      });
    }
  }
  return listed.length === 0 ? findings : [...findings, ...listed].sort((a, b) => a.start - b.start);
}

// After the seat: an aside between dashes or commas, then the speech verb ("… — where two died — said").
const seatThenSpeech =
  /^(?:\s+\p{L}+){0,2}(?:\s*[\u2014\u2013,][^\u2014\u2013.;]{0,120}[\u2014\u2013,])?\s+(?:have\s+|has\s+|had\s+)?(?:said|say|says|told|tell|reported|announced|confirmed|denied|stated)\b/u;

function seatSpeaks(document: Document, placeEnd: number): boolean {
  return seatThenSpeech.test(ahead(document.text, placeEnd, 160));
}

/** Where a place's words start when a place just before it ends its own: past the comma or "and" between them. */
// "Rescuers searched the rubble in Tarvik and the hills in Ossel": a noun phrase with its article
// after "and" is another object of the same verb, and its place keeps the verb.
function afterJoin(document: Document, start: number, previousEnd: number, relationStart: number): number {
  const gap = ahead(document.text, previousEnd, relationStart - previousEnd);
  const skip = gap.match(/^[\s,;]*(?:(?:and|or|but|while|then)\s+)?/)?.[0].length ?? 0;
  return /^(?:the|a|an|its|their|his|her)\s/i.test(gap.slice(skip)) ? start : previousEnd + skip;
}

/** Where the event told after a clause-opening place ends: its first event word, within eight words, unless a source speaks first. */
// "In Louisville, on Thursday night, gunfire erupted": when the event happened may stand between the place and the event.
const frontedWhen =
  /^,\s+(?:(?:on|late|early|last|this|overnight|on the night of)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:yester|to)day|morning|afternoon|evening|night|week|weekend)\s*)+(?=,)/;

function frontedEvent(document: Document, end: number): number | undefined {
  const when = ahead(document.folded, end, 60).match(frontedWhen)?.[0].length ?? 0;
  return eventAfter(document, end + when);
}

function eventAfter(document: Document, end: number): number | undefined {
  const after = ahead(document.folded, end, 120).match(/^,?\s+(?:[^\s;:,.!?\u2014\u2013"\u201C]+\s+){0,7}[^\s;:,.!?\u2014\u2013"\u201C]+/)?.[0];
  const event = after?.match(eventWord);
  const reported = /^(?:reported|recorded|seen|spotted|located|concentrated|based|held)$/.test(event?.[0] ?? "");
  if (!after || !event || reported || /\b(?:said|says|told|tells|reported|announced|added|according)\b/.test(after.slice(0, event.index))) return undefined;
  return end + (event.index ?? 0) + event[0].length;
}

function finding(document: Document, place: Place | Site, relation: string, position: number, start: number, end: number): PlaceFinding {
  const known = "precision" in place ? place : undefined;
  return {
    start,
    end,
    place: known?.name ?? place.name,
    asStated: document.text.slice(position, place.end),
    relation: relation.trim(),
    precision: relation.startsWith("near") ? "near" : (known?.precision ?? siteExtent(place.name)),
    latitude: known?.latitude ?? null,
    longitude: known?.longitude ?? null,
  };
}

/** The country a proposed place lies in, where the gazetteer knows it. */
function countryOf(finding: PlaceFinding): string | undefined {
  if (finding.precision === "country") return countryCodeOf(finding.place);
  return findState(finding.place)?.countryCode ?? findCity(finding.place)?.country;
}

/**
 * A whole country is too coarse where the report places its story more closely: "1,500 troops
 * in Russia" says less than the base near Ussuriysk the report names. Countries no other
 * proposed place lies in stay ("crossed into Lebanon").
 */
export function withoutCoarseCountries<T extends PlaceFinding>(findings: readonly T[]): T[] {
  const inside = new Set(findings.filter((finding) => finding.precision !== "country").map(countryOf));
  // A country named again later in the report adds nothing: it is proposed once, where first tied to an event.
  const proposed = new Set<string>();
  return findings.filter((finding) => {
    if (finding.precision !== "country") return true;
    const country = countryOf(finding) ?? finding.place;
    if (inside.has(country) || proposed.has(country)) return false;
    proposed.add(country);
    return true;
  });
}
