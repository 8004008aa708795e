// The claim's words in their context (prefix, exact words, suffix), as plain text, never
// HTML, with a flag when the report's text no longer holds those words where the anchor says.
import Link from "next/link";
import { checkAnchor } from "@/lib/domain/anchor";

type Anchor = { anchorExact: string; anchorPrefix: string; anchorSuffix: string; anchorStart: number; anchorEnd: number };

export function ClaimAnchor({ claim, report, claimId }: { claim: Anchor; report: { id: string; text: string }; claimId: string }) {
  const check = checkAnchor(report.text, { exact: claim.anchorExact, start: claim.anchorStart, end: claim.anchorEnd });
  return (
    <>
      <blockquote className="anchor-context">
        {claim.anchorPrefix ? <span className="anchor-side">…{claim.anchorPrefix}</span> : null}
        <mark>{claim.anchorExact}</mark>
        {claim.anchorSuffix ? <span className="anchor-side">{claim.anchorSuffix}…</span> : null}
      </blockquote>
      <p className="meta">
        Characters {claim.anchorStart}–{claim.anchorEnd} of the report · <Link href={`/reports/${report.id}#claim-${claimId}`}>Read it in the report</Link>
      </p>
      {check.status === "moved" ? (
        <p className="flag" role="status">
          The anchor no longer matches: these words are now at character {check.foundAt.join(", ")}, not {claim.anchorStart}. Check the claim before relying on
          it.
        </p>
      ) : null}
      {check.status === "missing" ? (
        <p className="flag" role="status">
          The anchor no longer matches: the report’s text does not contain these words any more. Check the claim before relying on it.
        </p>
      ) : null}
    </>
  );
}
