// Sources named by what they are rather than who: "sources", "two senior officials",
// "military experts", "reports from Russia’s Far East"; and words that point back to a
// source already named: "he", "she", "the agency", "the ministry".
import { oneOf } from "./text";

export type DescriptorFinding = {
  start: number;
  end: number;
  /** The words as written, which are also the proposed source's name. */
  name: string;
  /** For "he", "the agency": what kind of earlier source it can point back to. */
  pointsBack: PointerHead | null;
};

export type PointerHead = "person" | "agency" | "ministry" | "military" | "outlet" | "organisation" | "expert" | "group" | "source";

const descriptorModifiers = [
  "two",
  "three",
  "four",
  "several",
  "many",
  "some",
  "other",
  "unnamed",
  "anonymous",
  "senior",
  "high-ranking",
  "western",
  String.raw`u\.s\.`,
  "us",
  "european",
  "local",
  "military",
  "intelligence",
  "government",
  "security",
  "defen[cs]e",
  "ukrainian",
  "russian",
  "south korean",
  "north korean",
  "american",
  "british",
  "diplomatic",
  "independent",
  "regional",
  "ministry",
  "turkish",
  "israeli",
  "palestinian",
  "iranian",
  "chinese",
  "french",
  "german",
  "indian",
  "syrian",
  "health",
  "rescue",
  "city",
  "state",
  "federal",
  "opposition",
  "protest",
  "march",
  "rally",
  "event",
  "election",
  "provincial",
  "district",
  "emergency",
  "medical",
  "hospital",
  "un",
];
const descriptorHeads = [
  "both sides",
  "each side",
  "the two sides",
  "sources",
  "source",
  "officials",
  "analysts",
  "experts",
  "observers",
  "diplomats",
  "residents",
  "witnesses",
  "volunteers",
  "commanders",
  "lawmakers",
  "investigators",
  "monitors",
  "bloggers",
  "memo",
  "memorandum",
  "police",
  "organi[sz]ers",
  "(?:trade |labou?r )?unions",
  "prefecture",
  "authorities",
  "rescuers",
  "rescue workers",
  "aid workers",
  "medics",
  "doctors",
  "activists",
  "campaigners",
  "rights groups",
  "aid groups",
  "aid agencies",
  "relief agencies",
  "relief groups",
  "human rights groups",
  "prosecutors",
  "election officials",
  "state media",
  "state television",
  "state tv",
  "state broadcaster",
  "state news agency",
  "local media",
  "media reports",
  "news reports",
  "(?:news |media )?outlets",
  "newspapers",
  "media",
  "documents",
  "dossier",
  "utility",
  "operator",
  "company",
  "firm",
  "people familiar with (?:the matter|the situation|the plans|the issue|the deployment|the intelligence)",
];
const descriptorPattern = new RegExp(String.raw`\b(?:(?:a|an)\s+)?(?:${oneOf(descriptorModifiers)}\s+)*${oneOf(descriptorHeads)}\b`, "g");

// One person described by a role: "a spokesman for the mission", "a former recruiter".
// "a relief agency", "a local doctor", "an aid group": a body or a person named by what it is.
const rolePattern =
  /\b(?:a|an|one)\s+(?:(?:former|senior|military|government|local|western|defence|defense|police|hospital|health|rescue|relief|aid|humanitarian|rights|human rights|international|independent|regional|provincial|district|city|un|u\.n\.)\s+){0,2}(?:spokes(?:man|woman|person)|official|diplomat|analyst|expert|source|recruiter|commander|officer|agency|group|organi[sz]ation|charity|monitor|witness|resident|doctor|medic|rescuer|volunteer|survivor|journalist|reporter|lawyer|prosecutor|activist|organi[sz]er|protester|demonstrator|villager|farmer|fisherman|student|teacher|nurse|shopkeeper|firefighter|paramedic|eyewitness|bystander|evacuee|refugee)(?:\s+(?:for|at|with|of|from|in)\s+(?:the\s+)?(?!(?:a|an)\b)[a-z-]+)?\b/g;

// Institutions named by what they are: "the regional military administration".
const institutionPattern =
  /\b(?:regional|local|city|state|federal|national|municipal|provincial|civil|military)\s+(?:military\s+|civil\s+)?(?:administration|authorities|government|police|council|emergency services?)\b/g;

// "Reports from Russia’s Far East", "local media reports": reports as the source.
const reportsPattern =
  /\b(?:(?:[Ll]ocal|[Mm]edia|[Uu]nconfirmed|[Uu]nverified|[Nn]ews|[Pp]ress|[Ss]ocial media) )?[Rr]eports (?:from|in) (?:the )?(?:(?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,3}|(?:local |eyewitness )?(?:residents|witnesses|sources|villagers|soldiers))/gu;

const pronouns: Record<string, PointerHead> = { he: "person", she: "person", they: "group", it: "organisation", "one of them": "group" };

const definiteHeads: Array<[RegExp, PointerHead]> = [
  [/^(?:spy |intelligence )?(?:agency|service)$/, "agency"],
  [/^(?:ministry|government|kremlin|cabinet|administration)$/, "ministry"],
  [/^(?:military|army|general staff|command|armed forces)$/, "military"],
  [/^(?:newspaper|outlet|broadcaster|channel|paper|publication|daily|website|news agency)$/, "outlet"],
  [
    /^(?:official|officer|spokesman|spokeswoman|spokesperson|minister|president|leader|governor|mayor|commander|general|ambassador|chairman|chairwoman|chair|director|head|chief|secretary|prosecutor|coroner)$/,
    "person",
  ],
  [/^(?:analyst|expert|researcher|editor)$/, "expert"],
  [/^(?:institute|think tank|group|organi[sz]ation|monitor|centre|center|report|study|bulletin|assessment|station)$/, "organisation"],
  // "…, the source said": whoever gave the figure before, body or person.
  [/^source$/, "source"],
];

const pointerWords = [
  "(?:spy |intelligence )?(?:agency|service)",
  "ministry",
  "government",
  "kremlin",
  "cabinet",
  "administration",
  "military",
  "army",
  "general staff",
  "command",
  "armed forces",
  "newspaper",
  "outlet",
  "broadcaster",
  "channel",
  "paper",
  "publication",
  "daily",
  "website",
  "news agency",
  "official",
  "officer",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "president",
  "leader",
  "governor",
  "mayor",
  "chairman",
  "chairwoman",
  "director",
  "head",
  "chief",
  "secretary",
  "prosecutor",
  "coroner",
  "commander",
  "general",
  "ambassador",
  "analyst",
  "expert",
  "researcher",
  "editor",
  "institute",
  "think tank",
  "group",
  "organi[sz]ation",
  "monitor",
  "centre",
  "center",
  "report",
  "study",
  "bulletin",
  "assessment",
  "station",
  "source",
];
// "the ministry of defence": an "of" tail names which one, but never swallows the verb after it.
const notAVerb = "(?!(?:said|says|told|added|has|had|have|was|is)\\b)";
// One describing word may stand before the head: "the provincial governor", "the disaster agency",
// "its president" (a possessive points back to the organisation whose officer speaks).
// "the military-led government", "the Western-backed administration": a compound of a noun and a
// participle describes the head too, and the noun in it ("military") is no pointer of its own.
const pointerModifier =
  "(?:[a-z]+-(?:led|backed|run|controlled|appointed|based|installed|dominated) )?(?:(?:provincial|regional|district|local|city|state|federal|national|deputy|interior|foreign|defen[cs]e|health|disaster|emergency|military|press|chief|country's|news|relief|aid|rights|human rights|un|top) )?";
// "the coastal enclave's health ministry", "the city's police": an owner described before the head.
const possessor = "(?:(?:[a-z-]+ )?[a-z]+'s )?";
const definitePattern = new RegExp(
  String.raw`\b(the|its|their) ${possessor}${pointerModifier}(${oneOf(pointerWords)})\b(?![-\u2010\u2011])(?: of (?:the )?${notAVerb}[a-z]+(?: ${notAVerb}[a-z]+)?)?`,
  "g",
);

// One person described by their work, with no name: "the pilot said", "the fire chief told
// reporters", "the guard said". A later "the pilot" is the same person; with no one holding the role
// named before, the words are a source of their own (coreference.ts), of kind person. Only a word
// for the place or service the person works in may stand before the head ("the fire chief", "the
// ship's captain"), so "the National Guard" stays a body.
const occupationModifier =
  "(?:(?:fire|police|rescue|security|prison|hospital|harbou?r|port|park|bus|truck|lorry|train|taxi|ship's|boat's|plane's|deputy|assistant|head|senior|local|school) )?";
const occupations = [
  "pilot",
  "co-pilot",
  "captain",
  "driver",
  "guard",
  "lifeguard",
  "ranger",
  "nurse",
  "doctor",
  "surgeon",
  "paramedic",
  "medic",
  "firefighter",
  "fireman",
  "policeman",
  "policewoman",
  "constable",
  "sergeant",
  "lieutenant",
  "inspector",
  "sheriff",
  "chief",
  "master",
  "engineer",
  "manager",
  "owner",
  "teacher",
  "principal",
  "priest",
  "pastor",
  "imam",
  "witness",
  "eyewitness",
  "survivor",
  "resident",
  "passenger",
  "farmer",
  "fisherman",
  "shopkeeper",
];
const occupationPattern = new RegExp(String.raw`\bthe ${occupationModifier}(?:${oneOf(occupations)})\b(?![-\u2010\u2011'\u2019])`, "g");

// A capitalised body after an officer's "of": its name holds an institution's word within a few words.
const namedBodyAfter =
  /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:Fund|Organi[sz]ation|Agency|Office|Programme|Program|Committee|Council|Federation|Ministry|Department|Commission|Institute|Bank|Union|Association|Society|Service|Authority|Bureau|Centre|Center)\b/u;

function headOf(words: string): PointerHead | null {
  return definiteHeads.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

export function findDescriptors(text: string, folded: string): DescriptorFinding[] {
  const findings: DescriptorFinding[] = [];
  const add = (start: number, end: number, pointsBack: PointerHead | null) => findings.push({ start, end, name: text.slice(start, end), pointsBack });
  for (const match of folded.matchAll(descriptorPattern)) add(match.index ?? 0, (match.index ?? 0) + match[0].length, null);
  for (const match of folded.matchAll(rolePattern)) add(match.index ?? 0, (match.index ?? 0) + match[0].length, null);
  for (const match of folded.matchAll(institutionPattern)) add(match.index ?? 0, (match.index ?? 0) + match[0].length, null);
  for (const match of text.matchAll(reportsPattern)) add(match.index ?? 0, (match.index ?? 0) + match[0].replace(/['’]s$/, "").length, null);
  for (const match of folded.matchAll(occupationPattern)) add(match.index ?? 0, (match.index ?? 0) + match[0].length, "person");
  for (const match of folded.matchAll(definitePattern)) {
    const head = headOf(match[2] ?? "");
    // "its president", "their spokesperson": the organisation named before speaks through its officer.
    const owned = match[1] !== "the" && head === "person" ? "organisation" : head;
    // "the NIS's director" is a name's officer (names.ts), not a described owner.
    const words = text.slice(match.index ?? 0, (match.index ?? 0) + match[0].length);
    if (/['’]s\s/.test(words) && /^\S+\s+(?:\S+\s+)?\p{Lu}/u.test(words)) continue;
    // "the head of the United Nations Children's Fund (UNICEF)": an officer of a named body is
    // cut before its "of", so the body's own name (names.ts) is read whole and speaks.
    const tail = words.search(/\sof\s+(?:the\s+)?\p{Lu}/u);
    if (head === "person" && tail > 0 && namedBodyAfter.test(text.slice((match.index ?? 0) + tail, (match.index ?? 0) + tail + 90))) {
      add(match.index ?? 0, (match.index ?? 0) + tail, owned);
      continue;
    }
    add(match.index ?? 0, (match.index ?? 0) + match[0].length, owned);
  }
  // "of" tails ("the ministry of defence") make the pointer longer than the head it is judged by.
  for (const match of folded.matchAll(/\b(?:one of them|he|she|they|it)\b/g))
    add(match.index ?? 0, (match.index ?? 0) + match[0].length, pronouns[match[0]] ?? null);
  return findings;
}
