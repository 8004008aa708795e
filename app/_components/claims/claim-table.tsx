// A dense table of claims: statement (linked to the claim), figure, modality, chain, report,
// date claimed. Used by the claims list and by each section of a source's page. On a phone
// each row becomes a card, its cells labelled from `data-label` (see globals.css).
import Link from "next/link";
import type { ClaimListRow } from "@/lib/data/claims";
import { describeChain } from "@/lib/domain/attribution";
import { ClaimFigure } from "./claim-figure";
import { formatDate, isoDay } from "@/lib/domain/format";
import { admiraltyGrade, originatorReliability } from "@/lib/domain/grading";
import { GradeTag, ModalityTag, ReviewBadge } from "../common/tags";

export function chainOf(claim: Pick<ClaimListRow, "hops">) {
  return claim.hops.map((hop) => ({ sourceId: hop.source.id, sourceName: hop.source.name, role: hop.role, verb: hop.verb }));
}

const gradeOf = (claim: ClaimListRow) =>
  admiraltyGrade(originatorReliability(claim.hops.map((hop) => ({ role: hop.role, reliability: hop.source.reliability }))), claim.credibility);

/** With `selectFor`, each row has a checkbox that belongs to that form (the claims list's bulk move). */
export function ClaimTable({ claims, labelledBy, selectFor }: { claims: ClaimListRow[]; labelledBy: string; selectFor?: string }) {
  return (
    <div className="table-wrap">
      <table aria-labelledby={labelledBy} className="claim-table">
        <thead>
          <tr>
            {selectFor ? (
              <th scope="col">
                <span className="visually-hidden">Select</span>
              </th>
            ) : null}
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
              {selectFor ? (
                <td className="select-cell">
                  <input type="checkbox" form={selectFor} name="claimId" value={`${claim.id}:${claim.version}`} aria-label={`Select “${claim.statement}”`} />
                </td>
              ) : null}
              <td className="statement-cell">
                <Link href={`/claims/${claim.id}`}>{claim.statement}</Link> <ReviewBadge status={claim.reviewStatus} />
                <span className="as-stated">
                  {claim.kind}
                  {claim.reviewStatus !== "draft" ? ` · ${claim.reviewStatus}` : ""}
                  {claim.topic ? ` · ${claim.topic.title}` : ""}
                </span>
              </td>
              <td className="number" data-label="Figure">
                <ClaimFigure claim={claim} />
                <GradeTag grade={gradeOf(claim)} />
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
