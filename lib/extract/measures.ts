// What a figure counts, in the controlled vocabulary (lib/domain/vocabulary.ts `measures`):
// from its unit when the unit's words carry it ("bodies" → killed, "troops" → deployed), else
// from the verb group of its clause ("214 people were killed", "120 of its staff have
// arrived", "police put the turnout at"). Everything else is "other".
import { normaliseUnit } from "../domain/measure";
import type { Measure } from "../domain/vocabulary";

// Verbs and nouns beside a figure that say what happened to what it counts. Checked in order:
// "killed or injured" is casualties before it is killed.
const measureCues: Array<[Measure, RegExp]> = [
  ["casualties", /\b(?:(?:killed|dead) (?:or|and) (?:injured|wounded|missing)|casualt(?:y|ies)|(?:became|become|were|are) (?:the )?victims of)\b/],
  [
    "killed",
    /\b(?:kill(?:ed|s|ing)|(?:shot|stabbed|beaten|hacked) (?:and killed|dead|to death)|died|dead|deaths?|death toll|death count|toll|perished|drowned|lost their lives|bodies|fatalities|massacred|executed|martyr(?:ed|s)?)\b/,
  ],
  ["injured", /\b(?:injured|injuring|wounded|wounding|hurt|injuries|wounds|hospitali[sz]ed)\b/],
  ["missing", /\b(?:missing|unaccounted for|trapped|buried under|looking for|search(?:ing)? for)\b/],
  [
    "displaced",
    /\b(?:displaced|displacement|fled|flee(?:ing)?|forced to flee|evacuated|relocated|resettled|rehoused|homeless|lost their homes|sheltering|refugees?|uprooted|(?:from|out of) their homes|(?:under|ordered) (?:an? |the )?(?:mandatory |voluntary )?evacuation(?: orders?)?|ordered to (?:leave|flee|evacuate)|(?:seek|sought|seeking|took|taken|taking) (?:temporary )?(?:refuge|shelter)|(?:slept|sleeping|spent the night|spend the night|spending the night) (?:outdoors|outside|in the open|in (?:their )?cars)|cross(?:ed|ing) (?:the|into|over)|crossed)\b/,
  ],
  [
    "detained",
    /\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)|detentions?|jailed|imprisoned|captured|taken prisoner|in custody|held|hostages?|abducted|kidnapped|taken captive|rounded up|(?:dragged|hauled|carted|bundled) (?:off|away|into)|police vans?)\b/,
  ],
  [
    "participants",
    /\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies)|march(?:ed|ing)?|turnout|turned out|crowds?|attended|took part|gathered|massed|assembled|showed up|show up|turned up)\b/,
  ],
  [
    "deployed",
    /\b(?:deploy(?:ed|ing|ment)?|send(?:ing)?|sent|dispatch(?:ed|ing)?|stationed|arrived|arriving|on the ground|mobili[sz]ed|transferred|posted|working|searching|reinforcements?|on duty|patrol(?:led|ling|s)?)\b/,
  ],
];

const globalCues = measureCues.map(([measure, cue]) => [measure, new RegExp(cue.source, "g")] as const);
const anchoredCues = measureCues.map(([measure, cue]) => [measure, new RegExp(`^(?:${cue.source})`)] as const);
// Any measure's cue, tried once on each window: where it finds none, no measure's scan can, so
// the nearest-cue loop below is skipped without changing its answer.
const anyCue = new RegExp(measureCues.map(([, cue]) => `(?:${cue.source})`).join("|"));

// Units that count people or forces: only they can be "deployed" or "participants".
const peopleLike =
  /(?:^|\s)(?:troops|people|civilians|residents|workers|staff|personnel|rescuers|volunteers|police|officers|medics|doctors|nurses|experts|engineers|specialists|instructors|advisers|technicians|mercenaries|teams|crews|others|fighters|firefighters|employees|members|migrants|children|[a-z]*men|women|professionals|agents|guards|dogs|marines|soldiers|refugees|families|households|syrians|palestinians|[a-z]+ans)$/;

// The words between a figure's noun and its verb: "55 protesters were arrested", "over 160 are
// still missing", "50 people are believed to have died".
const auxiliaries =
  /^(?:\s+(?:were|was|are|is|have|has|had|been|being|be|remain(?:ed|s)?|still|also|now|more|reportedly|initially|later|all|known|believed|feared|thought|confirmed|reported|listed|to|as|who|that|which|[a-z]+ly))*\s+/;

// Another figure joined on ("1,200 people and nearly 3,000 had been wounded") starts its own clause.
const nextFigure =
  /(?:\b(?:and|while|but|whereas|with|as)\s+(?:[a-z]+\s+){0,3}?|,\s+(?:(?:over|about|around|nearly|almost|some|more than|at least|up to|another)\s+)?)(?:\d|one\b|two\b|three\b)/;
const lastFigure = /\d[\d,.]*(?:\s+[a-z-]+){0,3}\s+(?:and|while|but|whereas|with|as)\s/g;

function allowed(measure: Measure, unit: string | null, byUnit: Measure | undefined | null): boolean {
  if (measure !== "deployed" && measure !== "participants") return true;
  if (measure === "deployed" && unit === null) return false;
  return unit === null || peopleLike.test(unit) || byUnit === "deployed";
}

/** The measure a cue gives when it opens `words`. */
function cueAtStart(words: string, unit: string | null, byUnit: Measure | undefined | null): Measure | null {
  for (const [measure, cue] of anchoredCues) if (allowed(measure, unit, byUnit) && cue.test(words)) return measure;
  return null;
}

/** The first cue, in the list's order, anywhere in the figure's own words ("thousands of displaced people"). */
function cueWithin(words: string, unit: string | null, byUnit: Measure | undefined | null): Measure | null {
  for (const [measure, cue] of measureCues) if (allowed(measure, unit, byUnit) && cue.test(words)) return measure;
  return null;
}

// "three children and two adults killed", "12 soldiers and 3 civilians were wounded": the members
// of a compound count share the verb after the last one.
const compoundMember =
  /^\s+(?:and|or)\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)(?:\s+of)?\s+[a-z-]+((?:\s+[a-z-]+)?)/;

function sharedVerb(after: string, unit: string | null, byUnit: Measure | undefined | null): Measure | null {
  const member = after.match(compoundMember);
  if (!member) return null;
  // The second member's noun is one word or two ("two adults killed", "two police officers were killed").
  for (const end of [member[0].length - (member[1]?.length ?? 0), member[0].length]) {
    const rest = after.slice(end);
    const cue = cueAtStart(rest.slice(rest.match(auxiliaries)?.[0].length ?? 0), unit, byUnit);
    if (cue) return cue;
  }
  return null;
}

/** Counts of things that are not people (homes, ambulances, tents) are never killed or arrested. */
const thingUnits = new Map<string, boolean>();

export function countsThings(unit: string | null): boolean {
  if (unit === null) return false;
  const known = thingUnits.get(unit);
  if (known !== undefined) return known;
  const head = unit.split(" ").at(-1) ?? unit;
  const person = [unit, head, `${head}s`].some((word) => ["people", "troops"].includes(normaliseUnit(word)?.unit ?? ""));
  const things = !person && !peopleLike.test(unit) && !peopleLike.test(`${head}s`);
  if (thingUnits.size < 10_000) thingUnits.set(unit, things);
  return things;
}

// People on the move by what they are called: a migrant or an asylum seeker who arrives, lands or
// is brought ashore is displaced, not sent ("800 migrants have arrived", "the arrival of hundreds
// of migrants"); what happens to them otherwise still speaks ("70 migrants drowned" is killed).
const movingPeople = /(?:^|\s)(?:migrants?|asylum[ -]seekers?|boat people)$/;
const arrival =
  /\b(?:arriv(?:al|als|ed|ing|es?)|land(?:ed|ing|ings)|came ashore|brought ashore|(?:were |been )?rescued|intercepted|on board|aboard|crossings?)\b/;

/**
 * The measure of a figure whose unit is `unit`, given the words of its clause around it
 * (`before` ends at the figure, `after` starts after it). The figure's own verb speaks first
 * ("55 protesters were arrested"), then its own words ("thousands of displaced people"), then
 * what its noun implies ("bodies"), then the nearest cue around it.
 */
export function measureOf(unit: string | null, before: string, after: string, own = ""): Measure {
  const measure = measureByCues(unit, before, after, own);
  const noun = own.match(/[a-z]+(?:[ -][a-z]+)?$/)?.[0] ?? "";
  if (!movingPeople.test(noun) && !movingPeople.test(unit ?? "")) return measure;
  if (measure === "deployed" || measure === "participants") return "displaced";
  const near = `${before.slice(-60)} ${after.slice(0, 60)}`;
  return measure === "other" && arrival.test(near) ? "displaced" : measure;
}

function measureByCues(unit: string | null, before: string, after: string, own: string): Measure {
  const noun = own.match(/[a-z]+(?: [a-z]+)?$/)?.[0] ?? "";
  const byNoun = normaliseUnit(noun)?.measure ?? normaliseUnit(noun.split(" ").at(-1))?.measure;
  const byUnit = byNoun ?? normaliseUnit(unit)?.measure;
  const windowAfter = after.slice(0, 80).split(nextFigure)[0] ?? "";
  const verb =
    cueAtStart(windowAfter.slice(windowAfter.match(auxiliaries)?.[0].length ?? 0), unit, byUnit) ??
    (byNoun && byNoun !== "deployed" ? null : sharedVerb(after.slice(0, 80), unit, byUnit));
  if (verb && !(countsThings(unit) && verb !== "deployed")) return verb;
  const inOwn = cueWithin(own.replace(/[\d,.]+/g, " "), unit, byUnit);
  if (inOwn && !countsThings(unit)) return inOwn;
  if (byNoun && byNoun !== "deployed") return byNoun;
  if (countsThings(unit)) return byUnit ?? "other";
  if (byUnit && byUnit !== "deployed" && noun !== "") return byUnit;
  // The cue nearest the figure wins: "thousands of displaced people … dead" is displaced.
  const wide = before.slice(-100);
  const cut = [...wide.matchAll(lastFigure)].at(-1);
  const windowBefore = cut ? wide.slice((cut.index ?? 0) + cut[0].length) : wide;
  let best: { measure: Measure; distance: number } | null = null;
  const cued = anyCue.test(windowAfter) || anyCue.test(windowBefore);
  for (const [measure, global] of cued ? globalCues : []) {
    if (!allowed(measure, unit, byUnit)) continue;
    for (const match of windowAfter.matchAll(global)) {
      const distance = match.index ?? 0;
      if (!best || distance < best.distance) best = { measure, distance };
    }
    for (const match of windowBefore.matchAll(global)) {
      const distance = windowBefore.length - (match.index ?? 0) - match[0].length;
      if (!best || distance < best.distance) best = { measure, distance };
    }
  }
  // Police and soldiers at a rally are sent there, not marchers: "500 protesters confronted 100 police officers".
  if (best?.measure === "participants" && byUnit === "deployed") return "deployed";
  if (best) return best.measure;
  if (byUnit) return byUnit;
  return unit === "killed" ? "killed" : unit === "wounded" ? "injured" : "other";
}
