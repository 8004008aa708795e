// Names of sources the analyst does not track yet, as news text writes them: a run of
// capitalised words ("Yonhap News Agency"), a title before a person ("Ukrainian President
// Volodymyr Zelensky", "North Korean leader Kim Jong Un"), a possessive ("Seoul’s spy
// agency") and a role after a name (", editor at Ukraine’s Defence Express,").
import { personRole } from "./source-kinds";
import { ahead, type Span } from "./text";
import { nationalityAdjective, titleAbbreviations } from "./word-lists";

export type NameFinding = {
  start: number;
  end: number;
  /** The name without title or possessor: "Volodymyr Zelensky", "Yonhap News Agency". */
  name: string;
  /** Title or role as written: "Ukrainian President", "editor at Ukraine’s Defence Express". */
  description: string | null;
  /** Where a role in commas after the name ends, so "X, editor at Y, noted" reads as X noted. */
  appositiveEnd: number | null;
  /** "the NIS’s director": the source whose official speaks. */
  possessor?: string;
};

// "Ashraf al-Qudra", "Ahmed el-Sayed": an Arabic article joined to a surname is part of the name.
const capitalised = String.raw`(?:\p{Lu}|(?:al|el|as|ash|ad|an|ar|az)-\p{Lu})[\p{L}\p{M}\d'’.-]*`;
const connector = "(?:of|for|the|de|du|al|bin|van|von|la|le)";
const nameRun = new RegExp(`${capitalised}(?:\\s+(?:${connector}\\s+)*${capitalised})*`, "gu");

// Capitalised because they start a sentence or a headline, not because they name anyone.
const ordinaryWords = new Set(
  (
    "the a an in on at this that these those however but and according meanwhile while with after before it he she they we i his her its " +
    "their its our when where as if some many several other both earlier later last next since despite although also yet still " +
    "such there here what who why how exit advertisement read more sign share monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december reports report sources officials " +
    "about up around nearly almost over under more fewer less least only just some all most every each no not nor so then thus via early initial " +
    // Vague amounts opening a sentence: "Dozens of villagers were injured".
    "dozens hundreds thousands millions scores tens " +
    // Discourse adverbs that open a sentence: "Similarly, 12 families …".
    "similarly additionally separately furthermore moreover likewise elsewhere overall besides instead nonetheless nevertheless " +
    "notably previously currently recently finally specifically ultimately initially altogether " +
    // Participles that open a sentence before its speaker: "Asked about the convoy, he said".
    "asked pressed questioned interviewed reached contacted speaking responding commenting addressing writing " +
    // Prepositions made of participles that open a sentence: "Regarding the numbers, the officer refused".
    "regarding concerning considering following during amid"
  ).split(" "),
);

const titles = new Set(
  (
    "president prime premier minister secretary general colonel major captain admiral governor mayor ambassador chancellor senator " +
    "spokesman spokeswoman spokesperson commander chief director dr. mr. mrs. ms. prof. king queen prince pope leader envoy " +
    "superintendent inspector commissioner sheriff " +
    // Capitalised work before a name: "Harbour Master Ana Lind", "Police Officer Dan Cole", "Patrolman Ray Kent".
    "master officer patrolman trooper pilot ranger coroner constable firefighter fireman " +
    // British style writes honorifics and ranks without a full stop: "Mr Kit Villaranda", "Lieut Fausto Tapiador".
    "mr mrs ms dr prof gen lt lieut lieutenant col maj capt sgt sergeant brig brigadier hon hon. rev cmdr " +
    // Police ranks written as initials in South Asian and West African copy: "ASP Godwin Ahianyo", "DSP Ram Kumar".
    "asp dsp acp dcp csp igp"
  )
    .split(" ")
    // Abbreviated titles with their stop: "Gov. Bob Ferguson", "Sen. Ann Cole", "Lt. Col. …".
    .concat(Object.keys(titleAbbreviations).map((short) => `${short}.`)),
);

// Lower-case roles before a name: "North Korean leader Kim Jong Un", "defence minister X".
// Roles and kinds of outlet written before a name: "regional governor Pavlo Hrytsenko",
// "the Lithuanian daily Vakaro Žinios", "the independent outlet Amur Now".
const roles =
  "leader|spokes(?:man|woman|person)|minister|president|chief|commander|official|analyst|expert|editor|researcher|general|ambassador|envoy|adviser|advisor|governor|mayor|head|director|correspondent|daily|newspaper|weekly|broadcaster|outlet|channel|station|website|magazine|agency|group|organisation|organization|charity|monitor|institute|" +
  // Work written before a name as a title ("harbour master Ana Lind", "truck driver Santos Cole",
  // "fireman Will Brandt"): the words before the name, a capitalised first one included, are its role.
  "master|pilot|captain|driver|guard|ranger|nurse|doctor|surgeon|paramedic|firefighter|fireman|patrolman|trooper|officer|sergeant|constable|inspector|sheriff|coroner|manager|owner|engineer|teacher|witness|resident|survivor|worker";
const roleJustBefore = new RegExp(String.raw`\b(?:${roles})\s+$`);
const roleBeforeName = new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}’'-]*\s+){0,3})(?:[a-z]+\s+)?(?:${roles})\s+$`, "u");

// Lower-case heads after a possessive or a nationality that make it a source:
// "Seoul’s spy agency", "South Korea’s intelligence agency", "Ukrainian intelligence".
const sourceHead = String.raw`(?:(?:spy|intelligence|military|foreign|defen[cs]e|security|press|federal|state|main|national|general|border|interior|emergencies)\s+){0,2}(?:agency|service|services|ministry|intelligence|military|army|air force|navy|border guard|guard|government|office|forces|command|staff|spokes(?:man|woman|person)|authorities|leadership)\b`;
// After a possessive, any two describing words may come first: "Ukraine’s coordination headquarters".
// An official of a source speaks for it: "the NIS’s director said".
const possessedRole = /^\s+(?:director|chief|head|spokes(?:man|woman|person)|commander|press secretary)\b/;
const possessedSource = new RegExp(
  String.raw`^\s+(?:(?!(?:the|a|an|to|in|of|and|that|said|says|has|have|had|is|are|was|were)\b)[a-z-]+\s+){0,2}(?:headquarters|${sourceHead})`,
);
const nationalSource = new RegExp(String.raw`^\s+${sourceHead}(?!\s+(?:troops|soldiers|units|personnel|base|bases|equipment))`);
// A name followed by what it is: "the United Nations refugee agency", "the Baltic Wire news agency".
const organisationHead =
  /^\s+(?:(?:refugee|news|human rights|peacekeeping|monitoring|press|atomic energy|health|relief|aid)\s+)?(?:agency|mission|commission|office|council|committee|service)\b/;
const nationality = new RegExp(`^${nationalityAdjective}$`, "u");

// ", editor at Ukraine’s Defence Express," is a role; ", citing …," and ", with …" are not.
// A full stop inside an abbreviation ("the U.S. Northern Command") does not end the role.
const appositive =
  /^,\s+(?!(?:citing|quoting|as|with|and|but|while|including|according|quoted|in|on|at|said|says|noted|added|told|stated|confirmed|reported|where|when|revealed|disclosed|announced|claimed|explained|insisted|warned|estimated|indicated|stressed|emphasi[sz]ed|acknowledged|admitted|denied|wrote|tweeted|posted)\b)((?:a |an |the |former |senior |chief |deputy )?[a-z](?:[^,.;:\u201C\u201D"]|\.(?=\S)|(?<=\b[A-Z])\.){2,100}?),/;

// A count opening a sentence: "Twenty-nine were arrested", "Five were detained".
const numberWord =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)$/;

function stripOrdinaryLead(words: string[]): number {
  let dropped = 0;
  const ordinary = (word: string) => ordinaryWords.has(word) || numberWord.test(word);
  while (dropped < words.length && ordinary((words[dropped] ?? "").toLowerCase().replace(/['’]s$/, ""))) dropped++;
  return dropped;
}

function splitTitle(words: string[]): { description: string | null; nameWords: string[] } {
  let lastTitle = -1;
  words.forEach((word, index) => {
    if (titles.has(word.toLowerCase()) && index < words.length - 1) lastTitle = index;
  });
  if (lastTitle < 0) return { description: null, nameWords: words };
  // "Deputy Superintendent of Police Ram Kumar Joshi", "Secretary of State Jane Roe": the office's
  // "of" tail belongs to the title when a full name follows it.
  if (words[lastTitle + 1]?.toLowerCase() === "of" && words.length - (lastTitle + 3) >= 2) lastTitle += 2;
  return { description: words.slice(0, lastTitle + 1).join(" "), nameWords: words.slice(lastTitle + 1) };
}

function wordOffsets(run: string, runStart: number): Array<{ word: string; start: number; end: number }> {
  return [...run.matchAll(/\S+/g)].map((match) => ({
    word: match[0],
    start: runStart + (match.index ?? 0),
    end: runStart + (match.index ?? 0) + match[0].length,
  }));
}

function fromWords(words: Array<{ word: string; start: number; end: number }>, description: string | null = null): NameFinding | null {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const titled = splitTitle(words.map((entry) => entry.word));
  const name = titled.nameWords.join(" ").replace(/['’]s$/, "");
  return { start: first.start, end: last.end, name, description: titled.description ?? description, appositiveEnd: null };
}

const documentHead =
  /^(?:matrix|report|reports|data|database|tally|tallies|figures|statistics|survey|assessment|statement|bulletin|update|dashboard|tracker|records|census|register|count|estimates?)$/i;
const groupNoun = /^(?:children|women|men|people|peoples|workers|veterans|farmers|teachers|journalists|mothers|soldiers|prisoners|nations)['’]s?$/i;

/** One run of capitalised words, cut at a possessive: "South Korea’s Yonhap News Agency". */
function readRun(text: string, folded: string, runStart: number, run: string): NameFinding | null {
  const words = wordOffsets(run, runStart);
  const kept = words.slice(stripOrdinaryLead(words.map((entry) => entry.word)));
  const possessiveAt = kept.findIndex((entry) => /['’]s$/.test(entry.word));
  // "United Nations Children's Fund", "Women's Refugee Commission": a group noun's possessive
  // inside a body's name is part of the name, not its owner.
  const groupPossessive = possessiveAt >= 0 && groupNoun.test(kept[possessiveAt]?.word ?? "");
  // "the IOM's Displacement Tracking Matrix", "the Ministry's Daily Report": a body's document
  // speaks for the body.
  const documentEnd = kept.at(-1);
  if (possessiveAt >= 0 && possessiveAt < kept.length - 1 && !groupPossessive && documentEnd && documentHead.test(documentEnd.word)) {
    const owner = fromWords(kept.slice(0, possessiveAt + 1));
    return owner && { ...owner, end: documentEnd.end };
  }
  if (possessiveAt >= 0 && possessiveAt < kept.length - 1 && !groupPossessive) {
    const owned = fromWords(kept.slice(possessiveAt + 1));
    return owned && { ...owned, start: kept[0]?.start ?? owned.start };
  }
  if (possessiveAt === kept.length - 1 && possessiveAt >= 0) {
    const possessorEnd = kept.at(-1)?.end ?? runStart;
    const owned = ahead(folded, possessorEnd).match(possessedSource);
    const start = kept[0]?.start ?? runStart;
    if (owned)
      return { start, end: possessorEnd + owned[0].length, name: text.slice(start, possessorEnd + owned[0].length), description: null, appositiveEnd: null };
    const role = ahead(folded, possessorEnd).match(possessedRole);
    if (role) {
      const end = possessorEnd + role[0].length;
      return { start, end, name: text.slice(start, end), description: role[0].trim(), appositiveEnd: null, possessor: text.slice(start, possessorEnd - 2) };
    }
    const possessor = fromWords(kept);
    return possessor && { ...possessor, end: possessorEnd - 2 };
  }
  const plain = fromWords(kept);
  const head = plain && ahead(folded, plain.end).match(nationality.test(plain.name) ? nationalSource : organisationHead);
  if (plain && head) return { ...plain, end: plain.end + head[0].length, name: text.slice(plain.start, plain.end + head[0].length) };
  return plain;
}

function withRoleBefore(text: string, finding: NameFinding): NameFinding {
  if (finding.description) return finding;
  const before = text.slice(Math.max(0, finding.start - 60), finding.start);
  // The cheap test first: most names have no role word right before them.
  const role = roleJustBefore.test(before) ? before.match(roleBeforeName) : null;
  if (!role) return finding;
  const start = finding.start - role[0].length;
  return { ...finding, start, description: role[0].trim() };
}

// "…,” said Omar Ali, a local police commander.": a role closing the sentence, taken when it is a
// person's role (personRole: offices, and roles such as resident or witness) and no clause.
const closingAppositive = /^,\s+((?:a |an |the |former |senior |chief |deputy )?[a-z][^,.;:\u201C\u201D"]{2,100}?)(?=\.(?:\s|$))/;

/** ", editor at Ukraine’s Defence Express," right after a source's name. */
export function appositiveAfter(text: string, at: number): { description: string; end: number } | null {
  // "The Alliance for Rural Peace (ARP), a charity based in Kestria, said": the body's abbreviation
  // in brackets stands between its name and the appositive.
  const bracket = at + (ahead(text, at, 48).match(/^\s*\(\p{Lu}[\p{Lu}\p{Ll}.&/-]{0,14}\)(?=,)/u)?.[0].length ?? 0);
  // "Maria Lenz, 52, whose house was flooded, said": a person's age, set off by commas, may stand
  // between the name and the role or relative clause.
  const end = bracket + (ahead(text, bracket, 12).match(/^,\s+\d{1,3}(?=,\s+\p{Ll})/u)?.[0].length ?? 0);
  const closing = ahead(text, end).match(closingAppositive);
  const role =
    ahead(text, end).match(appositive) ??
    (closing?.[1] && personRole.test(closing[1]) && !/\b(?:was|were|is|are|has|have|had|will|would|who)\b/.test(closing[1]) ? closing : null);
  // A role has no finite verb: ", several hundred people were reported missing …," is a clause.
  // A relative clause about the person may ("Yang, who is of the Yi minority, said:", "Ruiz, a
  // teacher whose home was flooded, said:"): its verb is the clause's, not the sentence's.
  if (role?.[1] && !relativeClause.test(role[1]) && !relativeInRole.test(role[1]) && /\b(?:was|were|is|are|has|have|had|will|would)\b/.test(role[1]))
    return null;
  return role?.[1] ? { description: role[1], end: end + role[0].length } : null;
}

const relativeClause = /^(?:who|whose|whom)\s/;
const relativeInRole = /^(?:an?|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:who|whose|whom)\s/;

function withAppositive(text: string, finding: NameFinding): NameFinding {
  const role = appositiveAfter(text, finding.end);
  if (!role) return finding;
  // A relative clause says what the person did or is, not their title: the verb after it is theirs.
  if (relativeClause.test(role.description)) return { ...finding, appositiveEnd: role.end };
  return { ...finding, description: finding.description ?? role.description, appositiveEnd: role.end };
}

/** Runs are read sentence by sentence, so a name never runs into the next sentence. */
export function findNames(text: string, folded: string, sentences: readonly Span[]): NameFinding[] {
  const findings: NameFinding[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    for (const match of slice.matchAll(nameRun)) {
      const runStart = sentence.start + (match.index ?? 0);
      if (/[\p{L}\d]/u.test(text[runStart - 1] ?? "")) continue;
      const finding = readRun(text, folded, runStart, match[0].replace(/[.,]+$/, ""));
      if (!finding || finding.name.length < 2) continue;
      findings.push(withAppositive(text, withRoleBefore(text, finding)));
    }
  }
  return findings;
}
