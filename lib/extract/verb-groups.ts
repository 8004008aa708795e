// The verb group that governs a figure, read from the words right around it: after it when the
// figure is the subject ("1,500 troops will supplement", "161 people are known to be missing",
// "hundreds of refugees are arriving"), before it when the figure is the object ("ordered the
// Pentagon to deploy 5,200 troops", "has been receiving hundreds of refugees", "sent tens of
// thousands of tents"). The figure's own verb says what it describes more surely than the
// nearest cue in its clause, which may belong to a neighbouring verb ("is potentially the
// largest since 1989, when over a million people protested").
import type { Modality } from "../domain/vocabulary";

// Past forms without -ed that report what happened.
const irregularPast =
  "sent|brought|held|taken|kept|left|found|lost|struck|fled|shot|caught|driven|beaten|built|thrown|torn|seen|became|came|went|took|gave|given|made|hit|put|led|fell|fallen|bore|borne|met|stood|sat|spent|won|swept|died";
const reportingVerbs =
  /^(?:said|told|reported|stated|added|noted|claimed|estimated|announced|confirmed|believed|warned|wrote|explained|informed|revealed|disclosed|suggested|insisted|argued|indicated|tweeted|posted|cited|quoted|planned|expected|proposed|intended|scheduled|projected|targeted|needed|required|anticipated|feared|hoped|wanted|asked|called|ordered|pledged|promised|agreed|decided|aimed|set)$/;

// Adverbs that may stand inside a verb group: "are still missing", "had reportedly arrived"; and
// the words between a figure and its own verb: a relative pronoun ("7,000 troops that are being
// sent") or "more" ("2,000 more are expected").
const adverbs =
  /^(?:\s+(?:that|who|which|more|still|also|now|already|reportedly|initially|later|currently|all|both|then|apparently|allegedly|officially|[a-z]+ly))*/;

const afterGroups: Array<[Modality, RegExp]> = [
  [
    "planned",
    // "4,000 extra troops approved by the UN last year": a force approved or promised, not yet there.
    /^\s+(?:will|shall|(?:is|are) (?:set|scheduled|due|slated|expected|planned|going) to|(?:is|are) to be|would be (?:sent|deployed|dispatched)|(?:is|are) expected[.,;]|(?:is|are) expected$|(?:approved|authori[sz]ed|pledged|promised|earmarked|requested|proposed) (?:by|for|last|in|under|at)\b)/,
  ],
  [
    "possible",
    /^\s+(?:may|might|could|(?:is|are|were|was) (?:believed|feared|thought|presumed|likely|estimated) to|(?:(?:is|are|were|was) )?(?:feared|believed|presumed) (?:to|dead|missing|killed|drowned|trapped))\b/,
  ],
  [
    "underway",
    /^\s+(?:(?:started|began|begun|have started|have begun|had started|had begun)(?: to)? (?:arriv|deploy|mov|land|cross|flee|leav|return)[a-z]*|(?:is|are|were|was) (?:still |now |currently )?being|(?:is|are) (?:still |now |currently )?(?!missing\b|remaining\b)[a-z]{3,}ing|(?:has|have) been (?!missing\b)[a-z]{3,}ing)\b/,
  ],
  [
    "completed",
    new RegExp(
      String.raw`^\s+(?:(?:have|has|had) (?:been |already |now )?(?:[a-z]+ed|${irregularPast}|[a-z]+en)|(?:were|was) (?:[a-z]+ed|${irregularPast}|[a-z]+en)|(?:are|were|is|was) known to|(?:are|is|were|was|remain(?:ed|s)?) (?:still )?(?:missing|dead|unaccounted|displaced|detained|held|in custody|homeless|injured|wounded)|(?!(?:needed|expected|planned|required|proposed|estimated|based|related)\b)[a-z]{3,}ed|${irregularPast})\b`,
    ),
  ],
];

const movement =
  "deploy|send|dispatch|transfer|move|station|mobili[sz]e|evacuate|house|shelter|set up|build|provide|recruit|train|hire|add|withdraw|pull out|bring|relocate|resettle";

// A deployment still only talked of: weighed or approved ("considering adding 14,000 troops",
// "authorised the deployment of an additional 4,000 troops"), or as the object of a plan ("expected to send a temporary
// deployment of 3,000 troops", "work on deploying a force of 3,000 troops").
const weighing = "considering|discussing|weighing|mulling|contemplating|proposing|planning|proposed|approved|authori[sz]ed|endorsed|requested|promised|pledged";
const gerund = "sending|adding|deploying|dispatching|transferring|moving|stationing";
const planNoun = String.raw`(?:\b(?:${weighing})(?: or (?:${weighing}))? (?:(?:the|a|an|its|their) )?(?:(?:${gerund})|(?:deployment|dispatch|transfer|sending|addition) of)|\b(?:to (?:send|deploy|dispatch)|(?:on|for|of|about) (?:${gerund})) (?:a|an|the|its|their) (?:[a-z]+ )?(?:deployment|force|contingent|dispatch) of)(?: (?:an? )?(?:additional|extra|further|more|new))?`;

const beforeGroups: Array<[Modality, RegExp]> = [
  ["preparing", new RegExp(String.raw`\b(?:prepar(?:ing|es|ed|e)|(?:getting|got|gets) ready) to (?:${movement})\s+$`)],
  [
    "planned",
    new RegExp(
      String.raw`(?:\b(?:will|shall)(?: be)? [a-z]+|(?<!\b(?:began|begun|started|continued|managed|helped|used|needed|went on|had|has|have) )\bto (?:${movement})|\bannounced (?:the|a|an|its|their) (?:deployment|dispatch|transfer|sending) of|\bplans? (?:for|of)|${planNoun})\s+$`,
    ),
  ],
  ["underway", /\b(?:(?:is|are|was|were) (?:still |now |currently )?(?!missing\b)[a-z]{3,}ing|(?:has|have) been [a-z]{3,}ing)\s+$/],
  [
    "completed",
    new RegExp(
      String.raw`(?:\b(?:has|have|had) (?:already )?(?:[a-z]+ed|${irregularPast}|[a-z]+en)(?: to| of| at)?|\b(?:was|were)|\b(?:put|pegged|placed) (?:the|its|their) (?:number|figure|estimate|count|turnout|crowd|toll|tally)(?: of [a-z]+)? at|, (?:killing|injuring|wounding|leaving|displacing|forcing|sending)|\b(?:[a-z]{2,}ed|${irregularPast}))\s+$`,
    ),
  ],
];

/** The modality of the verb group that governs the figure at `span`, or null when none is plain. */
export function ownVerbModality(folded: string, span: { start: number; end: number }, clause: { start: number; end: number }): Modality | null {
  const afterText = folded.slice(span.end, Math.min(clause.end, span.end + 60));
  const skipped = afterText.match(adverbs)?.[0].length ?? 0;
  const after = afterText.slice(skipped);
  for (const [modality, pattern] of afterGroups) if (pattern.test(after)) return modality;
  const before = folded.slice(Math.max(clause.start, span.start - 60), span.start);
  for (const [modality, pattern] of beforeGroups) {
    const match = before.match(pattern);
    if (!match) continue;
    const verb = match[0].trim().split(/\s+/).at(-1) ?? "";
    if (modality === "completed" && reportingVerbs.test(verb)) continue;
    return modality;
  }
  return null;
}
