// Site furniture that scraping leaves in a report's text ("Exit mobile version",
// "Advertisement", newsletter prompts…). Whole lines only, and conservatively: a line that
// could carry a claim is always kept. What is dropped is listed, so the analyst can see it
// and put any of it back (`restoreLines`). Pure.

export type DroppedLine = {
  /** The line as it was, for the analyst to read. */
  line: string;
  /** Why it was taken for furniture, in the analyst's words. */
  reason: string;
  /** Its line number (0-based) in the text before anything was dropped. */
  index: number;
};

export type BoilerplateResult = { text: string; dropped: DroppedLine[] };

type Furniture = { reason: string; pattern: RegExp };

// Each pattern matches a whole trimmed line, and names the furniture precisely enough that a
// real sentence starting with "Share", "Subscribe" or "Copyright" is not taken for it.
const furniture: Furniture[] = [
  { reason: "site navigation", pattern: /^exit mobile version$/i },
  { reason: "site navigation", pattern: /^skip to (the )?(main )?(content|navigation|menu|search)$/i },
  { reason: "site navigation", pattern: /^(main |open |close )?(menu|navigation|search|toggle navigation|back to top)$/i },
  { reason: "advertisement", pattern: /^(advertisement|advertising|sponsored( content)?|paid content|ad feedback)$/i },
  { reason: "newsletter prompt", pattern: /^(sign up|subscribe|register)( now| here| today| for free)?[.!]?$/i },
  { reason: "newsletter prompt", pattern: /^(sign up|subscribe|get|join)\b.{0,100}\b(newsletters?|inbox|e-?mail alerts|briefing)\b.{0,100}$/i },
  { reason: "sharing buttons", pattern: /^share( this| the)?( article| story| post| page)?( on \w+| via \w+)?$/i },
  { reason: "sharing buttons", pattern: /^(share on \w+|tweet|follow us( on \w+)?|copy link|email this( article)?)$/i },
  {
    reason: "link to another article",
    pattern: /^(read more|related( stories| articles)?|see also|recommended|most read|more on this story)\s*[:…-].{0,200}$/i,
  },
  { reason: "link to another article", pattern: /^(read more|related( stories| articles)?|see also|recommended|most read)$/i },
  {
    reason: "cookie notice",
    pattern: /^(?=.{0,300}$).*\b(we use cookies|(this|our) (web)?site uses cookies|accept (all )?cookies|cookie (policy|settings|preferences|consent))\b.*$/i,
  },
  { reason: "copyright line", pattern: /^(©|\(c\)|copyright\s*(©|\(c\)|\d{4})).{0,150}$/i },
  { reason: "copyright line", pattern: /^.{0,120}\ball rights reserved\.?$/i },
];

// A line that reports something is never furniture, whatever it starts with.
const reportingWords =
  /\b(said|says|say|stated|told|reported|reports|according to|confirmed|claimed|claims|announced|warned|noted|estimated|citing|denied|added)\b/i;
const quotationMarks = /["“”«»„]/;
const longLine = 30; // words; furniture is short

/** A figure other than a bare year (a copyright line's "2024" is not a claim). */
function hasFigure(line: string): boolean {
  const figures = line.match(/\d[\d,.]*/g) ?? [];
  return figures.some((figure) => !/^(19|20)\d\d$/.test(figure.replace(/[.,]$/, "")));
}

export function looksLikeClaim(line: string): boolean {
  return reportingWords.test(line) || quotationMarks.test(line) || hasFigure(line) || line.split(/\s+/).length > longLine;
}

function furnitureReason(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed || looksLikeClaim(trimmed)) return null;
  return furniture.find((entry) => entry.pattern.test(trimmed))?.reason ?? null;
}

/**
 * Removes whole furniture lines. Lines are split on "\n" (normalise line endings first) and
 * the rest is kept byte for byte, blank lines included, so that `restoreLines` can put any
 * dropped line back exactly where it was.
 */
export function dropBoilerplate(text: string): BoilerplateResult {
  const kept: string[] = [];
  const dropped: DroppedLine[] = [];
  text.split("\n").forEach((line, index) => {
    const reason = furnitureReason(line);
    if (reason) dropped.push({ line, reason, index });
    else kept.push(line);
  });
  return { text: kept.join("\n"), dropped };
}

/**
 * Puts the dropped lines with the given original indexes back in their places; the others
 * stay dropped. Indexes that were not dropped are ignored.
 */
export function restoreLines(result: BoilerplateResult, indexes: readonly number[]): BoilerplateResult {
  const restoring = new Set(indexes);
  const original = originalLines(result);
  const stillDropped = result.dropped.filter((entry) => !restoring.has(entry.index));
  const skip = new Set(stillDropped.map((entry) => entry.index));
  return { text: original.filter((_line, index) => !skip.has(index)).join("\n"), dropped: stillDropped };
}

/** Rebuilds the text's lines before anything was dropped. */
function originalLines(result: BoilerplateResult): string[] {
  const kept = result.text.split("\n");
  // An empty text with everything dropped has no kept line at all, not one empty line.
  if (result.text === "" && result.dropped.length > 0 && !hasEmptyKeptLine(result)) kept.length = 0;
  const byIndex = [...result.dropped].sort((a, b) => a.index - b.index);
  const lines: string[] = [];
  let keptAt = 0;
  for (const entry of byIndex) {
    while (lines.length < entry.index && keptAt < kept.length) lines.push(kept[keptAt++]!);
    lines.push(entry.line);
  }
  while (keptAt < kept.length) lines.push(kept[keptAt++]!);
  return lines;
}

/** Whether the original text had a line besides the dropped ones (then "" is that line). */
function hasEmptyKeptLine(result: BoilerplateResult): boolean {
  const highest = Math.max(...result.dropped.map((entry) => entry.index));
  return highest + 1 > result.dropped.length;
}
