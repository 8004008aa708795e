// The kind a new source probably is, from its name and the words written beside it
// ("editor at", "President"). Only a suggestion: the analyst confirms it on the review screen.
import type { SourceKind } from "../domain/vocabulary";
import { findCity, isCapitalCity, isCountryName } from "./gazetteer";
import { oneOf } from "./text";
import { titleAbbreviations } from "./word-lists";

// Checked in order: "Yonhap News Agency" is a news agency before it is an "agency".
const kindPatterns: Array<[RegExp, SourceKind]> = [
  [/\b(?:sources?|people familiar|reports? from|local reports|media reports|unnamed|anonymous|insiders?)\b/i, "anonymous"],
  [
    /\b(?:news agency|reuters|associated press|agence france|afp|tass|interfax|ria novosti|yonhap|kyodo|xinhua|ukrinform|unian|anadolu|sputnik|efe|ansa|dpa|bernama|antara|irna|wafa|kuna|belta|pap|ptv news|press trust of india|asian news international)\b/i,
    "news_agency",
  ],
  [/\b(?:red cross|red crescent|relief agency|aid agency|aid agencies|refugee agency|humanitarian|aid group|relief group|rights group|charity)\b/i, "ngo"],
  [
    /\b(?:intelligence|spy agency|spy service|security service|security police|counter-?intelligence|nis|cia|gur|sbu|fsb|svr|mi6|mossad)\b/i,
    "intelligence_service",
  ],
  [/\b(?:state media|state television|state tv|state broadcaster)\b/i, "media_outlet"],
  [
    /\b(?:bbc|cnn|times|post|journal|guardian|telegraph|express|radio|tv|television|broadcast\w*|newspapers?|magazines?|outlets?|channels?|gazette|herald|courier|tribune|chronicle|wire|dispatch|standard|mirror|review|media|daily|news|pravda|meduza|politico|bloomberg)\b/i,
    "media_outlet",
  ],
  [/\b(?:institute|think tank|centre for|center for|council on|rand|isw|chatham house|carnegie)\b/i, "think_tank"],
  [/\b(?:red cross|amnesty|human rights|rights group|unicef|unhcr|msf|doctors without borders|ngo|charity|monitor)\b/i, "ngo"],
  [/\b(?:editor at|expert|analyst|researcher|professor|fellow|scholar|observer|commentator)s?\b/i, "expert"],
  // "police officers", "the sheriff's office": law enforcement is a branch of government.
  [/\b(?:police|sheriff|law enforcement|constabulary|gendarmerie)\b/i, "government"],
  [/\b(?:general staff|armed forces|forces|army|navy|air force|military|command|brigade|general|colonel|commander|admiral|officer)s?\b/i, "military"],
  [
    /\b(?:ministry|government|kremlin|white house|pentagon|cabinet|state department|foreign office|parliament|administration|authorit(?:y|ies)|agency|prosecutors?|coroner)\b/i,
    "government",
  ],
  [/\b(?:organi[sz]ers|activists|campaigners|opposition|union)\b/i, "other"],
  [
    /\b(?:president|minister|spokes(?:man|woman|person)|secretary|ambassador|envoy|governor|mayor|leader|chancellor|king|official|diplomat|lawmaker|senator|adviser|advisor)s?\b/i,
    "official",
  ],
];

// A person's role says more than the outlet named in it: "editor at Defence Express" is an expert.
const rolePatterns: Array<[RegExp, SourceKind]> = [
  // "a local police commander", "divisional commissioner of Aligarh": civil offices, not the army.
  [/\b(?:police|sheriff|constable|superintendent|inspector|commissioner|prosecutor|magistrate|administrator)s?\b/i, "official"],
  [/\b(?:editor|expert|analyst|researcher|professor|fellow|scholar|observer|commentator)s?\b/i, "expert"],
  [/\b(?:general|colonel|commander|admiral|officer|lieutenant|major)s?\b/i, "military"],
  [
    /\b(?:president|minister|spokes(?:man|woman|person)|secretary|ambassador|envoy|governor|mayor|leader|chancellor|official|diplomat|senator|adviser|advisor)s?\b/i,
    "official",
  ],
];

// Names repeat through a report and across reports: judge each name once. Bounded, so a
// long-running server never holds more than a few thousand entries.
function remembered<T>(cache: Map<string, T>, key: string, judge: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const judged = judge();
  if (cache.size > 20_000) cache.clear();
  cache.set(key, judged);
  return judged;
}

const kinds = new Map<string, SourceKind>();
const persons = new Map<string, boolean>();

export function suggestKind(name: string, description: string | null = null): SourceKind {
  return remembered(kinds, `${name}\u0000${description ?? ""}`, () => judgeKind(name, description));
}

/** Whether a name is of a person: people have titles or roles, or a name of two to four words. */
export function looksLikePerson(name: string, description: string | null): boolean {
  return remembered(persons, `${name}\u0000${description ?? ""}`, () => judgePerson(name, description));
}

function judgeKind(name: string, description: string | null): SourceKind {
  if (description) for (const [pattern, kind] of rolePatterns) if (pattern.test(description)) return kind;
  const words = `${description ?? ""} ${name}`;
  for (const [pattern, kind] of kindPatterns) if (pattern.test(words)) return kind;
  // "Moscow said", "Russia denied": a country or its capital speaks as its government.
  if (isCountryName(name) || isCapitalCity(name)) return "government";
  return "other";
}

export const personRole = new RegExp(
  String.raw`\b(?:president|premier|minister|leader|mrs?|ms|miss|dr|spokes\w+|editor|analyst|expert|researcher|professor|fellow|general|${oneOf(Object.keys(titleAbbreviations))}|admiral|marshal|brigadier|lieutenant|captain|sergeant|colonel|commander|governor|mayor|ambassador|envoy|chancellor|official|secretary|adviser|advisor|director|chief|head|recruiter|officer|diplomat|teacher|shopkeeper|resident|witness|superintendent|inspector|commissioner|sheriff)\b`,
  "i",
);
// Capitalised names that are organisations, whatever their length: "United Nations", "Open Cell".
const organisationWord =
  /\b(?:nations|union|group|company|council|committee|organi[sz]ation|bank|fund|party|front|forces|army|navy|guard|corps|centre|center|institute|university|service|agency|ministry|office|department|times|post|herald|news|gazette|radio|wire|courier|daily|cell|watch|network|federation|alliance|coalition|command|staff|programme|program|commission|authority|bureau|association|society|committee)$/i;

// "Israeli tallies", "an Algerian who …": a country's adjective is nobody's name ("Israeli" from
// Israel, "Syrian" from Syria, "Iranian" from Iran, "Ukrainian" from Ukraine, "Chinese" from China).
function isNationality(word: string): boolean {
  const stems = [word.replace(/[in]$/, ""), word.replace(/ian$/, ""), word.replace(/ian$/, "e"), word.replace(/ese$/, ""), word.replace(/ese$/, "a")];
  return stems.some((stem) => stem !== word && stem.length >= 4 && isCountryName(stem));
}

function judgePerson(name: string, description: string | null): boolean {
  if (description && personRole.test(description)) return !organisationWord.test(name);
  // A role the list does not know ("Alex Balla, coordinator for the state aid agency"): the name's
  // shape decides, unless the description's head, before any "of/for/at", is a body ("advocacy group").
  if (description && organisationWord.test(description.split(/\s+(?:of|for|at|in|with|from)\s+/)[0] ?? description)) return false;
  // "a spokesman for the mission", "a former recruiter": one person described by a role.
  if (/^\p{Ll}/u.test(name))
    return /^(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:spokes\w+|official|diplomat|analyst|expert|recruiter|commander|officer|source|researcher|witness|eyewitness|resident|survivor|protester|demonstrator|villager|farmer|fisherman|student|teacher|nurse|shopkeeper|firefighter|paramedic|evacuee|refugee)\b/.test(
      name,
    );
  if (organisationWord.test(name)) return false;
  const words = name.split(/\s+/);
  // A lone surname ("Zelensky noted") is a person unless it is a place, an acronym or an organisation.
  if (words.length === 1)
    return (
      /^(?:(?:Al|El|Abu)-\p{Lu})?\p{Lu}?\p{Ll}{2,}$/u.test(name) &&
      /^\p{Lu}/u.test(name) &&
      !findCity(name) &&
      !isCountryName(name) &&
      !isNationality(name) &&
      suggestKind(name) === "other"
    );
  if (/^(?:North|South|East|West) /.test(name) || findCity(name) || isCountryName(name)) return false;
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    // "Raed al-Azaary", "Bill de Blasio": an Arabic article or a particle inside the name, not at its ends.
    words.every(
      (word, at) =>
        /^(?:\p{Lu}['’]|Mc|Mac)?\p{Lu}[\p{Ll}'’-]+$/u.test(word) ||
        (at > 0 && /^(?:al|el|as|ash|ad|an|ar|az)-\p{Lu}[\p{Ll}'’-]+$/u.test(word)) ||
        (at > 0 && at < words.length - 1 && /^(?:de|da|di|du|del|van|von|bin|ibn|le|la)$/.test(word)),
    ) &&
    suggestKind(name) === "other"
  );
}
