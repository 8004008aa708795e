// A dense table of claims: statement (linked to the claim), figure, modality, chain, report,
// date claimed. Used by the claims list and by each section of a source's page. On a phone
// each row becomes a card, its cells labelled by column (globals.css names them counting from
// the row's end, so the bulk move's checkbox column shifts nothing; a label or class on each
// cell was 50 rows of bytes in the HTML and again in React's payload). Rows are
// server-rendered plain elements: the links are `<a>`s that one SoftLinks around the table
// navigates client-side, and each cell's text is one string (ADR 0029).
import type { ClaimTableRow } from "@/lib/data/claim-table-rows";
import { SoftLinks } from "../common/soft-links";
import { describeChain } from "@/lib/domain/attribution";
import { ClaimFigure } from "./claim-figure";
import { formatDate, isoDay } from "@/lib/domain/format";
import { admiraltyGrade, originatorReliability } from "@/lib/domain/grading";
import { GradeTag, ModalityTag, ReviewBadge } from "../common/tags";

function chainOf(claim: Pick<ClaimTableRow, "hops">) {
  return claim.hops.map((hop) => ({ sourceId: hop.source.id, sourceName: hop.source.name, role: hop.role, verb: hop.verb }));
}

const gradeOf = (claim: ClaimTableRow) =>
  admiraltyGrade(originatorReliability(claim.hops.map((hop) => ({ role: hop.role, reliability: hop.source.reliability }))), claim.credibility);

/** "quantity · disputed · Topic title": the claim's kind, its review status unless draft, its topic. */
const aboutOf = (claim: ClaimTableRow) =>
  [claim.kind, claim.reviewStatus !== "draft" ? claim.reviewStatus : null, claim.topic?.title ?? null].filter((part) => part !== null).join(" · ");

/** With `selectFor`, each row has a checkbox that belongs to that form (the claims list's bulk move). */
export function ClaimTable({ claims, labelledBy, selectFor }: { claims: ClaimTableRow[]; labelledBy: string; selectFor?: string }) {
  return (
    <SoftLinks>
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
                <td>
                  <a href={`/claims/${claim.id}`}>{claim.statement}</a> <ReviewBadge status={claim.reviewStatus} />
                  <span className="as-stated">{aboutOf(claim)}</span>
                </td>
                <td className="number">
                  <ClaimFigure claim={claim} />
                  <GradeTag grade={gradeOf(claim)} brief />
                </td>
                <td>
                  <ModalityTag modality={claim.modality} />
                </td>
                <td>{describeChain(chainOf(claim))}</td>
                <td>
                  <a href={`/reports/${claim.report.id}#claim-${claim.id}`}>{claim.report.title}</a>
                </td>
                <td>
                  <time dateTime={isoDay(claim.claimedAt)}>{formatDate(claim.claimedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SoftLinks>
  );
}
