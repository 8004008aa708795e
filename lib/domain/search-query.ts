// What an analyst typed into the search box, turned into full-text queries that can only
// ever mean "these words": every word becomes a quoted phrase of its letters and digits,
// so no character the user types can become FTS5 syntax (NEAR, OR, *, -, parentheses,
// column filters) or PostgreSQL websearch syntax, and the SQL itself is always bound as a
// parameter. See docs/decisions/0008-full-text-search.md.

/** Private-use characters the database puts around matching words (never HTML). */
export const matchStart = "\uE000";
export const matchEnd = "\uE001";

/** The longest search accepted: a few sentences, far more than anyone types in a box. */
export const maxSearchLength = 500;

/** Words beyond these limits add nothing to a search and only cost the database time. */
const maxPhrases = 12;
const maxPhraseLength = 100;

/** One quoted phrase or one typed word, as the tokens both engines index (letters, digits). */
export type SearchPhrase = string[];

// A token is a run of letters (with their combining marks) and digits: what FTS5's
// unicode61 tokenizer and PostgreSQL's default parser both treat as a word. Everything
// else (quotes, operators, punctuation, private-use characters, NUL) separates tokens.
const tokenPattern = /[\p{L}\p{M}\p{N}]+/gu;
// Straight or typographic double quotes mark a phrase the analyst wants kept together.
const quotedPattern = /["“”„]([^"“”„]*)["“”„]/gu;

function tokensOf(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/**
 * The phrases of a search: each quoted part is one phrase, each other word is one phrase
 * of its tokens ("12,000" → ["12", "000"], "Seoul's" → ["Seoul", "s"]). Unbalanced quotes
 * are ignored as punctuation.
 */
export function parseSearch(input: string): SearchPhrase[] {
  const text = input.normalize("NFKC");
  const phrases: SearchPhrase[] = [];
  const unquoted = text.replace(quotedPattern, (_quoted, inside: string) => {
    phrases.push(tokensOf(inside));
    return " ";
  });
  for (const word of unquoted.split(/\s+/u)) phrases.push(tokensOf(word));
  return phrases
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => phrase.map((token) => token.slice(0, maxPhraseLength)))
    .slice(0, maxPhrases);
}

export const hasSearchWords = (phrases: SearchPhrase[]) => phrases.length > 0;

/**
 * The search as quoted phrases separated by spaces. Both engines read this the same way:
 * FTS5's MATCH as phrases that must all occur, PostgreSQL's websearch_to_tsquery as phrases
 * joined by AND. Inside quotes, NEAR, OR, "-" and "*" are words, never operators, and the
 * tokens hold only letters, marks and digits, so there is no quote inside to escape.
 */
export function toQuotedPhrases(phrases: SearchPhrase[]): string {
  return phrases.map((phrase) => `"${phrase.join(" ")}"`).join(" ");
}

export type MarkedPart = { text: string; matched: boolean };

/** Splits text the database marked into plain and matching parts, for React to render. */
export function splitMarked(marked: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let matched = false;
  let current = "";
  const flush = () => {
    if (current) parts.push({ text: current, matched });
    current = "";
  };
  for (const character of marked) {
    if (character === matchStart || character === matchEnd) {
      flush();
      matched = character === matchStart;
    } else {
      current += character;
    }
  }
  flush();
  return parts;
}

const countMarks = (text: string) => text.split(matchStart).length - 1;

/**
 * Of a source's name and its aliases (one per line, each marked where it matched), the alias
 * that explains the match best: the one with the most matching words. Null when the name
 * itself matches at least as well, since the name is shown anyway.
 */
export function bestMatchedAlias(markedName: string, markedAliases: string): string | null {
  let best: string | null = null;
  let bestMarks = countMarks(markedName);
  for (const alias of markedAliases.split("\n")) {
    const marks = countMarks(alias);
    if (marks > bestMarks) [best, bestMarks] = [alias, marks];
  }
  return best;
}

/** The first of some marked texts with a matching word in it, or null when none has one. */
export function firstMarked(texts: (string | null)[]): string | null {
  return texts.find((text) => text?.includes(matchStart)) ?? null;
}
