// Older or Russian spellings that news still uses, mapped to the name GeoNames files the city
// under. Spelling variants (Kramatorsk / Kramators’k, Avdiivka / Avdiyivka) need no entry:
// the gazetteer compares names loosely; these differ by more than spelling.
export const exonyms: Readonly<Record<string, string>> = {
  kiev: "Kyiv",
  kharkov: "Kharkiv",
  odesa: "Odessa",
  lvov: "Lviv",
  nikolaev: "Mykolayiv",
  zaporozhye: "Zaporizhia",
  zaporizhzhia: "Zaporizhia",
  dnepr: "Dnipro",
  dnepropetrovsk: "Dnipro",
  lugansk: "Luhansk",
  artemovsk: "Bakhmut",
  gomel: "Homyel'",
  mogilev: "Mahilyow",
  grodno: "Hrodna",
};
