// The results of a search, grouped by kind, with the matching words marked. The database
// marks them with private-use characters (lib/domain/search-query.ts); they become <mark>
// elements here, and every piece of report text stays a plain React text child.
import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import type { ClaimHit, ReportHit, SearchResults as Results, SourceHit } from "@/lib/data/search";
import { splitMarked } from "@/lib/domain/search-query";
import { sourceKindLabels } from "@/lib/domain/vocabulary";

type Props = { query: string; results: Results; limit: number };

export function SearchResults({ query, results, limit }: Props) {
  const total = results.claims.length + results.reports.length + results.sources.length;
  if (total === 0) {
    return (
      <p className="empty" role="status">
        Nothing matches “{query}”. Check the spelling, or try fewer or other words: every word you type must appear.
      </p>
    );
  }
  const groups = [
    { id: "claims", title: "Claims", count: results.claims.length },
    { id: "reports", title: "Reports", count: results.reports.length },
    { id: "sources", title: "Sources", count: results.sources.length },
  ];
  return (
    <>
      <nav aria-label="Result kinds" className="search-jump">
        <ul>
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`#${group.id}`}>
                {group.title} <span className="count">{group.count}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ResultGroup id="claims" title="Claims" count={results.claims.length} limit={limit}>
        {results.claims.map((claim) => (
          <ClaimResult key={claim.id} claim={claim} />
        ))}
      </ResultGroup>
      <ResultGroup id="reports" title="Reports" count={results.reports.length} limit={limit}>
        {results.reports.map((report) => (
          <ReportResult key={report.id} report={report} />
        ))}
      </ResultGroup>
      <ResultGroup id="sources" title="Sources" count={results.sources.length} limit={limit}>
        {results.sources.map((source) => (
          <SourceResult key={source.slug} source={source} />
        ))}
      </ResultGroup>
    </>
  );
}

function ResultGroup({ id, title, count, limit, children }: { id: string; title: string; count: number; limit: number; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="search-group">
      <h2 id={headingId}>
        {title} <span className="count">({count})</span>
      </h2>
      {count === 0 ? (
        <p className="meta">No {title.toLowerCase()} match.</p>
      ) : (
        <>
          <ol className="search-hits">{children}</ol>
          {count === limit && <p className="meta">The best {limit} are shown: add a word to narrow the search.</p>}
        </>
      )}
    </section>
  );
}

function ClaimResult({ claim }: { claim: ClaimHit }) {
  return (
    <li>
      <Link href={`/claims/${claim.id}`} className="hit-title">
        <Marked text={claim.statement} />
      </Link>
      {claim.snippet && (
        <p className="snippet">
          <Marked text={claim.snippet} />
        </p>
      )}
      <p className="meta">
        In <Link href={`/reports/${claim.reportId}`}>{claim.reportTitle}</Link>
      </p>
    </li>
  );
}

function ReportResult({ report }: { report: ReportHit }) {
  return (
    <li>
      <Link href={`/reports/${report.id}`} className="hit-title">
        {report.title}
      </Link>
      <p className="snippet">
        <Marked text={report.snippet} />
      </p>
    </li>
  );
}

function SourceResult({ source }: { source: SourceHit }) {
  return (
    <li>
      <Link href={`/sources/${source.slug}`} className="hit-title">
        {source.name}
      </Link>{" "}
      <span className="tag">{sourceKindLabels[source.kind]}</span>
      {source.matchedAlias && (
        <p className="snippet">
          Also called “<Marked text={source.matchedAlias} />”
        </p>
      )}
    </li>
  );
}

function Marked({ text }: { text: string }) {
  return (
    <>
      {splitMarked(text).map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never move, so their position is a stable key
        <Fragment key={index}>{part.matched ? <mark>{part.text}</mark> : part.text}</Fragment>
      ))}
    </>
  );
}
