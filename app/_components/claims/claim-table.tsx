// A dense table of claims: statement (linked to the claim), figure, modality, chain, report,
// date claimed. Used by the claims list and by each section of a source's page. On a phone
// each row becomes a card, its cells labelled from `data-label` (see globals.css).
import Link from "next/link";
import type { ClaimListRow } from "@/lib/data/claims";
import { describeChain } from "@/lib/domain/attribution";
import { ClaimFigure } from "./claim-figure";
import { formatDate, isoDay } from "@/lib/domain/format";
import { ModalityTag } from "../common/tags";

export function chainOf(claim: Pick<ClaimListRow, "hops">) {
  return claim.hops.map((hop) => ({ sourceId: hop.source.id, sourceName: hop.source.name, role: hop.role, verb: hop.verb }));
}

export function ClaimTable({ claims, labelledBy }: { claims: ClaimListRow[]; labelledBy: string }) {
  return (
    <div className="table-wrap">
      <table aria-labelledby={labelledBy} className="claim-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Figure</th>
            <th scope="col">Modality</th>
            <th scope="col">Chain</th>
            <th scope="col">Report</th>
            <th scope="col">Claimed</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id}>
              <td className="statement-cell">
                <Link href={`/claims/${claim.id}`}>{claim.statement}</Link>
                <span className="as-stated">
                  {claim.kind}
                  {claim.reviewStatus !== "draft" ? ` · ${claim.reviewStatus}` : ""}
                  {claim.topic ? ` · ${claim.topic.title}` : ""}
                </span>
              </td>
              <td className="number" data-label="Figure">
                <ClaimFigure claim={claim} />
              </td>
              <td data-label="Modality">
                <ModalityTag modality={claim.modality} />
              </td>
              <td data-label="Chain">{describeChain(chainOf(claim))}</td>
              <td className="report-cell" data-label="Report">
                <Link href={`/reports/${claim.report.id}#claim-${claim.id}`}>{claim.report.title}</Link>
              </td>
              <td data-label="Claimed">
                <time dateTime={isoDay(claim.claimedAt)}>{formatDate(claim.claimedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
