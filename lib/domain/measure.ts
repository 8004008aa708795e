// What a figure counts, and how counts relate. "People killed", "dead" and "bodies" are one
// measure in other words; killed and injured are parts of casualties, so a killed figure above
// a casualty figure for the same place and time is a contradiction, and below it a difference.
import type { Measure, Modality } from "./vocabulary";

/** The wholes a measure is part of: killed ⊂ casualties, injured ⊂ casualties. */
const partOf: Partial<Record<Measure, readonly Measure[]>> = {
  killed: ["casualties"],
  injured: ["casualties"],
};

/** How two measures relate: the same, a's a part of b's whole, b's a part of a, or unrelated. */
export type MeasureRelation = "same" | "part" | "whole" | "unrelated";

export function measureRelation(a: Measure, b: Measure): MeasureRelation {
  if (a === b) return "same";
  if (partOf[a]?.includes(b)) return "part";
  if (partOf[b]?.includes(a)) return "whole";
  return "unrelated";
}

/** As measureRelation; an unknown measure could be any, so like an unknown modality it reads as the same. */
export function measuresRelate(a: Measure | null, b: Measure | null): MeasureRelation {
  return a === null || b === null ? "same" : measureRelation(a, b);
}

/**
 * Counts that only grow as time passes: a later, higher figure is an update, not a
 * contradiction. Deployments grow only once they have happened (arrivals); a plan can shrink.
 */
export function isCumulative(measure: Measure, modality: Modality): boolean {
  if (measure === "deployed") return modality === "completed";
  return measure === "killed" || measure === "injured" || measure === "casualties" || measure === "missing" || measure === "detained";
}

/** A counted noun as compared, with the measure its words carry when they carry one. */
export type NormalisedUnit = { unit: string; measure: Measure | null };

// Words for the same counted thing, lower-case, singular or plural as written: each row
// names the words, the unit they normalise to, and the measure they imply (null: none).
const synonymRows: ReadonlyArray<readonly [readonly string[], string, Measure | null]> = [
  [
    [
      "troops",
      "troop",
      "soldiers",
      "soldier",
      "personnel",
      "servicemen",
      "serviceman",
      "service members",
      "fighters",
      "forces",
      "marines",
      "reservists",
      "paratroopers",
    ],
    "troops",
    "deployed",
  ],
  [["dead", "deaths", "death", "bodies", "fatalities", "martyrs", "lives", "people killed", "people dead", "killed"], "people", "killed"],
  [["victims", "persons", "person", "individuals", "people"], "people", null],
  // People named by who they are count as people: a desk compares "2,704 children" and "6,546
  // Palestinians" as people, with the words as stated kept beside the figure.
  [
    [
      ...["civilians", "citizens", "residents", "villagers", "children", "schoolchildren", "minors", "girls", "boys", "women", "men", "students"],
      ...["migrants", "campers", "counselors", "counsellors", "journalists", "medics", "patients", "pilgrims", "tourists", "worshippers", "violators"],
      ...["reporters", "correspondents", "supporters", "activists", "adults", "teenagers", "pupils", "mourners", "spectators", "passengers"],
      // Members of armed groups named by what they do, not as a state's forces (those are troops).
      ...["militants", "insurgents", "rebels", "gunmen", "terrorists", "combatants", "attackers", "assailants", "extremists", "jihadists", "guerrillas"],
    ],
    "people",
    null,
  ],
  [["injured", "wounded", "injuries", "people injured", "people wounded"], "people", "injured"],
  [["casualties"], "people", "casualties"],
  [["missing", "people missing"], "people", "missing"],
  [["displaced", "people displaced", "refugees", "evacuees"], "people", "displaced"],
  [["protesters", "protestors", "demonstrators", "marchers", "participants"], "people", "participants"],
  // Police count as people (civilian staff), sent somewhere as troops are.
  [["police", "policemen", "policewomen", "police officers", "riot police", "officers"], "people", "deployed"],
  [["detainees", "arrests", "people arrested", "people detained", "prisoners", "inmates"], "people", "detained"],
  // A house is a home: "40 houses destroyed" and "40 homes destroyed" compare as one count.
  [["homes", "houses", "dwellings"], "homes", null],
];

const unitSynonyms = new Map<string, NormalisedUnit>(synonymRows.flatMap(([words, unit, measure]) => words.map((word) => [word, { unit, measure }] as const)));

/** A unit's comparison key: trimmed, lower-cased, inner spaces collapsed; empty is none. */
export function unitKey(unit: string | null | undefined): string | null {
  const key = unit?.trim().toLowerCase().replace(/\s+/g, " ");
  return key ? key : null;
}

/**
 * The unit in its normal word ("soldiers" → troops, "bodies" → people) and the measure its
 * words imply (bodies → killed), or the unit as written with no measure when it is not known.
 */
export function normaliseUnit(unit: string | null | undefined): NormalisedUnit | null {
  const key = unitKey(unit);
  if (key === null) return null;
  return unitSynonyms.get(key) ?? { unit: key, measure: null };
}

/** The measure a unit implies, else `fallback` (a topic's measure, or "other"). */
export function measureFromUnit(unit: string | null | undefined, fallback: Measure | null = null): Measure | null {
  return normaliseUnit(unit)?.measure ?? fallback;
}
