// Every place in the text where a source may be named: known aliases, names, descriptions
// ("sources", "military experts") and pointers back ("he", "the agency"). Whether a mention
// made or relayed a claim is decided by the attribution frames around it.
import type { SourceKind } from "../domain/vocabulary";
import type { KnownSource } from "./candidate";
import { findDescriptors, type PointerHead } from "./descriptors";
import { type AliasIndex, findKnownMentions, knownSourceNamed } from "./known-sources";
import { appositiveAfter, findNames } from "./names";
import { findTableNames, withCanonicalNames } from "./source-aliases";
import { looksLikePerson, suggestKind } from "./source-kinds";
import { findCity, isCountryName } from "./gazetteer";
import { lookUpPlace } from "./place-lookup";
import { itemCovering } from "./positions";
import { type Document, sentenceAt } from "./text";

export type Mention = {
  start: number;
  end: number;
  /** The source's name: the known source's, else the name as written without its title. */
  name: string;
  sourceId: string | null;
  kind: SourceKind;
  person: boolean;
  description: string | null;
  /** Where ", editor at Defence Express," ends, so the verb after it is found. */
  appositiveEnd: number | null;
  /** For "he", "the agency": what it can point back to; resolved per use. */
  pointsBack: PointerHead | null;
  /** Named inside someone's quoted words: no antecedent for the writer's "he" or "she". */
  quoted?: boolean;
};

type Found = {
  start: number;
  end: number;
  name: string;
  description: string | null;
  appositiveEnd: number | null;
  pointsBack: PointerHead | null;
  known: KnownSource | null;
  possessor?: string;
};

const personKinds = new Set<SourceKind>(["official", "expert"]);

function toMention(found: Found, index: AliasIndex): Mention {
  const known =
    found.known ?? (found.pointsBack ? null : (knownSourceNamed(index, found.name) ?? (found.possessor ? knownSourceNamed(index, found.possessor) : null)));
  const name = known?.name ?? found.name;
  // A pointer ("he", "the agency") takes its kind from what it points back to.
  const kind = known?.kind ?? (found.pointsBack ? "other" : suggestKind(found.name, found.description));
  const person = found.pointsBack ? found.pointsBack === "person" : known ? personKinds.has(known.kind) : looksLikePerson(found.name, found.description);
  return {
    start: found.start,
    end: found.end,
    name,
    sourceId: known?.id ?? null,
    kind,
    person,
    description: found.description,
    appositiveEnd: found.appositiveEnd,
    pointsBack: found.pointsBack,
  };
}

// Longest words win where findings overlap, and a known source wins a tie: "South Korea’s
// Yonhap News Agency" is one mention, not "South Korea" and "Yonhap News Agency".
function preferred(a: Found, b: Found): number {
  return b.end - b.start - (a.end - a.start) || Number(Boolean(b.known)) - Number(Boolean(a.known)) || a.start - b.start;
}

function keepBest(cluster: Found[]): Found[] {
  const kept: Found[] = [];
  for (const candidate of [...cluster].sort(preferred)) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept;
}

/** Findings are settled cluster by cluster: only findings that overlap compete. */
function withoutOverlaps(found: Found[]): Found[] {
  const byStart = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let cluster: Found[] = [];
  let clusterEnd = -1;
  for (const finding of byStart) {
    if (finding.start >= clusterEnd && cluster.length > 0) {
      kept.push(...keepBest(cluster));
      cluster = [];
    }
    cluster.push(finding);
    clusterEnd = Math.max(clusterEnd, finding.end);
  }
  kept.push(...keepBest(cluster));
  return kept.sort((a, b) => a.start - b.start);
}

// "Spokane Saturday" (a place run into a day) is no person's name either.
const dayOrMonth =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/;

function isPlaceName(name: string): boolean {
  return dayOrMonth.test(name) || lookUpPlace(name) !== null || findCity(name) !== undefined || isCountryName(name);
}

/**
 * "Zelensky" after "Volodymyr Zelensky" is the same person: same name, same source. So is
 * "Yang" after "Yang Zhanyi" (names written family name first) and "Patrick" after "Patrick
 * Boyle"; a surname wins over a first name when both fit.
 */
function linkSurnames(mentions: Mention[]): Mention[] {
  const bySurname = new Map<string, Mention>();
  const byFirstName = new Map<string, Mention>();
  return mentions.map((mention) => {
    const words = mention.name.split(" ");
    const surname = words.at(-1)?.toLowerCase() ?? "";
    const key = mention.name.toLowerCase();
    const earlier = bySurname.get(key) ?? byFirstName.get(key);
    const standsAlone = mention.pointsBack || mention.sourceId || mention.name.includes(" ") || !earlier;
    const linked = standsAlone
      ? mention
      : {
          ...mention,
          name: earlier.name,
          sourceId: earlier.sourceId,
          kind: earlier.kind,
          person: true,
          description: mention.description ?? earlier.description,
        };
    if (linked.person && !linked.pointsBack && linked.name.includes(" ") && linked === mention) {
      bySurname.set(surname, linked);
      // A place's name ("Gaza Strip", then "Gaza") gives no one a first name.
      if (words.length <= 3 && !isPlaceName(linked.name)) byFirstName.set(words[0]?.toLowerCase() ?? "", linked);
    }
    return linked;
  });
}

// The known-alias scan runs on the folded text; an appositive after a known name
// ("Valeriy Ryabykh, editor at …,") is taken from the name finding at the same place.
function knownFindings(document: Document, index: AliasIndex, names: Found[]): Found[] {
  const byEnd = new Map<number, Found>();
  for (const name of names) if (!byEnd.has(name.end)) byEnd.set(name.end, name);
  return findKnownMentions(document.folded, index).map((match) => {
    const same = byEnd.get(match.end);
    return {
      start: match.start,
      end: match.end,
      name: match.source.name,
      description: same?.description ?? null,
      appositiveEnd: same?.appositiveEnd ?? null,
      pointsBack: null,
      known: match.source,
    };
  });
}

/** "the district mayor, Ahmet Kaya": a title and the name after it are one person, so described. */
function withNamedTitles(document: Document, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const title = mentions[index];
    const named = mentions[index + 1];
    if (
      title &&
      named &&
      (title.pointsBack === "person" || /^(?:its|their)\s/i.test(title.name)) &&
      named.person &&
      !named.pointsBack &&
      /^,\s+$/.test(document.text.slice(title.end, named.start))
    ) {
      const description = document.text.slice(title.start, title.end).replace(/^the\s+/i, "");
      joined.push({ ...named, start: title.start, description, kind: named.sourceId ? named.kind : suggestKind(named.name, description) });
      index++;
    } else if (title) joined.push(title);
  }
  return joined;
}

// "A camp officer in the north, Karim Dabo, said": an indefinite role opening the sentence, closed by
// a comma right before a person's name, describes that person, so "the officer" later is them.
// The role may run on over commas of its own ("An officer in the camp, in Qayyarah district, south of Mosul, X,").
const indefiniteRoleBefore = /^\s*(?:an?|another|one)\s+([a-z][^.;:"\u201C\u201D]{1,160}?),\s+$/i;

// "…, state television MRTV reported", "state broadcaster KTV said": a name right after the words
// for an outlet is that outlet (one source, whose words run from the description).
function outletsNamedAfterKind(document: Document, mentions: Mention[]): Mention[] {
  const merged: Mention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const kind = mentions[index];
    const name = mentions[index + 1];
    if (
      kind &&
      name &&
      (kind.kind === "media_outlet" || kind.kind === "news_agency") &&
      !kind.pointsBack &&
      /^\p{Ll}/u.test(kind.name) &&
      / /.test(document.text.slice(kind.end, name.start)) &&
      name.start - kind.end === 1 &&
      /^\p{Lu}/u.test(name.name) &&
      !name.pointsBack
    ) {
      merged.push({ ...name, start: kind.start, kind: kind.kind, person: false });
      index++;
    } else if (kind) merged.push(kind);
  }
  return merged;
}

function withRolesBefore(document: Document, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    if (!mention.person || mention.pointsBack || mention.description) return mention;
    const sentence = sentenceAt(document, mention.start);
    if (!sentence) return mention;
    const role = document.text.slice(sentence.start, mention.start).match(indefiniteRoleBefore);
    // A spokesperson's role before the name stays as it was read before (the body is not made the originator).
    return role?.[1] && !/\bspokes(?:man|woman|person)\b/i.test(role[1]) ? { ...mention, description: role[1] } : mention;
  });
}

// Capitalised only because it opens a sentence or a quotation ("Villagers count …", "“Even
// if …”"): a lone word the same text also writes in lower case is a common word, so no person
// "he" or "she" could stand for.
function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}'’-]*/gu) ?? []);
}

const opensSentence = /(?:^|[.!?:]\s+|[\u201C"\u2018'(\u00AB\u201E]\s*)$/;

function demoteCommonWords(document: Document, mentions: Mention[]): Mention[] {
  const starts = new Map(document.sentences.map((sentence) => [sentence.start, sentence]));
  let lower: Set<string> | null = null;
  return mentions.map((mention) => {
    if (!mention.person || mention.pointsBack || mention.sourceId || mention.description || /\s/.test(mention.name)) return mention;
    const sentence = starts.get(mention.start) ?? sentenceAt(document, mention.start);
    if (!sentence || !opensSentence.test(document.text.slice(sentence.start, mention.start))) return mention;
    lower ??= lowerCaseWords(document.text);
    return lower.has(mention.name.toLowerCase()) ? { ...mention, person: false } : mention;
  });
}

// "said Vijayakumari of Kondodi": one name and the place the speaker is from, right after a verb
// of saying, is that person (name and "of …" as their description); "Bank of Japan said" is not.
const speakerOfPlace = /^(\p{Lu}[\p{Ll}\p{M}'’-]+) of (\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;
const saidRightBefore = /\b(?:said|says|added|told|explained|recalled|continued)\s+$/;

function personsOfPlaces(document: Document, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    const parts = mention.person || mention.sourceId ? null : mention.name.match(speakerOfPlace);
    if (!parts?.[1] || suggestKind(parts[1]) !== "other" || isPlaceName(parts[1]) || !looksLikePerson(parts[1], null)) return mention;
    if (!saidRightBefore.test(document.folded.slice(Math.max(0, mention.start - 20), mention.start))) return mention;
    return { ...mention, name: parts[1], person: true, description: mention.description ?? `of ${parts[2]}` };
  });
}

function markQuoted(document: Document, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    const quotation = itemCovering(document.quotations, mention.start);
    return quotation && mention.end <= quotation.end ? { ...mention, quoted: true } : mention;
  });
}

/** Where the comma before `position` stands when only spaces (at least one) lie between, else -1. */
function commaBefore(text: string, position: number): number {
  let at = position;
  while (at > 0 && /\s/.test(text[at - 1] ?? "")) at--;
  return at < position && text[at - 1] === "," ? at - 1 : -1;
}

export function collectMentions(document: Document, index: AliasIndex): Mention[] {
  const names: Found[] = findNames(document.text, document.folded, document.sentences).map((finding) => ({ ...finding, pointsBack: null, known: null }));
  const descriptors: Found[] = findDescriptors(document.text, document.folded).map((finding) => ({
    ...finding,
    description: null,
    appositiveEnd: document.text[finding.end] === "," ? (appositiveAfter(document.text, finding.end)?.end ?? null) : null,
    known: null,
  }));
  // "the UN refugee agency", "the U.N. children's agency": a description that names one body.
  const tableNames: Found[] = findTableNames(document.folded).map((span) => ({
    ...span,
    name: document.text.slice(span.start, span.end),
    description: null,
    appositiveEnd: document.text[span.end] === "," ? (appositiveAfter(document.text, span.end)?.end ?? null) : null,
    pointsBack: null,
    known: null,
  }));
  // "Elena Petrova, a teacher, stayed": the role in commas after a name describes that person; it is no one else.
  // Looked up by where the name ends (its comma and spaces run back from the finding), not by
  // trying every name for every finding, which grew with the square of the text.
  const appositives = new Map<number, Found[]>();
  for (const name of names) if (name.appositiveEnd !== null) appositives.set(name.end, [...(appositives.get(name.end) ?? []), name]);
  const described = (finding: Found) =>
    !finding.pointsBack &&
    (appositives.get(commaBefore(document.text, finding.start)) ?? []).some((name) => /^\s*,$/.test(document.text.slice(finding.end, name.appositiveEnd ?? 0)));
  const found = withoutOverlaps([...knownFindings(document, index, names), ...names, ...descriptors.filter((finding) => !described(finding)), ...tableNames]);
  return markQuoted(
    document,
    withCanonicalNames(
      document,
      demoteCommonWords(
        document,
        personsOfPlaces(
          document,
          linkSurnames(
            withRolesBefore(
              document,
              withNamedTitles(
                document,
                outletsNamedAfterKind(
                  document,
                  found.map((finding) => toMention(finding, index)),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
