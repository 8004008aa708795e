// The claims list: filters (in the URL), the page of claims, Previous/Next by key, and
// export links for exactly what is filtered.
import Link from "next/link";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { MoveClaimsForm, moveFormId } from "./move-claims";
import { type ClaimFilters, claimListQuerySchema, claimsQueryString, defaultPageSize, encodeCursor, searchParamsObject } from "@/lib/schemas/claim-filters";
import { type ClaimTable as ClaimTableResult, listClaimTable } from "@/lib/data/claims";
import { ClaimTable } from "../../_components/claims/claim-table";
import { ClaimFiltersForm } from "./filters-claims";
import { Pagination } from "../../_components/common/pagination";

type SearchParams = Record<string, string | string[] | undefined>;

function hasFilters(filters: ClaimFilters) {
  return Object.values(filters).some((value) => value !== undefined);
}

export async function ClaimList({ searchParams }: { searchParams: SearchParams }) {
  const actor = await readerOrSignIn("/claims");
  const mayMove = canWrite(actor);
  const moved = typeof searchParams.moved === "string" ? Number(searchParams.moved) : 0;
  const parsed = claimListQuerySchema.safeParse(searchParamsObject(searchParams));
  const query = parsed.success ? parsed.data : null;
  const { sort = "claimed-desc", after, before, size, ...filters } = query ?? {};
  // Bad filters and unknown slugs become a message listing each problem, never a crash. Only the
  // chosen topic and source are read by name; the pickers fetch the rest on demand.
  const result: ClaimTableResult = query
    ? await listClaimTable(actor, filters, sort, { after, before }, size)
    : { chosen: { topic: null, source: null }, problems: parsed.error!.issues.map((issue) => `${issue.path.join(".") || "filters"}: ${issue.message}`) };
  const { chosen } = result;
  const link = (extra: Record<string, string | undefined>) =>
    `/claims${claimsQueryString(filters, { sort: sort === "claimed-desc" ? undefined : sort, size: size && size !== defaultPageSize ? String(size) : undefined, ...extra })}`;
  const exportHref = (format: "csv" | "json") => `/api/v1/export${claimsQueryString(filters, { format, sort })}`;

  return (
    <>
      <h1>Claims</h1>
      <p className="lede">
        Every claim in every report. Filter by topic, source, kind, modality, review status, date or words; the address bar keeps the filters, so a filtered
        list can be shared.
      </p>
      <ClaimFiltersForm filters={filters} sort={sort} chosen={chosen} />
      {moved > 0 ? (
        <p className="notice" role="status">
          Moved {moved} claim{moved === 1 ? "" : "s"} into the topic.
        </p>
      ) : null}

      {"problems" in result ? (
        <div role="alert" className="problem">
          <p>These filters cannot be applied:</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <section aria-labelledby="claims-heading">
          <div className="list-heading">
            <h2 id="claims-heading">{hasFilters(filters) ? "Matching claims" : "All claims"}</h2>
            <p className="export-links">
              Export {hasFilters(filters) ? "these claims" : "every claim"}: <a href={exportHref("csv")}>CSV</a> · <a href={exportHref("json")}>JSON</a> ·{" "}
              <Link href="/import">Import a spreadsheet</Link>
            </p>
          </div>
          {result.page.rows.length === 0 ? (
            <p className="empty">No claim matches these filters. Widen the dates, choose “Any” in a filter, or clear the filters.</p>
          ) : (
            <>
              {mayMove ? <MoveClaimsForm /> : null}
              <ClaimTable claims={result.page.rows} labelledBy="claims-heading" selectFor={mayMove ? moveFormId : undefined} />
            </>
          )}
          <Pagination
            label="Claims pages"
            previousHref={result.page.previous ? link({ before: encodeCursor(result.page.previous) }) : null}
            nextHref={result.page.next ? link({ after: encodeCursor(result.page.next) }) : null}
          />
        </section>
      )}
    </>
  );
}
