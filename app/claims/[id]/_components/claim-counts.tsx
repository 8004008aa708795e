// What a figure counts, the area it covers and the day it holds at, as the claim page lists
// them. A scope name the gazetteer did not know is said plainly: it is compared by name alone.
import { formatDate, isoDay } from "@/lib/domain/format";
import { type Measure, measureLabels, type PlaceLevel } from "@/lib/domain/vocabulary";

type Props = {
  claim: { measure: Measure | null; scopePlace: string | null; scopeLevel: PlaceLevel | null; scopeWithin: string | null; periodEnd: Date | null; claimedAt: Date | null };
};

// Until the core's storedScope lands: the stored columns read back, a broken list read as none.
function storedScope(columns: Props["claim"]) {
  if (columns.scopePlace === null) return null;
  let within: string[] = [];
  try {
    const parsed: unknown = JSON.parse(columns.scopeWithin ?? "[]");
    if (Array.isArray(parsed)) within = parsed.filter((name): name is string => typeof name === "string");
  } catch {
    within = [];
  }
  return { name: columns.scopePlace, level: columns.scopeLevel, within };
}

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
            {scope.level ? <span className="meta"> ({scope.level})</span> : <span className="not-found"> — not found in the gazetteer: compared by name only</span>}
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
