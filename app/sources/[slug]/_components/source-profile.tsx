// One source's page: who it is (kind, country, aliases, parent and children), the claims it
// originated, the claims it passed on as speaker or relay, and its figures per topic over time.
import Link from "next/link";
import { type SourceProfile as Profile, sourceClaimsShown } from "@/lib/data/sources";
import { reliabilityLabels, sourceKindLabels } from "@/lib/domain/vocabulary";
import { formatDate } from "@/lib/domain/format";
import { ClaimTable } from "@/app/_components/claims/claim-table";
import type { HistoryEntry } from "@/lib/data/mutations/reads";
import type { RevisionNames } from "@/lib/data/revision-names";
import { SourceFiguresList } from "./source-figures-list";
import { SourceHistory } from "./source-history";
import { SourceMergeForm } from "./source-merge";

export type SourcePageExtras = {
  canWrite: boolean;
  notice: string | null;
  published: { id: string; title: string; publishedAt: Date | null; claims: number }[];
  history: HistoryEntry[];
  names: RevisionNames;
  undoneMerges: ReadonlySet<string>;
};

function About({ source }: { source: Profile["source"] }) {
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{sourceKindLabels[source.kind]}</dd>
      <dt>Reliability</dt>
      <dd>{source.reliability ? `${source.reliability}: ${reliabilityLabels[source.reliability]}` : "not graded"}</dd>
      <dt>Country</dt>
      <dd>{source.country ?? "not stated"}</dd>
      {source.homepage ? (
        <>
          <dt>Homepage</dt>
          <dd>
            <a href={source.homepage} rel="noopener noreferrer">
              {source.homepage}
            </a>
          </dd>
        </>
      ) : null}
      <dt>Part of</dt>
      <dd>{source.parent ? <Link href={`/sources/${source.parent.slug}`}>{source.parent.name}</Link> : "—"}</dd>
      <dt>Includes</dt>
      <dd>
        {source.children.length === 0
          ? "—"
          : source.children.map((child, index) => (
              <span key={child.slug}>
                {index > 0 ? ", " : ""}
                <Link href={`/sources/${child.slug}`}>{child.name}</Link>
              </span>
            ))}
      </dd>
      <dt>Also called</dt>
      <dd>
        {source.aliases
          .filter((alias) => alias.alias !== source.name)
          .map((alias) => alias.alias)
          .join(" · ") || "—"}
      </dd>
    </dl>
  );
}

function ClaimSection({
  id,
  title,
  claims,
  total,
  allHref,
  empty,
}: {
  id: string;
  title: string;
  claims: Profile["asOriginator"];
  total: number;
  allHref: string;
  empty: string;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="meta">({total})</span>
      </h2>
      {claims.length === 0 ? <p className="empty">{empty}</p> : <ClaimTable claims={claims} labelledBy={id} />}
      {total > sourceClaimsShown ? (
        <p>
          Showing the {sourceClaimsShown} most recent. <Link href={allHref}>All {total} in the claims list</Link>
        </p>
      ) : null}
    </section>
  );
}

function Published({ reports }: { reports: SourcePageExtras["published"] }) {
  return (
    <section aria-labelledby="published-heading">
      <h2 id="published-heading">
        Published{" "}
        <span className="meta">
          ({reports.length} report{reports.length === 1 ? "" : "s"}, {reports.reduce((sum, report) => sum + report.claims, 0)} claims)
        </span>
      </h2>
      {reports.length === 0 ? (
        <p className="empty">No report names this source as its outlet.</p>
      ) : (
        <ul className="published-list">
          {reports.map((report) => (
            <li key={report.id}>
              <Link href={`/reports/${report.id}`}>{report.title}</Link>{" "}
              <span className="meta">
                {formatDate(report.publishedAt)} · {report.claims} claim{report.claims === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SourceProfile({ profile, extras }: { profile: Profile; extras: SourcePageExtras }) {
  const { source, counts } = profile;
  return (
    <>
      <p className="meta">
        <Link href="/sources">Sources</Link> ›
      </p>
      <h1>{source.name}</h1>
      {extras.notice ? (
        <p className="notice" role="status">
          {extras.notice}
        </p>
      ) : null}
      {source.description ? <p className="lede">{source.description}</p> : null}
      <About source={source} />
      {extras.canWrite ? (
        <p className="claim-toolbar">
          <Link className="button-link" href={`/sources/${source.slug}/edit`}>
            Edit this source
          </Link>
        </p>
      ) : null}

      <ClaimSection
        id="originated-heading"
        title="Claims it originated"
        claims={profile.asOriginator}
        total={counts.originator}
        allHref={`/claims?source=${source.slug}&role=originator`}
        empty="No claim names this source as its originator."
      />
      <ClaimSection
        id="relayed-heading"
        title="Claims it passed on, as speaker or relay"
        claims={profile.asSpeakerOrRelay}
        total={counts.speaker + counts.relay}
        allHref={`/claims?source=${source.slug}`}
        empty="This source has not passed on anyone else’s claim."
      />

      <Published reports={extras.published} />

      <SourceFiguresList topics={profile.figures} sourceSlug={source.slug} />
      {extras.canWrite ? <SourceMergeForm survivor={{ id: source.id, name: source.name }} /> : null}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <SourceHistory source={source} entries={extras.history} names={extras.names} canWrite={extras.canWrite} undoneMerges={extras.undoneMerges} />
      </section>
    </>
  );
}
