// One source, several names in one text: "the International Organization for Migration (IOM)"
// and then "IOM", "the UN children's agency" and then "UNICEF", "the health ministry" and "the
// Ministry of Health". Each source gets one name throughout the text: its first full name as
// written, with its short form after it ("International Organization for Migration (IOM)"),
// so every figure from it names it alike and the analyst sees one source, not three.
//
// Two kinds of knowledge: a short table of the bodies news names by description more often
// than by name (data, below), and a general matcher: a short form the writer defines in
// brackets after a name, and the two word orders of a ministry ("X ministry", "Ministry of X").
import type { Mention } from "./mentions";
import type { Document } from "./text";
import { fold } from "./text";

type AliasGroup = { short: string; forms: readonly string[] };

/**
 * Bodies with a short form and descriptions news uses for them. Forms are written as `aliasKey`
 * reads names: lower case, "UN" for every spelling of the United Nations, no "the", no stops.
 */
export const aliasGroups: readonly AliasGroup[] = [
  { short: "UNHCR", forms: ["un refugee agency", "un high commissioner for refugees", "office of the un high commissioner for refugees", "un refugee body"] },
  { short: "UNICEF", forms: ["un childrens agency", "un childrens fund", "un childrens emergency fund", "un childrens organization"] },
  { short: "IOM", forms: ["international organization for migration", "un migration agency"] },
  { short: "WHO", forms: ["world health organization", "un health agency"] },
  { short: "WFP", forms: ["world food programme", "world food program", "un food agency"] },
  {
    short: "OCHA",
    forms: ["un office for the coordination of humanitarian affairs", "un humanitarian office", "un humanitarian affairs office", "un humanitarian agency"],
  },
  { short: "UNRWA", forms: ["un relief and works agency", "un relief and works agency for palestine refugees", "un agency for palestinian refugees"] },
  { short: "OHCHR", forms: ["un human rights office", "office of the un high commissioner for human rights"] },
  { short: "UNFPA", forms: ["un population fund", "un sexual and reproductive health agency"] },
  { short: "ICRC", forms: ["international committee of the red cross"] },
  { short: "IFRC", forms: ["international federation of red cross and red crescent societies"] },
  { short: "MSF", forms: ["doctors without borders", "medecins sans frontieres"] },
  { short: "FAO", forms: ["food and agriculture organization"] },
];

// A text names its sources again and again: each name's key is worked out once (bounded, as in gazetteer.ts).
const aliasKeys = new Map<string, string>();

/** A name as the table reads it: "The United Nations' Children's Fund" → "un childrens fund". */
export function aliasKey(name: string): string {
  const known = aliasKeys.get(name);
  if (known !== undefined) return known;
  if (aliasKeys.size > 20_000) aliasKeys.clear();
  const key = readAliasKey(name);
  aliasKeys.set(name, key);
  return key;
}

function readAliasKey(name: string): string {
  return fold(name)
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, "")
    .replace(/\b(?:united nations'?|u\.n\.|u\.n|un's)(?=\s|$)/g, "un")
    .replace(/'s\b|s'(?=\s|$)/g, "s")
    .replace(/\borganisation\b/g, "organization")
    .replace(/\bdefense\b/g, "defence")
    .replace(/\bministry of (?:the\s+)?([a-z]+(?: (?:and|&) [a-z]+)?)$/, "$1 ministry")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const byForm = new Map<string, string>(
  aliasGroups.flatMap((group) => [...group.forms.map((form) => [form, group.short] as const), [group.short.toLowerCase(), group.short] as const]),
);

/** The table's short form for a name, also when the writer puts "UN" before a body's name ("UN's World Food Programme"). */
export function tableShortForm(name: string): string | null {
  const key = aliasKey(name);
  const short = byForm.get(key) ?? byForm.get(key.replace(/^un /, "")) ?? null;
  // A short form is a name only as written, in capitals: "WHO", not "Who".
  if (short && key === short.toLowerCase() && name.replace(/^the\s+/i, "") !== short) return null;
  return short;
}

function formPattern(form: string): string {
  return form
    .split(" ")
    .map((word) => {
      if (word === "un") return String.raw`(?:un|u\.n\.|united nations'?|un's)`;
      if (word === "childrens") return "children'?s";
      if (word === "organization") return "organi[sz]ation";
      if (word === "medecins") return "m[eé]decins";
      return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join(String.raw`\s+`);
}

const tableNamePattern = new RegExp(
  String.raw`\b(?:${aliasGroups
    .flatMap((group) => group.forms)
    .sort((a, b) => b.length - a.length)
    .map(formPattern)
    .join("|")})\b`,
  "g",
);

/** Where the folded text names a body of the table by its description ("the U.N. refugee agency"). */
export function findTableNames(folded: string): Array<{ start: number; end: number }> {
  return [...folded.matchAll(tableNamePattern)].map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** Whether `short` can abbreviate `name`: its capitals are initials of the name's words, in order ("IOM", "MoMD"). */
export function abbreviates(short: string, name: string): boolean {
  const letters = short.replace(/[^A-Z]/g, "");
  if (letters.length < 2) return false;
  const initials = name
    .split(/[\s-]+/)
    .map((word) => word.replace(/^[^\p{L}]+/u, "")[0]?.toUpperCase() ?? "")
    .join("");
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return initials[0] === letters[0];
}

const bracketedShort = /^\s*\(([A-Z][A-Za-z]{1,9})\)/;

type Group = { display: string; short: string | null };

/**
 * Every mention of one source, under one name. Persons, pointers ("the agency") and sources the
 * analyst tracks (with a sourceId) keep theirs; a group seen under one name only is unchanged.
 */
export function withCanonicalNames(document: Document, mentions: readonly Mention[]): Mention[] {
  const groups = new Map<string, Group>();
  const keyOf = new Map<Mention, string>();
  // The writer's own short forms: "the International Organization for Migration (IOM)".
  const defined = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.person || mention.pointsBack || mention.sourceId) continue;
    const short = document.text.slice(mention.end, mention.end + 14).match(bracketedShort)?.[1];
    if (short && abbreviates(short, mention.name)) defined.set(short.toLowerCase(), aliasKey(mention.name));
  }
  for (const mention of mentions) {
    if (mention.person || mention.pointsBack || mention.sourceId) continue;
    const key = aliasKey(mention.name);
    const tableShort = tableShortForm(mention.name);
    const group = tableShort ? `table:${tableShort}` : defined.has(key) ? `key:${defined.get(key)}` : `key:${key.replace(/^un /, "")}`;
    keyOf.set(mention, group);
    const isShort = /^[A-Z][A-Za-z]{1,9}$/.test(mention.name) && /[A-Z].*[A-Z]/.test(mention.name);
    const known = groups.get(group);
    const short = tableShort ?? (defined.has(key) ? key.toUpperCase() : null);
    if (!known) groups.set(group, { display: isShort ? "" : mention.name, short: isShort ? mention.name : short });
    else {
      if (!known.display && !isShort) known.display = mention.name;
      if (!known.short && isShort) known.short = mention.name;
    }
  }
  // A short form defined in brackets names the group of its full name.
  for (const [short, fullKey] of defined) {
    const full = groups.get(`key:${fullKey}`);
    if (full) full.short = mentions.find((mention) => mention.name.toLowerCase() === short)?.name ?? short.toUpperCase();
  }
  return mentions.map((mention) => {
    const group = keyOf.get(mention);
    const found = group ? groups.get(group) : undefined;
    if (!found?.display) return mention;
    if (!found.short && aliasKey(found.display) === aliasKey(mention.name)) return mention;
    const name = found.short && aliasKey(found.short) !== aliasKey(found.display) ? `${found.display} (${found.short})` : found.display;
    return name === mention.name ? mention : { ...mention, name };
  });
}
