// Independent origins: how many sources actually vouch for the figures of a topic. Five
// reports repeating one intelligence briefing are one origin, not five confirmations.
import { originatorIndex } from "./attribution";
import type { ChainHop, Figure } from "./figure";
import type { HopRole } from "./vocabulary";

/** The originator of a figure's claim: the hop with role originator, else the first hop, else null. */
export function originatorOf(figure: Pick<Figure, "chain">): ChainHop | null {
  return figure.chain[originatorIndex(figure.chain)] ?? null;
}

/**
 * What makes two figures one origin: the same originating source; a figure with no chain
 * stands for its report (the report is all we know it came from).
 */
export function originKey(figure: OriginFields): string {
  const originator = figure.chain[originatorIndex(figure.chain)];
  return originator === undefined ? `report:${figure.reportId}` : `source:${originator.sourceId}`;
}

/** All originKey needs of a figure: who is in its chain, in which role, and its report. */
export type OriginFields = { chain: readonly Pick<ChainHop, "sourceId" | "role">[]; reportId: string };

/** A source that passed an origin's figures on: a relay, or a speaker citing the originator. */
export type OriginRelay = { sourceId: string; sourceName: string; role: HopRole };

export type IndependentOrigin = {
  /** `source:<id>`, or `report:<id>` for figures whose report names no source. */
  key: string;
  /** null when the figures name no source. */
  originatorId: string | null;
  originatorName: string | null;
  /** In the order given. */
  figures: Figure[];
  /** Every other source in the figures' chains, once each, in order of first appearance. */
  relays: OriginRelay[];
};

/**
 * The figures grouped by independent origin, groups in order of first appearance: several
 * reports whose chains share one originator are one group; unattributed figures are grouped
 * by report.
 */
export function independentOrigins(figures: readonly Figure[]): IndependentOrigin[] {
  const groups = new Map<string, IndependentOrigin>();
  for (const figure of figures) {
    const key = originKey(figure);
    const originator = originatorOf(figure);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        key,
        originatorId: originator?.sourceId ?? null,
        originatorName: originator?.sourceName ?? null,
        figures: [],
        relays: [],
      };
      groups.set(key, group);
    }
    group.figures.push(figure);
    for (const hop of figure.chain) {
      if (hop.sourceId === group.originatorId || group.relays.some((relay) => relay.sourceId === hop.sourceId)) continue;
      group.relays.push({ sourceId: hop.sourceId, sourceName: hop.sourceName, role: hop.role });
    }
  }
  return [...groups.values()];
}

/** How many independent origins stand behind the figures. */
export function countIndependentOrigins(figures: readonly OriginFields[]): number {
  return new Set(figures.map(originKey)).size;
}
