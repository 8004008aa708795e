// Everything about one claim: what it says, its figure, place and times, the analyst's
// fields, its words in the report, its chain, how it compares, and its revisions.
import Link from "next/link";
import { type ClaimDetail as Detail, comparedFiguresShown } from "@/lib/data/claims";
import { ClaimAnchor } from "./claim-anchor";
import { ClaimChain } from "./claim-chain";
import { ClaimComparisons } from "./claim-comparisons";
import { ClaimFigure } from "./claim-figure";
import { ClaimRevisions } from "./claim-revisions";
import { formatDate, formatNumber, isoDay } from "./format";
import { ModalityTag, QualifierTag } from "./tags";

function Day({ date }: { date: Date | null }) {
  return date ? <time dateTime={isoDay(date)}>{formatDate(date)}</time> : <>unknown</>;
}

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
            <ClaimFigure claim={claim} /> <QualifierTag qualifier={claim.qualifier} />
            {claim.lower !== null || claim.upper !== null ? (
              <span className="as-stated">
                bounds {formatNumber(claim.lower)} to {formatNumber(claim.upper)}
              </span>
            ) : null}
            {claim.asStated ? <span className="as-stated">as stated: “{claim.asStated}”</span> : null}
          </dd>
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
      <dt>Review status</dt>
      <dd>{claim.reviewStatus}</dd>
      <dt>Version</dt>
      <dd>{claim.version}</dd>
      <dt>Notes</dt>
      <dd>{claim.notes ?? <span className="meta">none</span>}</dd>
    </dl>
  );
}

export function ClaimDetail({ detail }: { detail: Detail }) {
  const { claim, revisions, sameTopic, moreInTopic } = detail;
  return (
    <>
      <p className="meta">
        <Link href="/claims">Claims</Link> ›{claim.topic ? <> <Link href={`/topics/${claim.topic.slug}`}>{claim.topic.title}</Link> ›</> : null}
      </p>
      <h1>{claim.statement}</h1>
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
      {claim.topic && claim.kind === "quantity" ? (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">Against the other figures of {claim.topic.title}</h2>
          {moreInTopic ? (
            <p className="meta">
              Compared with the {comparedFiguresShown} most recent figures; <Link href={`/topics/${claim.topic.slug}`}>the topic page</Link> compares them all.
            </p>
          ) : null}
          <ClaimComparisons claim={claim} others={sameTopic} topic={claim.topic} />
        </section>
      ) : null}
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Revisions</h2>
        <ClaimRevisions revisions={revisions} />
      </section>
    </>
  );
}
