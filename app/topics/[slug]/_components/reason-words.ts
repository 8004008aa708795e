// The comparison's reasons in the analyst's words, shared by the pair groups and the table.
// Keyed by string so the page reads every reason the core names, old or new.
export const reasonHeadings: Record<string, string> = {
  modality: "Different modality (a plan, a preparation, an arrival)",
  period: "Different period",
  update: "Later update of a growing count",
  qualifier: "Qualifiers reconcile them (about, up to, at least)",
  measure: "Count different things",
  scope: "Cover different areas (a part and its whole)",
  echo: "Same origin",
  unit: "Different units",
  none: "Not comparable (a figure has no number)",
};

export const reasonWords: Record<string, string> = {
  modality: "modality",
  period: "period",
  update: "update",
  qualifier: "qualifier",
  measure: "measure",
  scope: "scope",
  echo: "same origin",
  unit: "unit",
};

export const reasonWord = (reason: string) => reasonWords[reason] ?? reason;
