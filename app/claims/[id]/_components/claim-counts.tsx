// What a figure counts, the area it covers and the day it holds at, as the claim page lists
// them. A scope name the gazetteer did not know is said plainly: it is compared by name alone.
import { formatDate, isoDay } from "@/lib/domain/format";
import { storedScope } from "@/lib/domain/scope";
import { type Measure, measureLabels, type PlaceLevel } from "@/lib/domain/vocabulary";

type Props = {
  claim: {
    measure: Measure | null;
    scopePlace: string | null;
    scopeLevel: PlaceLevel | null;
    scopeWithin: string | null;
    periodEnd: Date | null;
    claimedAt: Date | null;
  };
};

export function ClaimCounts({ claim }: Props) {
  const scope = storedScope(claim);
  const asOf = claim.periodEnd ?? claim.claimedAt;
  return (
    <>
      <dt>Counts</dt>
      <dd>{claim.measure ? measureLabels[claim.measure] : <span className="meta">not set</span>}</dd>
      <dt>Scope</dt>
      <dd>
        {scope ? (
          <>
            {scope.name}
            {scope.within.length ? <span className="meta"> in {scope.within.join(", ")}</span> : null}
            {scope.level ? (
              <span className="meta"> ({scope.level})</span>
            ) : (
              <span className="not-found"> — not found in the gazetteer: compared by name only</span>
            )}
          </>
        ) : (
          <span className="meta">not set</span>
        )}
      </dd>
      <dt>As of</dt>
      <dd>{asOf ? <time dateTime={isoDay(asOf)}>{formatDate(asOf)}</time> : "unknown"}</dd>
    </>
  );
}
