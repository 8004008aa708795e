// Figures for the comparison tests: the founding report's five troop counts, built from the
// hand-entered demo claims as the data layer builds them, and a maker for synthetic figures.
import { demoClaims, demoSources, foundingReport } from "../../demo/founding-report";
import { asOfOf, type ChainHop, type Figure } from "../figure";
import type { HopRole } from "../vocabulary";

const sourceNames = new Map(demoSources.map((source) => [source.slug, source.name]));

function sourceName(slug: string): string {
  const name = sourceNames.get(slug);
  if (name === undefined) throw new Error(`No demo source ${slug}`);
  return name;
}

export const foundingFigures: Figure[] = demoClaims
  .filter((claim) => claim.inTopic && claim.kind === "quantity")
  .map((claim) => {
    const quantity = claim.quantity;
    if (quantity === undefined) throw new Error(`Quantity claim ${claim.key} has no quantity`);
    return {
      id: claim.key,
      value: quantity.value,
      lower: quantity.lower ?? null,
      upper: quantity.upper ?? null,
      qualifier: quantity.qualifier,
      unit: quantity.unit,
      measure: quantity.measure,
      scope: null,
      asStated: claim.anchor.exact,
      modality: claim.modality,
      stance: claim.stance,
      claimedAt: new Date(`${foundingReport.publishedAt}T00:00:00Z`),
      periodStart: null,
      periodEnd: null,
      asOf: new Date(`${foundingReport.publishedAt}T00:00:00Z`),
      chain: claim.chain.map((hop) => ({ sourceId: hop.source, sourceName: sourceName(hop.source), role: hop.role, verb: hop.verb })),
      reportId: "founding-report",
      reviewStatus: "accepted",
    };
  });

export function foundingFigure(key: string): Figure {
  const figure = foundingFigures.find((candidate) => candidate.id === key);
  if (figure === undefined) throw new Error(`No founding figure ${key}`);
  return figure;
}

/** A hop from a name: "NIS" → { sourceId: "nis", sourceName: "NIS" }. */
export function hop(sourceName: string, role: HopRole = "originator", verb: string | null = null): ChainHop {
  return { sourceId: sourceName.toLowerCase().replace(/\W+/g, "-"), sourceName, role, verb };
}

let nextId = 0;

/**
 * A synthetic figure: exact 10,000 troops deployed, planned, claimed on 1 October 2024 by
 * "Agency A", no scope. Its as-of day follows its period's end or claim day unless given.
 */
export function figure(overrides: Partial<Figure> = {}): Figure {
  nextId += 1;
  const made: Figure = {
    id: `figure-${nextId}`,
    value: 10_000,
    lower: null,
    upper: null,
    qualifier: "exact",
    unit: "troops",
    measure: "deployed",
    scope: null,
    asStated: null,
    modality: "planned",
    stance: "asserts",
    claimedAt: new Date("2024-10-01T09:00:00Z"),
    periodStart: null,
    periodEnd: null,
    asOf: null,
    chain: [hop("Agency A")],
    reportId: "report-1",
    reviewStatus: "accepted",
    ...overrides,
  };
  return "asOf" in overrides ? made : { ...made, asOf: asOfOf(made) };
}
