// schema.org ClaimReview: the format fact-checkers publish and search engines read. One per
// reviewed claim: the claim as an itemReviewed Claim (author = its originator, appearance =
// the report it was found in) and the desk's review status as a rating.
import type { ExportClaim } from "../claim-export";
import type { ReviewStatus } from "../vocabulary";
import { schemaOrgContextUrl } from "./contexts";

/** A rating on schema.org's 1 (worst) – 5 (best) scale, with the words a reader sees. */
const ratings: Record<Exclude<ReviewStatus, "draft">, { ratingValue: number; alternateName: string }> = {
  verified: { ratingValue: 5, alternateName: "True" },
  accepted: { ratingValue: 4, alternateName: "Accepted" },
  disputed: { ratingValue: 3, alternateName: "Disputed" },
  misleading: { ratingValue: 2, alternateName: "Misleading" },
  retracted: { ratingValue: 1, alternateName: "Retracted by its source" },
  false: { ratingValue: 1, alternateName: "False" },
};

/** Who reviewed: the tracker's deployment, named by its public address. */
export type Reviewer = { name: string; url: string };

const originatorOf = (claim: ExportClaim) => claim.chain.find((hop) => hop.role === "originator") ?? claim.chain[0];

/** A claim still in draft has not been reviewed: it gets no ClaimReview. */
export function claimReviewOf(claim: ExportClaim, reviewer: Reviewer): Record<string, unknown> | null {
  if (claim.reviewStatus === "draft") return null;
  const rating = ratings[claim.reviewStatus];
  const originator = originatorOf(claim);
  const reportUrl = claim.reportUrl ?? `${reviewer.url}/reports/${claim.reportId}`;
  return {
    "@context": schemaOrgContextUrl,
    "@type": "ClaimReview",
    url: `${reviewer.url}/claims/${claim.id}`,
    claimReviewed: claim.statement,
    datePublished: (claim.updatedAt ?? claim.claimedAt ?? "").slice(0, 10) || undefined,
    author: { "@type": "Organization", name: reviewer.name, url: reviewer.url },
    itemReviewed: {
      "@type": "Claim",
      ...(originator ? { author: { "@type": "Organization", name: originator.sourceName, url: `${reviewer.url}/sources/${originator.sourceSlug}` } } : {}),
      ...(claim.claimedAt ? { datePublished: claim.claimedAt.slice(0, 10) } : {}),
      appearance: {
        "@type": "CreativeWork",
        url: reportUrl,
        headline: claim.reportTitle,
        ...(claim.reportPublishedAt ? { datePublished: claim.reportPublishedAt.slice(0, 10) } : {}),
        ...(claim.outletName ? { publisher: { "@type": "Organization", name: claim.outletName } } : {}),
      },
    },
    reviewRating: { "@type": "Rating", ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
  };
}
