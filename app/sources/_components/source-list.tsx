// The sources, 50 a page by kind then name, grouped by kind, with how many claims each
// originated and how many it passed on as speaker or as relay; each count opens the claims list
// filtered to that role. Previous/Next by key, as on the claims list, keeping the filters.
import Link from "next/link";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { listSourceCountries, listSources, parseSourceListQuery, type SourceListPage } from "@/lib/data/sources";
import { type HopRole, hopRoles, type SourceKind, sourceKindLabels } from "@/lib/domain/vocabulary";
import { encodeSourceCursor, sourcesQueryString } from "@/lib/schemas/source-list";
import { Pagination } from "../../_components/common/pagination";
import { SourceFiltersForm } from "./filters-sources";

type Source = SourceListPage["rows"][number];

function groupByKind(sources: Source[]) {
  const groups = new Map<SourceKind, Source[]>();
  for (const source of sources) groups.set(source.kind, [...(groups.get(source.kind) ?? []), source]);
  return [...groups.entries()];
}

function CountLink({ count, slug, role }: { count: number; slug: string; role: HopRole }) {
  if (count === 0) return <>0</>;
  return (
    <Link href={`/claims?source=${slug}&role=${role}`} aria-label={`${count} claims as ${role}`}>
      {count}
    </Link>
  );
}

/** Reports it is the outlet of, and their claims: "2 (6 claims)". */
function PublishedCount({ counts, slug }: { counts: { reports: number; claims: number } | null; slug: string }) {
  if (!counts || counts.reports === 0) return <>0</>;
  return (
    <Link href={`/sources/${slug}#published-heading`} aria-label={`${counts.reports} reports published, ${counts.claims} claims`}>
      {counts.reports} <span className="meta">({counts.claims} claims)</span>
    </Link>
  );
}

export async function SourceList({ searchParams }: { searchParams: Record<string, string | undefined> }) {
  const actor = await readerOrSignIn("/sources");
  const { filters, paging, problems } = parseSourceListQuery(searchParams);
  const { after, before, size } = paging;
  const [page, countries] = await Promise.all([listSources(actor, filters, { after, before }, size), listSourceCountries(actor)]);
  const sources = page.rows;
  const filtered = filters.kind !== undefined || filters.country !== undefined;
  const link = (cursor: { after?: string; before?: string }) => `/sources${sourcesQueryString(filters, { size, ...cursor })}`;

  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        People, organisations and outlets that make or pass on claims, with how often each is the originator, a speaker or a relay of a claim, by kind then
        name.
      </p>
      <p className="claim-toolbar">
        {canWrite(actor) ? (
          <Link className="button-link" href="/sources/new">
            Add a source
          </Link>
        ) : null}
        <Link href="/sources/duplicates">Likely duplicates</Link>
      </p>
      <SourceFiltersForm filters={filters} countries={countries} />
      {problems.length ? (
        <p role="alert" className="problem">
          This filter cannot be applied ({problems.join("; ")}); showing the first page without it.
        </p>
      ) : null}
      {sources.length === 0 ? (
        <p className="empty">
          {filtered ? "No source matches these filters. Clear a filter to see more." : "No sources yet. Sources are added with the reports that name them."}
        </p>
      ) : (
        groupByKind(sources).map(([kind, group]) => (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="kind-heading">
              {sourceKindLabels[kind]} <span className="meta">({page.perKind.get(kind) ?? group.length})</span>
            </h2>
            <div className="table-wrap">
              <table aria-labelledby={`kind-${kind}`} className="source-table">
                <thead>
                  <tr>
                    <th scope="col">Source</th>
                    <th scope="col">Country</th>
                    <th scope="col">Part of</th>
                    <th scope="col" className="number">
                      As originator
                    </th>
                    <th scope="col" className="number">
                      As speaker
                    </th>
                    <th scope="col" className="number">
                      As relay
                    </th>
                    <th scope="col" className="number">
                      Published
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.map((source) => (
                    <tr key={source.id}>
                      <td>
                        <Link href={`/sources/${source.slug}`}>{source.name}</Link>
                      </td>
                      <td>{source.country ?? "—"}</td>
                      <td>{source.parent ? <Link href={`/sources/${source.parent.slug}`}>{source.parent.name}</Link> : "—"}</td>
                      {hopRoles.map((role) => (
                        <td className="number" key={role}>
                          <CountLink count={source.counts[role]} slug={source.slug} role={role} />
                        </td>
                      ))}
                      <td className="number">
                        <PublishedCount counts={source.published} slug={source.slug} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
      <Pagination
        label="Sources pages"
        previousHref={page.previous ? link({ before: encodeSourceCursor(page.previous) }) : null}
        nextHref={page.next ? link({ after: encodeSourceCursor(page.next) }) : null}
      />
    </>
  );
}
