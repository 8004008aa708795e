// Figures that are not claims an analyst tracks: years, dates, ages, times of day, ordinals,
// page and article numbers, weapon designations and sums of money. Each rule names why the
// figure is skipped, so a test (and a puzzled reviewer) can see which rule fired.
import { normaliseUnit } from "../domain/measure";
import type { Measure } from "../domain/vocabulary";
import type { NumberMatch } from "./numbers";

const months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

// "may" after a figure is nearly always the verb, so it only counts with a year or a stop after it.
const monthsAfterDay = months.replace("may|", "");

const capacityVerbs = "hold|house|accommodate|protect|seat|carry|shelter|serve|treat|feed|transport|handle|host|sleep|fit";
const capacityBefore = new RegExp(
  `\\b(?:(?:can|could)(?: only)? (?:${capacityVerbs})|(?:designed|built|meant|able|equipped|enough|capacity) to (?:${capacityVerbs})|capacity (?:of|for)|room for)\\s+$`,
);
// "three engines can protect up to 20 homes": the subject of a capacity, when a figure follows.
const capacityAfter = new RegExp(
  `^(?:\\s+[a-z-]+){1,2}\\s+(?:can|could)(?: only)?\\s+(?:${capacityVerbs})\\s+(?:up to |as many as |about |around |more than |some )?\\d`,
);

type Rule = { reason: string; test: (before: string, after: string, figure: NumberMatch, written: string) => boolean };

// Built once, not for each figure.
const yearCueBefore = new RegExp(
  `\\b(?:in|since|by|until|till|from|during|of|before|after|early|late|mid|year|the|a|an|spring|summer|autumn|fall|winter|${months})[\\s-]*$`,
);
const monthDayBefore = new RegExp(`\\b(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+$`);
const monthBefore = new RegExp(`\\b(?:${months})\\.?\\s*$`);
const monthAfter = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${monthsAfterDay})\\b`);

const rules: Rule[] = [
  {
    reason: "year",
    test: (before, after, _figure, written) =>
      /^(19|20)\d\d$/.test(written) &&
      (yearCueBefore.test(before) ||
        /^\s*(?:[,.;:)]|$|-\d|\u2013)/.test(after) ||
        // "April 15, 2012 Residents …": the year of a date, whatever follows it.
        monthDayBefore.test(before) ||
        // "a 1970 quake", "the 2023 Maui fire": a year naming an event.
        /^\s+(?:[a-z]+\s+)?(?:quake|earthquake|floods?|fires?|wildfires?|war|election|uprising|protests?|attacks?|tsunami|hurricane|storm|cyclone|disaster|crisis|census|survey|season|games|olympics|revolution|invasion|offensive|massacre|riots?)\b/.test(
          after,
        )),
  },
  {
    reason: "date",
    // Only a day in digits is a date: "thousands march through the Loop" is not 1 March.
    test: (before, after, figure) =>
      figure.written === "digits" && (monthBefore.test(before) || monthAfter.test(after) || /^\s+may(?:\s+\d|\s*[,.;]|$)/.test(after)), // "3,000 may have died" is not 3 May
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
      /(?:[$€£¥₩₹₦₱₽₺₪]|\bus\$|\busd|\beur|\brs\.?|\binr|\bksh|\bkes|\bngn|\bphp|\bgbp|\bchf|\brmb|\bcny)\s*$/.test(before) ||
      /^\s*(?:(?:million|billion|trillion|crore|lakh)\s+)?(?:dollars|euros|won|rubles|roubles|pounds|yuan|hryvnias?|usd|rupees|naira|shillings|francs|cedis|yen|dinars|riyals|rials|lira|baht|ringgit|pesos|rand|taka|dirhams|kwacha|birr|leones)\b/.test(
        after,
      ),
  },
  { reason: "score or ratio", test: (before, after) => /\d[:/]$/.test(before) || /^[:/]\d/.test(after) || /\b(?:one|\d+) in $/.test(before) },
  // "a 7.8 magnitude quake", "magnitude 6.1", "6.2 on the Richter scale": the strength, not a toll.
  {
    reason: "magnitude",
    test: (before, after) =>
      /\b(?:magnitude|richter|intensity|scale of)\s*$/.test(before) || /^[\s-]*(?:magnitude|on the richter|richter|mw\b|ml\b)/.test(after),
  },
  // "30% of the troops", "60 per cent of those injured": a share, which the labels and issue 10
  // leave out; the head count it is a share of is the claim.
  { reason: "percentage", test: (_before, after) => /^(?:\s?%|\s+per\s?cent\b|\s+pc\b)/.test(after) },
  // "a town with a population of about 400,000 people", "home to more than 2 million people":
  // how many live there, not how many something happened to.
  { reason: "population", test: (before) => /\b(?:population(?: of)?|populated by|inhabitants(?: of)?|home to)\s+$/.test(withoutQualifier(before)) },
  // "in 30 seconds", "10,000 square meters", "800 miles southwest", "6 km/h": a measure of time,
  // distance, area, weight or speed, whatever word sits before it.
  { reason: "measure of time, distance or area", test: (_before, after) => measureUnitAfter.test(after) },
  // "the two provinces", "the three children were asleep", "in all three countries": a small number after "the" or "all" points back
  // to things already named; it does not count anything new.
  {
    reason: "named before",
    test: (before, _after, figure) => figure.written === "words" && (figure.value ?? 0) <= 10 && /\b(?:the|these|those|both|all)\s+$/.test(before),
  },
  // "four of my family's five houses": one person's own things, not a toll.
  { reason: "personal", test: (before) => /\b(?:my|our)(?:\s+[a-z]+'s)?\s+$/.test(before) },
  // "across four neighbouring counties", "in two provinces": where something happened, not a count.
  // "from 19 towns", "in 208 evacuation centres", "spread to three wards", "one of seven tribal districts": places counted
  // as where something happened, not what it happened to.
  {
    reason: "areas",
    test: (before, after) =>
      /\b(?:across|in|throughout|over|from|(?<!(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million))\s)to|at|among|(?<!\b(?:total|number|sum|count|tally|group|list|coalition|alliance)\s)of)\s+$/.test(
        withoutQualifier(before),
      ) && areaNounsAfter.test(after),
  },
  // "Floods hit 14 districts", "tornadoes struck at least seven states", "Twenty five districts
  // saw most destruction": administrative divisions counted are how far an event reached, not
  // people or things it befell, whatever verb or preposition comes before them.
  { reason: "administrative areas", test: (_before, after) => administrativeAreasAfter.test(after) },
  {
    reason: "price",
    test: (before, after) =>
      /\b(?:price of|priced at|costs?|costing|worth)\s+(?:about\s+|around\s+)?$/.test(before) ||
      /^\s*(?:cents|pence|bn|billion dollars|million dollars)\b/.test(after),
  },
  // "a 5-4 ruling", "won 3-1", "voted 52-48", "by 310 votes to 250": a tally or score, not a count
  // of people or things. A range of counts ("2,000-3,000 people") has a count noun after it.
  {
    reason: "tally or score",
    test: (before, after, figure) =>
      figure.written === "digits" &&
      ((/^[-\u2013]\d{1,3}(?!\d|,\d)/.test(after) &&
        /\b(?:won|lost|beat|beaten|defeated|drew|draw|tied|voted|vote of|ruling|margin of|score of|scored|finished|ended)\s+(?:a\s+)?$/.test(before)) ||
        /^[-\u2013]\d{1,3}\s+(?:vote|ruling|decision|win|victory|defeat|loss|draw|tie|majority|split|verdict)\b/.test(after) ||
        (/\d[-\u2013]$/.test(before.replace(/\s+$/, "")) && /\b(?:won|lost|beat|defeated|drew|voted|vote of|ruling)\s+\d{1,3}[-\u2013]$/.test(before)) ||
        (/\b\d{1,3}[-\u2013]$/.test(before) && /^\s+(?:vote|ruling|decision|win|victory|defeat|loss|draw|tie|majority|split|verdict)\b/.test(after)) ||
        /^\s+votes?\s+to\s+\d/.test(after) ||
        /\bvotes?\s+to\s+$/.test(before)),
  },
  // "scored 25 points", "two goals", "five percentage points": sport and polling margins.
  {
    reason: "sport or polling margin",
    test: (_before, after) =>
      /^\s+(?:percentage\s+points?|goals?|points?(?!\s+of\b)|runs|wickets|assists|rebounds|touchdowns|laps|innings|overs|strokes|birdies|medals|caps)\b/.test(
        after,
      ),
  },
  // "phase 2", "category 5 hurricane", "level 4 alert", "Terminal 2", "Room 101", "Line 3", "top 10":
  // a number naming or ranking something, not counting it. A count noun after it ("at this stage
  // 300 people") keeps it a count.
  {
    reason: "name or rank",
    test: (before, after, figure) =>
      figure.written === "digits" &&
      /\b(?:phase|category|level|stage|tier|grade|class|type|model|version|mark|mk|terminal|gate|platform|room|ward|block|sector|zone|lane|exit|line|channel|radio|episode|season|volume|vol\.|round|game|match|clause|amendment|title|form|act|decree|case no\.|cell|plot|apartment|flat|camp|post|checkpoint|top|ranked|rank|seed|seeded|number|no)\s*$/.test(
        before,
      ) &&
      !/^\s+(?:[a-z-]+\s+)?(?:(?!(?:does|goes|says|was|has|its|his|this|thus|plus|always|perhaps|unless|across|versus)\b)[a-z]{2,}[^su\s]s|people|police|personnel|staff|children|men|women|military|cattle|livestock)\b/.test(
        after,
      ),
  },
  // "the camp can hold 5,000 people", "three engines can protect up to 20 homes", "designed to
  // house 300", "a capacity of 40,000": what something can take, not what happened to anyone.
  { reason: "capacity", test: (before, after) => capacityBefore.test(withoutQualifier(before)) || capacityAfter.test(after) },
  // "+44 20 7946 0958", "(555) 123-4567", "call 1-800-273-8255": a telephone number.
  {
    reason: "telephone number",
    test: (before, after) =>
      (/(?:\+\d{0,3}[\s-]?|\(\d{2,5}\)\s?|\b(?:tel|phone|call|hotline|helpline|fax|whatsapp)\.?:?\s*)$/.test(before) && /^(?:[\s-]\d{2,4}){2}/.test(after)) ||
      /^\)\s?\d{3,4}[\s-]\d{3,4}/.test(after) ||
      (/\d{3,4}[\s-]$/.test(before) && /^[\s-]\d{3,4}\b/.test(after)),
  },
  // "10 Downing Street", "1600 Pennsylvania Avenue", "at 221b Baker Street": a house number.
  {
    reason: "street address",
    test: (_before, after, figure) =>
      figure.written === "digits" &&
      /^[a-z]?(?:\s+(?!(?:on|in|at|into|onto|the|a|an|of|to|along|near|by|from|and|or|people|[a-z]+s)\b)[a-z.'-]+){1,2}\s+(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.?|lane|drive|terrace|crescent)\b/.test(
        after,
      ),
  },
  // "more than six times the number", "three times as many": a multiplier, not a count.
  { reason: "multiplier", test: (_before, after) => /^\s+times\s+(?:the|as|more|higher|larger|bigger|greater|fewer|lower|that|what)\b/.test(after) },
  // "one of the largest protests", "one of the worst floods": a superlative, not a count.
  // "a thousand signatures", "1.2 million ballots cast", "62 unconfirmed reports of tornadoes",
  // "911 calls": records and messages people leave, not people or things a desk counts.
  {
    reason: "records and messages",
    test: (_before, after) =>
      /^\s+(?:[a-z-]+\s+)?(?:signatures|petitions|ballots|votes cast|letters|messages|calls|emails|tweets|reports|complaints|applications|views|likes|followers|subscribers|comments)\b/.test(
        after,
      ),
  },
  // "no one was hurt", "no-one had been reported missing": none, not one.
  { reason: "none", test: (before, _after, _figure, written) => written === "one" && /\bno[\s-]$/.test(before) },
  {
    reason: "one of the most",
    test: (_before, after, _figure, written) =>
      written === "one" && /^\s+of\s+(?:the|its|their|his|her)\s+(?:[a-z]+est|most|biggest|worst|best|few|many)\b/.test(after),
  },
];

const qualifierWords =
  /(?:\b(?:about|around|roughly|some|nearly|almost|approximately|an estimated|at least|more than|over|close to|just over|well over|up to|as many as)\s+)$/;

/** The words before a figure without the qualifier that ends them: "home to more than " → "home to ". */
function withoutQualifier(before: string): string {
  return before.replace(qualifierWords, "");
}

const measureUnitAfter =
  /^(?:\s+|-)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?|km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|inches|yards|hectares?|acres?|square|sq\b|cubic|tonnes?|tons?|kilograms?|kg\b|grams?|pounds|litres?|liters?|gallons|barrels|mph\b|km\/h|knots|degrees|digits|blocks?(?!\s+of\s+(?:flats|apartments|houses|buildings)))\b/;

const areaNounsAfter =
  /^(?:\s+[a-z-]+){0,3}?\s+(?:counties|provinces|states|regions|districts|countries|prefectures|oblasts|governorates|municipalities|areas|towns|cities|villages|locations|sites|places|centers|centres|camps|shelters|barangays|wards|tehsils|upazilas|zones|sectors|settlements|localities|communities|neighbou?rhoods|installations)\b/;

// Up to two describing words ("affected", "flood-hit", "northern"), but not "United" of "United States".
const administrativeAreasAfter =
  /^(?:\s+(?!(?:united|in|of|the|a|an|and|or|from|to|across|at|on|for|with|by|into)\b)[a-z-]+){0,2}?\s+(?:counties|provinces|states|regions|districts|prefectures|oblasts|governorates|municipalities|tehsils|upazilas|departments|cantons)\b(?!\s+of\s+(?:the\s+)?(?:art|emergency|alert))/;

/** Why this figure is not a claim, or null when it may be one. */
export function notAClaim(folded: string, figure: NumberMatch): string | null {
  const before = folded.slice(Math.max(0, figure.start - 24), figure.start);
  const after = folded.slice(figure.end, figure.end + 48);
  const written = folded.slice(figure.start, figure.end);
  return rules.find((rule) => rule.test(before, after, figure, written))?.reason ?? null;
}

/** "30 percent", "30%": a share, not a count. */
export function percentAfter(folded: string, position: number): number {
  const match = folded.slice(position, position + 12).match(/^(?:\s?%|\s+per\s?cent\b|\s+pc\b)/);
  return match ? match[0].length : 0;
}

// "A dozen men surrounded it", "several women were on board", "dozens of men kicked and beat each
// other": a loose handful of people to whom nothing a desk counts happened (no toll, arrest,
// displacement, deployment or turnout; measure "other", known only once the clause is read)
// describes a scene; it is not a figure anyone tracks.
const looseHandful =
  /^(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)?(?:a few|several|a dozen|half a dozen|dozens|scores|a handful)\b(?!\s+(?:of\s+)?(?:hundred|thousand|million)s?\b)/i;

export function isLooseScene(text: string, unit: string | null, measure: Measure | null): boolean {
  return measure === "other" && normaliseUnit(unit)?.unit === "people" && looseHandful.test(text);
}
