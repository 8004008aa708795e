// Figures for the chart tests, shaped like the founding report's: only what a test changes is spelled out.
import type { ChainHop, Figure } from "../domain/figure";

export const hop = (sourceName: string, role: ChainHop["role"] = "originator"): ChainHop => ({ sourceId: sourceName, sourceName, role, verb: null });

export function testFigure(id: string, overrides: Partial<Figure> = {}): Figure {
  return {
    id,
    value: null,
    lower: null,
    upper: null,
    qualifier: "exact",
    unit: "troops",
    measure: "deployed",
    scope: null,
    asStated: null,
    modality: "unknown",
    stance: "asserts",
    claimedAt: new Date("2024-10-18T00:00:00Z"),
    periodStart: null,
    periodEnd: null,
    asOf: new Date("2024-10-18T00:00:00Z"),
    chain: [hop("National Intelligence Service")],
    reportId: "report",
    reviewStatus: "draft",
    ...overrides,
  };
}
