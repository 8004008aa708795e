// Figures as written: digits ("12,000", "1.5 million", "10k"), words ("four", "twelve
// thousand", "a dozen") and vague amounts ("several hundred", "tens of thousands").
// Returns spans into the folded text; deciding whether a figure is a claim is quantities.ts.

export type NumberMatch = {
  start: number;
  end: number;
  /** null for vague amounts, which only have bounds. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  written: "digits" | "words" | "vague";
};

const smallNumbers: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// South Asian English counts in lakhs (100,000) and crores (10,000,000): "1.6 lakh people", "two crore".
const scales: Record<string, number> = { hundred: 100, thousand: 1_000, lakh: 100_000, million: 1_000_000, crore: 10_000_000, billion: 1_000_000_000 };
const pluralScales: Record<string, number> = { dozens: 12, tens: 10, hundreds: 100, thousands: 1_000, millions: 1_000_000 };

// Digits grouped by commas ("12,000"), by the South Asian lakh grouping ("1,50,000": pairs of
// digits before the last three) or, as in much of the world's copy, by a space, a no-break
// space or a thin space ("12 000", "1 024"): groups after the first are three digits each.
const digitFigure = /(?<![\w.,])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?!\d)|\d+)(\.\d+)?(?![\d,]\d)/g;
const attachedScale = /^(?:\s+(thousand|lakh|million|crore|billion)s?\b|(k)\b)/;
// "on May 7 300 people …", "2 300 000 in 2019 1 200 …": a space after a month's day or after
// another number separates two numbers; it does not group one.
const spaceCannotGroup = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d)\s$/;

function findDigitFigures(folded: string): NumberMatch[] {
  const figures: NumberMatch[] = [];
  const pattern = new RegExp(digitFigure.source, "g");
  for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
    const start = match.index;
    let text = match[0];
    if (/\s/.test(text) && spaceCannotGroup.test(folded.slice(Math.max(0, start - 12), start))) {
      text = text.slice(0, text.search(/\s/));
      pattern.lastIndex = start + text.length;
    }
    let end = start + text.length;
    let value = Number(text.replace(/[,\s]/g, ""));
    const scale = folded.slice(end, end + 16).match(attachedScale);
    if (scale) {
      value *= scale[1] ? (scales[scale[1]] ?? 1) : 1_000;
      end += scale[0].length;
    }
    figures.push({ start, end, value: roundFigure(value), lower: null, upper: null, written: "digits" });
  }
  return figures;
}

// 1.5 million is exactly 1,500,000: keep binary floating point from saying 1500000.0000000002.
function roundFigure(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const wordToken = /[a-z]+(?:-[a-z]+)?/g;

type Token = { word: string; start: number; end: number };

function tokensFrom(folded: string, start: number, limit: number): Token[] {
  wordToken.lastIndex = start;
  const tokens: Token[] = [];
  for (let match = wordToken.exec(folded); match && tokens.length < limit; match = wordToken.exec(folded)) {
    const gap = folded.slice(tokens.at(-1)?.end ?? start, match.index);
    if (tokens.length > 0 && !/^\s+$/.test(gap)) break;
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

function compoundValue(word: string): number | undefined {
  const [tens, units] = word.split("-");
  if (units === undefined) return smallNumbers[word];
  const tensValue = smallNumbers[tens ?? ""];
  const unitsValue = smallNumbers[units];
  return tensValue !== undefined && unitsValue !== undefined && tensValue >= 20 && unitsValue < 10 ? tensValue + unitsValue : undefined;
}

/** "twelve thousand", "three hundred and fifty", "a dozen", "a thousand": an exact amount in words. */
function readWordNumber(tokens: Token[]): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let sawNumber = false;
  for (const [index, token] of tokens.entries()) {
    const small = compoundValue(token.word);
    const scale = scales[token.word];
    if (small !== undefined) current += small;
    else if ((token.word === "a" || token.word === "an") && index === 0 && (scales[tokens[1]?.word ?? ""] || tokens[1]?.word === "dozen")) current = 1;
    else if (token.word === "dozen") current = (current || 1) * 12;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (token.word === "and" && (current >= 100 || total > 0) && compoundValue(tokens[index + 1]?.word ?? "") !== undefined) continue;
    // "three hundred and fifty" is one number; "between two and four million" is two.
    else break;
    sawNumber = sawNumber || token.word !== "a";
    used = index + 1;
  }
  const value = total + current;
  return sawNumber && value > 0 ? { value, used } : null;
}

/**
 * "several hundred" (3–9 hundred), "a few thousand" (2–5 thousand), "hundreds of" (2–10
 * hundred), "tens of thousands of" (20,000–100,000). Bounds, not a value: the analyst sees a range.
 */
function readVagueAmount(tokens: Token[]): { lower: number; upper: number; used: number } | null {
  const [first, second, third] = tokens;
  if (!first) return null;
  // "scores of refugees" (40–200), as "dozens of" is 24–120: twice to ten times the score.
  if (first.word === "scores" && second?.word === "of") return { lower: 40, upper: 200, used: 1 };
  // "several journalists" (3–9), "a few soldiers", "a handful of protesters" (2–5): a small
  // vague count, read only when a noun follows (quantities.ts decides what it counts).
  if (first.word === "several" && second && !scales[second.word] && second.word !== "dozen") return { lower: 3, upper: 9, used: 1 };
  if (first.word === "a" && second?.word === "handful" && third?.word === "of") return { lower: 2, upper: 5, used: 2 };
  if (first.word === "a" && second?.word === "few" && third && !scales[third.word] && third.word !== "dozen") return { lower: 2, upper: 5, used: 2 };
  const fewness = first.word === "several" ? [3, 9] : first.word === "a" && second?.word === "few" ? [2, 5] : null;
  if (fewness) {
    const scaleToken = first.word === "several" ? second : third;
    const scale = scaleToken?.word === "dozen" ? 12 : scales[scaleToken?.word ?? ""];
    if (!scale) return null;
    return { lower: (fewness[0] ?? 0) * scale, upper: (fewness[1] ?? 0) * scale, used: first.word === "several" ? 2 : 3 };
  }
  let multiplier = 1;
  let used = 0;
  while (pluralScales[tokens[used]?.word ?? ""] && tokens[used + 1]?.word === "of") {
    multiplier *= pluralScales[tokens[used]?.word ?? ""] ?? 1;
    used += 2;
  }
  // "Thousands gathered …", "hundreds of thousands marched": the amount without a last "of".
  const last = pluralScales[tokens[used]?.word ?? ""];
  if (last) return { lower: 2 * multiplier * last, upper: 10 * multiplier * last, used: used + 1 };
  if (used === 0) return null;
  return { lower: 2 * multiplier, upper: 10 * multiplier, used: used - 1 };
}

const wordNumberStart =
  /\b(?:a|an|several|scores|dozens|tens|hundreds|thousands|millions|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand)\b/g;

function findWordFigures(folded: string): NumberMatch[] {
  const figures: NumberMatch[] = [];
  let coveredUntil = 0;
  for (const match of folded.matchAll(wordNumberStart)) {
    const start = match.index ?? 0;
    if (start < coveredUntil || /[\w-]/.test(folded[start - 1] ?? "")) continue;
    const tokens = tokensFrom(folded, start, 8);
    const vague = readVagueAmount(tokens);
    if (vague) {
      const end = tokens[vague.used - 1]?.end ?? start;
      figures.push({ start, end, value: null, lower: vague.lower, upper: vague.upper, written: "vague" });
      coveredUntil = end;
      continue;
    }
    const exact = readWordNumber(tokens);
    if (!exact) continue;
    const end = tokens[exact.used - 1]?.end ?? start;
    figures.push({ start, end, value: exact.value, lower: null, upper: null, written: "words" });
    coveredUntil = end;
  }
  return figures;
}

/** Every figure in the text, digits and words, sorted by position, none overlapping. */
export function findFigures(folded: string): NumberMatch[] {
  const all = [...findDigitFigures(folded), ...findWordFigures(folded)].sort((a, b) => a.start - b.start || b.end - a.end);
  const figures: NumberMatch[] = [];
  for (const figure of all) {
    const previous = figures.at(-1);
    if (previous && figure.start < previous.end) continue;
    figures.push(figure);
  }
  return figures;
}
