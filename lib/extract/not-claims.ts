// Figures that are not claims an analyst tracks: years, dates, ages, times of day, ordinals,
// page and article numbers, weapon designations and sums of money. Each rule names why the
// figure is skipped, so a test (and a puzzled reviewer) can see which rule fired.
import type { NumberMatch } from "./numbers";

const months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

// "may" after a figure is nearly always the verb, so it only counts with a year or a stop after it.
const monthsAfterDay = months.replace("may|", "");

type Rule = { reason: string; test: (before: string, after: string, figure: NumberMatch, written: string) => boolean };

const rules: Rule[] = [
  {
    reason: "year",
    test: (before, after, _figure, written) =>
      /^(19|20)\d\d$/.test(written) &&
      (new RegExp(`\\b(?:in|since|by|until|till|from|during|of|before|after|early|late|mid|year|the|spring|summer|autumn|fall|winter|${months})[\\s-]*$`).test(
        before,
      ) ||
        /^\s*(?:[,.;:)]|$|-\d|\u2013)/.test(after)),
  },
  {
    reason: "date",
    test: (before, after) =>
      new RegExp(`\\b(?:${months})\\.?\\s*$`).test(before) ||
      new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${monthsAfterDay})\\b`).test(after) ||
      /^\s+may(?:\s+\d|\s*[,.;]|$)/.test(after), // "3,000 may have died" is not 3 May
  },
  { reason: "ordinal", test: (_before, after) => /^(?:st|nd|rd|th)\b/.test(after) },
  { reason: "age", test: (before, after) => /\b(?:aged|age|ages)\s*$/.test(before) || /^[\s-]*(?:years?|months?)[\s-]*old\b/.test(after) },
  { reason: "time of day", test: (_before, after) => /^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|o'clock\b))/.test(after) },
  { reason: "duration or measure", test: (_before, after) => /^-(?!strong\b)[a-z]/.test(after) || /^[a-z]/.test(after) },
  { reason: "designation", test: (before) => /[a-z]-$/.test(before) || /[a-z]\d*$/.test(before) },
  {
    reason: "page or article number",
    test: (before) =>
      /\b(?:page|pages|p\.|pp\.|no\.|nos\.|number|article|resolution|paragraph|chapter|section|item|flight|route|highway|road|building|brigade|division|battalion|regiment|corps|unit)\s*$/.test(
        before,
      ),
  },
  {
    reason: "money",
    test: (before, after) =>
      /(?:[$€£¥₩]|\bus\$|\busd|\beur)\s*$/.test(before) || /^\s*(?:dollars|euros|won|rubles|roubles|pounds|yuan|hryvnias?|usd)\b/.test(after),
  },
  { reason: "score or ratio", test: (before, after) => /\d[:/]$/.test(before) || /^[:/]\d/.test(after) || /\b(?:one|\d+) in $/.test(before) },
  // "a 7.8 magnitude quake", "magnitude 6.1", "6.2 on the Richter scale": the strength, not a toll.
  {
    reason: "magnitude",
    test: (before, after) =>
      /\b(?:magnitude|richter|intensity|scale of)\s*$/.test(before) || /^[\s-]*(?:magnitude|on the richter|richter|mw\b|ml\b)/.test(after),
  },
  {
    reason: "price",
    test: (before, after) =>
      /\b(?:price of|priced at|costs?|costing|worth)\s+(?:about\s+|around\s+)?$/.test(before) ||
      /^\s*(?:cents|pence|bn|billion dollars|million dollars)\b/.test(after),
  },
];

/** Why this figure is not a claim, or null when it may be one. */
export function notAClaim(folded: string, figure: NumberMatch): string | null {
  const before = folded.slice(Math.max(0, figure.start - 24), figure.start);
  const after = folded.slice(figure.end, figure.end + 24);
  const written = folded.slice(figure.start, figure.end);
  return rules.find((rule) => rule.test(before, after, figure, written))?.reason ?? null;
}

/** "30 percent", "30%": a share, not a count. */
export function percentAfter(folded: string, position: number): number {
  const match = folded.slice(position, position + 12).match(/^(?:\s?%|\s+per\s?cent\b|\s+pc\b)/);
  return match ? match[0].length : 0;
}
