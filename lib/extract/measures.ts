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
const peopleLike =
  /(?:^|\s)(?:troops|people|civilians|residents|workers|staff|personnel|rescuers|volunteers|police|officers|medics|doctors|nurses|experts|engineers|specialists|instructors|advisers|technicians|mercenaries|teams|crews|others|fighters|firefighters|employees|members|migrants|children|men|women|professionals|agents|guards|dogs|marines|soldiers|refugees|syrians|palestinians|[a-z]+ans)$/;

/**
 * The measure of a figure whose unit is `unit`, given the words of its clause around it
 * (`before` ends at the figure, `after` starts after it). The nearer side speaks first.
 */
export function measureOf(unit: string | null, before: string, after: string, own = ""): Measure {
  const noun = own.match(/[a-z]+(?: [a-z]+)?$/)?.[0] ?? "";
  const byUnit = normaliseUnit(noun)?.measure ?? normaliseUnit(noun.split(" ").at(-1))?.measure ?? normaliseUnit(unit)?.measure;
  if (byUnit && byUnit !== "deployed") return byUnit;
  // The cue nearest the figure wins: "thousands of displaced people … dead" is displaced.
  const windowAfter = after.slice(0, 80);
  const windowBefore = before.slice(-60);
  let best: { measure: Measure; distance: number } | null = null;
  for (const [measure, cue] of measureCues) {
    if ((measure === "deployed" || measure === "participants") && unit !== null && !peopleLike.test(unit) && byUnit !== "deployed") continue;
    if (measure === "deployed" && unit === null) continue;
    const global = new RegExp(cue.source, "g");
    for (const match of windowAfter.matchAll(global)) {
      const distance = match.index ?? 0;
      if (!best || distance < best.distance) best = { measure, distance };
    }
    for (const match of windowBefore.matchAll(global)) {
      const distance = windowBefore.length - (match.index ?? 0) - match[0].length;
      if (!best || distance < best.distance) best = { measure, distance };
    }
  }
  if (best) return best.measure;
  if (byUnit) return byUnit;
  return unit === "killed" ? "killed" : unit === "wounded" ? "injured" : "other";
}
