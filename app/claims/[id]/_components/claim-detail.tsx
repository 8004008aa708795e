// Everything about one claim: what it says, its figure, place and times, the analyst's
// fields, its words in the report, its chain, how it compares, and its history (with the
// editor's edit, delete and restore where the viewer may).
import Link from "next/link";
import type { ClaimDetail as Detail } from "@/lib/data/claims";
import type { HistoryEntry } from "@/lib/data/mutations/reads";
import type { RevisionNames } from "@/lib/data/revision-names";
import { ClaimAnchor } from "./claim-anchor";
import { ClaimChain } from "./claim-chain";
import { ClaimCounts } from "./claim-counts";
import { ClaimComparisons, figureOnTopicPage } from "./claim-comparisons";
import { ClaimEditToolbar, ClaimNotice, type ClaimPageNotice } from "./claim-edit-toolbar";
import { ClaimFigure } from "@/app/_components/claims/claim-figure";
import { ClaimRevisions } from "./claim-revisions";
import { formatDate, formatNumber, isoDay } from "@/lib/domain/format";
import { GradeTag, ModalityTag, QualifierTag, ReviewBadge } from "@/app/_components/common/tags";
import { admiraltyGrade, originatorReliability } from "@/lib/domain/grading";
import { credibilityLabels, type CredibilityGrade } from "@/lib/domain/vocabulary";

function Day({ date }: { date: Date | null }) {
  return date ? <time dateTime={isoDay(date)}>{formatDate(date)}</time> : <>unknown</>;
}

const gradeOf = (claim: Detail["claim"]) =>
  admiraltyGrade(originatorReliability(claim.hops.map((hop) => ({ role: hop.role, reliability: hop.source.reliability }))), claim.credibility);

function FactList({ claim }: { claim: Detail["claim"] }) {
  const hasPlace = claim.placeName !== null || claim.latitude !== null;
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{claim.kind}</dd>
      {claim.kind === "quantity" || claim.value !== null ? (
        <>
          <dt>Figure</dt>
          <dd>
            <ClaimFigure claim={claim} /> <QualifierTag qualifier={claim.qualifier} /> <GradeTag grade={gradeOf(claim)} />
            {claim.lower !== null || claim.upper !== null ? (
              <span className="as-stated">
                bounds {formatNumber(claim.lower)} to {formatNumber(claim.upper)}
              </span>
            ) : null}
            {claim.asStated ? <span className="as-stated">as stated: “{claim.asStated}”</span> : null}
          </dd>
          <ClaimCounts claim={claim} />
        </>
      ) : null}
      <dt>Modality</dt>
      <dd>
        <ModalityTag modality={claim.modality} />
      </dd>
      <dt>Stance</dt>
      <dd>{claim.stance}</dd>
      {hasPlace ? (
        <>
          <dt>Place</dt>
          <dd>
            {claim.placeName ?? "unnamed"}
            {claim.placeRelation ? ` (${claim.placeRelation})` : ""}
            {claim.placePrecision ? ` · precision: ${claim.placePrecision}` : ""}
            {claim.latitude !== null && claim.longitude !== null ? ` · ${claim.latitude}, ${claim.longitude}` : ""}
          </dd>
        </>
      ) : null}
      <dt>Claimed</dt>
      <dd>
        <Day date={claim.claimedAt} />
      </dd>
      <dt>Refers to</dt>
      <dd>
        {claim.periodStart || claim.periodEnd ? (
          <>
            <Day date={claim.periodStart} /> to <Day date={claim.periodEnd} />
          </>
        ) : (
          "the day it was claimed"
        )}
      </dd>
      <dt>Confidence</dt>
      <dd>{claim.confidence}</dd>
      <dt>Grade</dt>
      <dd>
        {gradeOf(claim) ? <GradeTag grade={gradeOf(claim)} /> : "not graded"}
        {claim.credibility ? <span className="meta"> information {credibilityLabels[claim.credibility as CredibilityGrade]}</span> : null}
      </dd>
      <dt>Review status</dt>
      <dd>
        {claim.reviewStatus} <ReviewBadge status={claim.reviewStatus} />
      </dd>
      <dt>Version</dt>
      <dd>{claim.version}</dd>
      <dt>Notes</dt>
      <dd>{claim.notes ?? <span className="meta">none</span>}</dd>
    </dl>
  );
}

/** The history and what this reader may do with the claim. */
export type ClaimHistoryView = {
  entries: HistoryEntry[];
  names: RevisionNames;
  canEdit: boolean;
  confirmRestore: number | null;
  confirmDelete: boolean;
  notice: ClaimPageNotice | null;
};

export function ClaimDetail({ detail, history }: { detail: Detail; history: ClaimHistoryView }) {
  const { claim, comparison } = detail;
  return (
    <>
      <p className="meta">
        <Link href="/claims">Claims</Link> ›
        {claim.topic ? (
          <>
            {" "}
            <Link href={claim.kind === "quantity" ? figureOnTopicPage(claim.topic.slug, claim.id) : `/topics/${claim.topic.slug}`}>{claim.topic.title}</Link> ›
          </>
        ) : null}
      </p>
      <h1>
        {claim.statement} <ReviewBadge status={claim.reviewStatus} />
      </h1>
      <ClaimNotice notice={history.notice} version={claim.version} />
      {history.canEdit ? <ClaimEditToolbar claim={claim} confirmDelete={history.confirmDelete} /> : null}
      <div className="claim-layout">
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">The claim</h2>
          <FactList claim={claim} />
        </section>
        <section aria-labelledby="words-heading">
          <h2 id="words-heading">Its words in the report</h2>
          <ClaimAnchor claim={claim} report={claim.report} claimId={claim.id} />
          <h2 id="chain-heading">Who says it</h2>
          <ClaimChain hops={claim.hops} report={claim.report} claimId={claim.id} />
        </section>
      </div>
      {claim.topic && comparison ? (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">Against the other figures of {claim.topic.title}</h2>
          <ClaimComparisons claim={claim} comparison={comparison} topic={claim.topic} />
        </section>
      ) : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ClaimRevisions claim={claim} entries={history.entries} names={history.names} canRestore={history.canEdit} confirmVersion={history.confirmRestore} />
      </section>
    </>
  );
}
