// The JSON export's provenance in PROV-O terms: each claim is attributed to every source of
// its chain (originator first, then speakers and relays, each with its role) and derived from
// the report it was found in.
import type { ExportClaim } from "../claim-export";
import { provenanceContextUrl } from "./contexts";

export const provenanceContextReference = provenanceContextUrl;

export function provenanceOf(claim: ExportClaim, appUrl: string): Record<string, unknown> {
  return {
    id: `${appUrl}/claims/${claim.id}`,
    "prov:wasAttributedTo": claim.chain.map((hop) => `${appUrl}/sources/${hop.sourceSlug}`),
    "prov:qualifiedAttribution": claim.chain.map((hop) => ({
      "prov:agent": { id: `${appUrl}/sources/${hop.sourceSlug}` },
      "prov:hadRole": { id: `${appUrl}/vocabulary/role/${hop.role}` },
    })),
    "prov:wasDerivedFrom": claim.reportUrl ?? `${appUrl}/reports/${claim.reportId}`,
  };
}
