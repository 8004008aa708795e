// Names news uses for countries that the ISO list files under another name, as lower-case keys
// to ISO codes. One table for the extractor's gazetteer (lib/extract/gazetteer.ts) and the
// scope index (lib/places/scope.ts), so a name one of them knows the other knows too.
export const countryNameAliases: Readonly<Record<string, string>> = {
  us: "US",
  "u.s.": "US",
  usa: "US",
  america: "US",
  "united states of america": "US",
  uk: "GB",
  "u.k.": "GB",
  britain: "GB",
  "great britain": "GB",
  turkiye: "TR",
  türkiye: "TR",
  "russian federation": "RU",
  netherlands: "NL",
  "republic of korea": "KR",
  dprk: "KP",
  palestine: "PS",
  "state of palestine": "PS",
  "democratic republic of congo": "CD",
  "dr congo": "CD",
  drc: "CD",
  "ivory coast": "CI",
  "cote d'ivoire": "CI",
  czechia: "CZ",
  burma: "MM",
};
