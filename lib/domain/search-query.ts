// What an analyst typed into the search box, turned into full-text queries that can only
// ever mean "these words, these prefixes, these alternatives": every word becomes a quoted
// phrase of its letters and digits, `troop*` a prefix and `OR` an alternative, built here
// from the parsed terms, so no character the user types can become FTS5 syntax (NEAR, -,
// parentheses, column filters) or PostgreSQL tsquery syntax, and the SQL itself is always
// bound as a parameter. See docs/decisions/0008-full-text-search.md.

/** Private-use characters the database puts around matching words (never HTML). */
export const matchStart = "\uE000";
export const matchEnd = "\uE001";

/** The longest search accepted: a few sentences, far more than anyone types in a box. */
export const maxSearchLength = 500;

/** Words beyond these limits add nothing to a search and only cost the database time. */
const maxTerms = 12;
const maxPhraseLength = 100;
/** `a*` would match a good part of the index; a prefix needs two letters at least. */
const minPrefixLength = 2;

/** One quoted phrase or one typed word, as the tokens both engines index (letters, digits); `troop*` is a prefix. */
export type SearchTerm = { tokens: string[]; prefix: boolean };
/** Every group must match; a group matches when any of its terms does (`Kursk OR Kherson`). */
export type SearchQuery = SearchTerm[][];

// A token is a run of letters (with their combining marks) and digits: what FTS5's
// unicode61 tokenizer and PostgreSQL's default parser both treat as a word. Everything
// else (quotes, operators, punctuation, private-use characters, NUL) separates tokens.
const tokenPattern = /[\p{L}\p{M}\p{N}]+/gu;
// Straight or typographic double quotes mark a phrase the analyst wants kept together; the
// words outside quotes are separated by white space.
const piecePattern = /["“”„]([^"“”„]*)["“”„]|[^\s"“”„]+/gu;

function tokensOf(text: string): string[] {
  return (text.match(tokenPattern) ?? []).map((token) => token.slice(0, maxPhraseLength));
}

/**
 * The search, read as: each quoted part is one phrase, each other word is one phrase of its
 * tokens ("12,000" → ["12", "000"], "Seoul's" → ["Seoul", "s"]); a word ending in `*` matches
 * words that start with it; `OR` in capitals between two of them lets either match; everything
 * else must match. Unbalanced quotes are punctuation, and so is any other syntax.
 */
export function parseSearch(input: string): SearchQuery {
  const groups: SearchQuery = [];
  let joinNext = false;
  let terms = 0;
  for (const piece of input.normalize("NFKC").matchAll(piecePattern)) {
    const [text, quoted] = piece;
    if (quoted === undefined && text === "OR") {
      joinNext = groups.length > 0;
      continue;
    }
    const tokens = tokensOf(quoted ?? text);
    if (!tokens.length || terms === maxTerms) continue;
    const prefix = quoted === undefined && text.endsWith("*") && tokens[tokens.length - 1]!.length >= minPrefixLength;
    if (joinNext) groups[groups.length - 1]!.push({ tokens, prefix });
    else groups.push([{ tokens, prefix }]);
    joinNext = false;
    terms += 1;
  }
  return groups;
}

export const hasSearchWords = (query: SearchQuery) => query.length > 0;

/**
 * The search as an FTS5 MATCH expression: quoted phrases (a prefix as `"troop" *`), the
 * alternatives of a group in parentheses joined by OR, groups joined by AND (FTS5 refuses a
 * phrase right after a parenthesis without it).
 * Inside quotes NEAR, OR, "-" and "*" are words, never operators, and the tokens hold only
 * letters, marks and digits, so there is no quote inside to escape.
 */
export function toFts5Match(query: SearchQuery): string {
  const term = (each: SearchTerm) => `"${each.tokens.join(" ")}"${each.prefix ? " *" : ""}`;
  return query.map((group) => (group.length === 1 ? term(group[0]!) : `(${group.map(term).join(" OR ")})`)).join(" AND ");
}

/**
 * The search as PostgreSQL tsquery text for to_tsquery: each token a quoted lexeme (`:*` for a
 * prefix), a phrase's tokens joined by <->, alternatives by |, groups by &. Tokens hold only
 * letters, marks and digits, so no quote or operator can come from what was typed.
 */
export function toTsquery(query: SearchQuery): string {
  const term = (each: SearchTerm) => {
    const lexemes = each.tokens.map((token, index) => `'${token}'${each.prefix && index === each.tokens.length - 1 ? ":*" : ""}`);
    return lexemes.length === 1 ? lexemes[0]! : `(${lexemes.join(" <-> ")})`;
  };
  return query.map((group) => (group.length === 1 ? term(group[0]!) : `(${group.map(term).join(" | ")})`)).join(" & ");
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
