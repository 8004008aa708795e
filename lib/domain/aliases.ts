// How a mention in text is matched to a source's alias: case, typographic apostrophes
// and quotes, and runs of spaces do not matter.
export function normalizeAlias(alias: string): string {
  return alias
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
