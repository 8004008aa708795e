// What a figure counts, in the controlled vocabulary (lib/domain/vocabulary.ts `measures`):
// from its unit when the unit's words carry it ("bodies" → killed, "troops" → deployed), else
// from the verb group of its clause ("214 people were killed", "120 of its staff have
// arrived", "police put the turnout at"). Everything else is "other".
import { normaliseUnit } from "../domain/measure";
import type { Measure } from "../domain/vocabulary";

// Verbs and nouns beside a figure that say what happened to what it counts. Checked in order:
// "killed or injured" is casualties before it is killed.
const measureCues: Array<[Measure, RegExp]> = [
  ["casualties", /\b(?:killed (?:or|and) (?:injured|wounded)|dead (?:or|and) (?:injured|wounded)|casualt(?:y|ies))\b/],
  ["killed", /\b(?:killed|died|dead|deaths?|death toll|toll|perished|lost their lives|bodies|fatalities|massacred|executed)\b/],
  ["injured", /\b(?:injured|wounded|hurt|injuries|hospitali[sz]ed)\b/],
  ["missing", /\b(?:missing|unaccounted for|trapped|buried under)\b/],
  ["displaced", /\b(?:displaced|fled|flee(?:ing)?|evacuated|homeless|lost their homes|sheltering|refugees?|uprooted|crossed (?:the|into))\b/],
  ["detained", /\b(?:arrested|detained|detentions?|arrests?|jailed|imprisoned|in custody|held)\b/],
  ["participants", /\b(?:protest\w*|demonstrat\w*|rall(?:y|ied|ies)|march(?:ed|ing)?|turnout|turned out|crowds?|attended|took part|gathered)\b/],
  ["deployed", /\b(?:deployed|deployment|sent|dispatched|stationed|arrived|arriving|on the ground|mobili[sz]ed|transferred|posted|working|searching)\b/],
];

// Units that count people or forces: only they can be "deployed" or "participants".
const peopleLike = /^(?:troops|people|civilians|residents|workers|staff|personnel|rescuers|volunteers|police|officers|medics|doctors|nurses|experts|engineers|specialists|instructors|advisers|technicians|mercenaries|teams|crews|others|fighters|firefighters|aid workers|employees|members|migrants|children|men|women)$/;

/**
 * The measure of a figure whose unit is `unit`, given the words of its clause around it
 * (`before` ends at the figure, `after` starts after it). The nearer side speaks first.
 */
export function measureOf(unit: string | null, before: string, after: string, own = ""): Measure {
  const noun = own.match(/[a-z]+(?: [a-z]+)?$/)?.[0] ?? "";
  const byUnit = normaliseUnit(noun)?.measure ?? normaliseUnit(noun.split(" ").at(-1))?.measure ?? normaliseUnit(unit)?.measure;
  if (byUnit && byUnit !== "deployed") return byUnit;
  const near = `${after.slice(0, 70)} ${before.slice(-50)}`;
  for (const [measure, cue] of measureCues) {
    if (!cue.test(near)) continue;
    if ((measure === "deployed" || measure === "participants") && unit !== null && !peopleLike.test(unit) && byUnit !== "deployed") continue;
    if (measure === "deployed" && unit === null) continue;
    return measure;
  }
  if (byUnit) return byUnit;
  return unit === "killed" ? "killed" : unit === "wounded" ? "injured" : "other";
}
