// Word lists that more than one reader of the text uses, defined once here and imported.

/**
 * Titles as news abbreviates them before a name ("Gov. Bob Ferguson", "Supt. Dana Ortiz",
 * "Lt. Col. …"), each with the word it stands for, which a later "the governor" names.
 */
export const titleAbbreviations: Readonly<Record<string, string>> = {
  gov: "governor",
  sen: "senator",
  rep: "representative",
  gen: "general",
  lt: "lieutenant",
  col: "colonel",
  maj: "major",
  capt: "captain",
  cmdr: "commander",
  adm: "admiral",
  supt: "superintendent",
  insp: "inspector",
  det: "detective",
  sgt: "sergeant",
  pres: "president",
  atty: "attorney",
};

/** A country's adjective as a capitalised word ("Ukrainian", "Chinese", "Polish", "Israeli", "French", "North Korean"), for a `u` pattern. */
export const nationalityAdjective = String.raw`(?:(?:North|South|East|West)\s+)?\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch)`;

/** A share of a place before its name, up to "of": "much of", "most of", "all of", "parts of", "large parts of". */
export const shareOf = String.raw`(?:much|most|all|(?:large\s+|many\s+)?parts)\s+of`;
