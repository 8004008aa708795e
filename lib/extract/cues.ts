// What a figure describes (modality) and how its source holds it (stance), read from the
// words around it. 12,000 planned, 10,000 being prepared and 1,500 arrived are not a
// contradiction: these cues are what lets the comparison say so.
import type { Modality, Stance } from "../domain/vocabulary";
import type { Span } from "./text";

const movement = "send|sent|deploy|deployed|dispatch|dispatched|transfer|transferred|move|moved|mobili[sz]e|mobili[sz]ed|station|stationed";

// Order matters only on a tie in distance: a hedge outweighs a plan, a plan a completion.
const modalityCues: Array<[Modality, RegExp]> = [
  [
    "possible",
    // "May had the most deaths" is the month: the modal takes a bare verb. "Police believed the
    // crowd to be 15,000" is an estimate of what happened, not a possibility.
    /\b(?:could|may(?! (?:had|has|was|were|is|saw)\b)|might|possibly|potentially|likely to|(?:is|are|was|were) (?:believed|feared|thought|presumed) to|believed(?! (?:the|its|their|it)\b)|feared|presumed|unconfirmed|would(?! (?:send|deploy|dispatch|transfer|mobili[sz]e)))\b/g,
  ],
  [
    "planned",
    new RegExp(
      String.raw`\b(?:plan(?:s|ned|ning)? to|plan(?:s|ned)? for|intend(?:s|ed)? to|intention to|pledged to|pledges? to|aims? to|(?:is|are) set to|scheduled to|(?:will|would) (?:${movement})|(?:decided|agreed) to (?:${movement}))\b`,
      "g",
    ),
  ],
  [
    "preparing",
    /\b(?:prepar(?:ing|es|ed|e) (?:to|for)|(?:is|are|was|were) preparing|being prepared|getting ready to|readying|(?:being|been) trained|training (?:to|for))\b/g,
  ],
  [
    "underway",
    /\b(?:(?:are|is|were|was) being (?:deployed|sent|transferred|moved|redeployed)|en route|on (?:their|the) way|in transit|(?:heading|moving|advancing|travelling|traveling) (?:to|toward|towards|by)|(?:are|is|were) arriving|(?:beg[au]n|start(?:ed|ing|s)?|begins) (?:to )?(?:arriv|deploy|mov|land|cross|flee|leav|return)[a-z]*|(?:are|is|were) (?:still )?(?:working|searching|being)|ongoing|under way|underway|continu(?:es|ing) to)\b/g,
  ],
  [
    "completed",
    /\b(?:arriv(?:ed|al|als)|stationed|deployment of|presence of|present in|(?:were|was|have been|had been|has been) (?:deployed|sent|killed|wounded|injured|transferred|moved|captured)|killed|wounded|injured|died|captured|deserted|evacuated|displaced|fled|shot down|(?:has|have|had) (?:sent|deployed|dispatched|transferred)|deployed (?:to|in|near|at|along)|(?:have|has|had) (?:arrived|been (?:confirmed|recovered|found|rescued|reported|registered|counted))|(?:were|was) (?:confirmed|recovered|found|rescued|arrested|detained)|so far|to date|on the ground|already|lost (?:their|his|her) li(?:ves|fe)|result(?:ed|ing) in)\b/g,
  ],
];

// Any cue of any family, tried once: a window where it finds none (most of them) needs no scan
// per family. Where one family matches, this matches at that place or before it, so skipping
// the scans on no match changes no answer; where it matches, the families are read as before.
const anyModalityCue = new RegExp(modalityCues.map(([, pattern]) => `(?:${pattern.source})`).join("|"));

function distance(span: Span, start: number, end: number): number {
  if (end <= span.start) return span.start - end;
  if (start >= span.end) return start - span.end;
  return 0;
}

/** The cue nearest the claim's words, within its clause; "unknown" when there is none. */
export function modalityFrom(folded: string, whole: Span, span: Span): Modality {
  // Cues further than a long phrase away govern other words; a bounded window keeps this linear.
  const clause = { start: Math.max(whole.start, span.start - 160), end: Math.min(whole.end, span.end + 160) };
  const words = folded.slice(clause.start, clause.end);
  let best: { modality: Modality; distance: number } | null = null;
  if (anyModalityCue.test(words))
    for (const [modality, pattern] of modalityCues) {
      for (const match of words.matchAll(pattern)) {
        const start = clause.start + (match.index ?? 0);
        const gap = distance(span, start, start + match[0].length);
        if (!best || gap < best.distance) best = { modality, distance: gap };
      }
    }
  if (best) return best.modality;
  // No cue: a figure told in the past tense ("the toll hit 94", "homes were destroyed", "police
  // estimated 15,000 attended") reports what happened; one in the present or future stays unknown.
  return pastTense.test(words) ? "completed" : "unknown";
}

const pastTense =
  /\b(?:was|were|had|did|has been|have been|toll|dead|deaths|fatalities|lost|began|broke|brought|drew|fell|fought|found|grew|held|led|sank|sent|shot|spent|struck|swept|tore|sought|destroyed|damaged|collapsed|rose|hit|reached|left|took|came|fled|went|gave|made|saw|attended|gathered|joined|marched|turned out|(?!(?:need|feed|seed|speed|bleed|proceed|exceed|succeed|indeed|based|related|expected|planned|intended|scheduled|proposed|estimated)\b)[a-z]{2,}ed)\b/;

/** How the verb that attributes the claim presents it: "confirmed", "estimated", "denied". */
function stanceOfVerb(verb: string | null): Stance {
  if (!verb) return "asserts";
  if (/confirm/.test(verb)) return "confirms";
  if (/deni|deny|reject|dismiss|refut|disput/.test(verb)) return "denies";
  if (/estimat|assess|believ|\bput\b|calculat/.test(verb)) return "estimates";
  if (/suggest|speculat|think|suspect|hint|specul|fear|expect|predict|project/.test(verb)) return "speculates";
  return "asserts";
}

const hedge = /\b(?:could|may|might|possibly|perhaps|likely)\b/;
const estimate = /\b(?:an estimated|estimated|estimates?|estimating)\b/;

/**
 * The verb's stance wins when it says more than "asserts". Otherwise a hedge in the claim's
 * own clause makes it speculation, or an estimate when the originator is an expert: an
 * analyst's "could" is a professional assessment, an anonymous source's is a guess.
 */
// A source that denies the report holding the figure ("repeated its denial of a report alleging
// …", "rejected claims that …") or says the move is not afoot ("is not considering sending 14,000
// troops", "were never discussing or considering sending …") denies it.
const deniedReport =
  /\b(?:denial|denied|denies|deny|denying|refuted|refutes|rejected|rejects|dismissed|dismisses)\b(?: \w+){0,4}? (?:reports?|claims?|allegations?|stor(?:y|ies)|rumou?rs?)\b/;
const notAfoot =
  /\b(?:not|never|no longer)(?: (?:discussing|considering|planning|weighing|or|yet|currently|even))* (?:considering|discussing|planning|weighing) (?:[a-z]+ing|to [a-z]+)\b/;

export function stanceFrom(verb: string | null, clauseWords: string, originatorIsExpert: boolean): Stance {
  const byVerb = stanceOfVerb(verb);
  if (byVerb !== "asserts") return byVerb;
  if (deniedReport.test(clauseWords) || notAfoot.test(clauseWords)) return "denies";
  if (estimate.test(clauseWords)) return "estimates";
  if (hedge.test(clauseWords)) return originatorIsExpert ? "estimates" : "speculates";
  return "asserts";
}
