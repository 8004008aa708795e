// What a figure counts, in the analyst's words. A figure with none of these after it is not a
// claim the analyst tracks (a distance, a sum of money, a duration), unless the sentence
// points back to one ("the number could rise to 12,000").

/** Words for soldiers all count the same thing, so figures compare on one axis. */
const unitByNoun: Record<string, string> = {
  troops: "troops", troop: "troops", soldiers: "troops", soldier: "troops", personnel: "troops",
  servicemen: "troops", "service members": "troops", "service personnel": "troops", forces: "troops",
  "special forces": "troops", fighters: "troops", combatants: "troops", conscripts: "troops", recruits: "troops",
  marines: "troops", paratroopers: "troops", infantrymen: "troops", reservists: "troops",
  mercenaries: "mercenaries", workers: "workers", engineers: "engineers", officers: "officers",
  brigades: "brigades", brigade: "brigades", battalions: "battalions", battalion: "battalions",
  divisions: "divisions", regiments: "regiments", units: "units",
  casualties: "casualties", losses: "casualties", dead: "killed", killed: "killed", deaths: "killed",
  fatalities: "killed", wounded: "wounded", injured: "wounded", missing: "missing",
  people: "people", persons: "people", civilians: "civilians", residents: "residents", refugees: "refugees",
  prisoners: "prisoners", "prisoners of war": "prisoners", pows: "prisoners", hostages: "hostages", children: "children",
  tanks: "tanks", drones: "drones", missiles: "missiles", shells: "shells", "artillery shells": "shells",
  rockets: "rockets", aircraft: "aircraft", jets: "aircraft", helicopters: "helicopters", ships: "ships",
  vehicles: "vehicles", "armoured vehicles": "vehicles", "armored vehicles": "vehicles", howitzers: "howitzers",
  "artillery systems": "artillery systems", launchers: "launchers",
};

/** Groups of soldiers, as opposed to a head count: "four brigades, totaling 12,000 soldiers". */
export const formationUnits = new Set(["brigades", "battalions", "divisions", "regiments", "units"]);

/** Units that count people or groups of them: what a location claim can be about. */
export const peopleUnits = new Set(["troops", "mercenaries", "workers", "engineers", "officers", ...formationUnits, "people", "civilians", "refugees"]);

const nounsLongestFirst = Object.keys(unitByNoun).sort((a, b) => b.length - a.length);

// Words that may stand between a figure and its unit: "1,500 North Korean troops",
// "3,000 more elite soldiers". Capitalised words (nationalities) are allowed separately.
const modifiers = new Set(
  "more additional extra other new fresh were was have had been elite special regular active armed combat foreign ground military infantry mechanised mechanized armoured armored trained reserve local civilian ukrainian russian of its their the his her our enemy allied frontline front-line well-trained".split(" "),
);

export type UnitMatch = { unit: string; noun: string; end: number };

function nounAt(folded: string, position: number): UnitMatch | null {
  for (const noun of nounsLongestFirst) {
    if (folded.startsWith(noun, position) && !/[\w-]/.test(folded[position + noun.length] ?? "")) {
      return { unit: unitByNoun[noun] ?? noun, noun, end: position + noun.length };
    }
  }
  return null;
}

/** The unit after a figure, skipping up to four modifiers. */
export function unitAfter(text: string, folded: string, position: number): UnitMatch | null {
  let cursor = position;
  for (let skipped = 0; skipped <= 4; skipped++) {
    const space = folded.slice(cursor).match(/^\s+/);
    if (!space) return null;
    cursor += space[0].length;
    const unit = nounAt(folded, cursor);
    if (unit) return unit;
    const word = folded.slice(cursor).match(/^[\p{L}'-]+/u);
    if (!word) return null;
    const original = text.slice(cursor, cursor + word[0].length);
    if (!modifiers.has(word[0]) && !/^\p{Lu}/u.test(original)) return null;
    cursor += word[0].length;
  }
  return null;
}

/** A unit named as a word right here ("troops" in "the number of troops"). */
export function unitNounAt(folded: string, position: number): UnitMatch | null {
  return nounAt(folded, position);
}
