// The filters of a topic as a plain GET form: no client JavaScript, the values in the URL
// (shareable, the back button works), validated on the server (lib/domain/topic-filters).
import Link from "next/link";
import { filterParams, hasFilters, paramNames, type TopicView, type ViewIssue } from "@/lib/domain/topic-filters";
import { figuresPerPage } from "@/lib/schemas/topic-page";
import { SourceKindOptions } from "@/app/_components/common/source-kind-options";
import { modalities, modalityLabels, reviewStatuses, sourceKindLabels } from "@/lib/domain/vocabulary";

/** pageSize: rows a page of the table, kept when the filters change (the page itself restarts). */
type Props = { view: TopicView; issues: ViewIssue[]; path: string; slug: string; pageSize: number };

function activeSummary(view: TopicView): string {
  const { filters } = view;
  const parts = [
    filters.modalities.length ? filters.modalities.map((modality) => modalityLabels[modality]).join(" or ") : null,
    filters.reviewStatuses.length ? filters.reviewStatuses.join(" or ") : null,
    filters.sourceKind ? `via ${sourceKindLabels[filters.sourceKind]}` : null,
    filters.claimedFrom ? `from ${filters.claimedFrom}` : null,
    filters.claimedTo ? `to ${filters.claimedTo}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "all figures";
}

function Checkboxes<T extends string>({
  legend,
  name,
  values,
  labels,
  checked,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  labels: (value: T) => string;
  checked: readonly T[];
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="check">
          <input type="checkbox" name={name} value={value} defaultChecked={checked.includes(value)} /> {labels(value)}
        </label>
      ))}
    </fieldset>
  );
}

export function TopicFilterForm({ view, issues, path, slug, pageSize }: Props) {
  const { filters } = view;
  const exportQuery = (format: "csv" | "json") => {
    const params = new URLSearchParams({ topic: slug, format });
    for (const [key, value] of filterParams(filters)) params.append(key, value);
    return `/api/v1/export?${params}`;
  };
  return (
    <div className="filter-bar">
      <details className="filters" open={hasFilters(filters) || issues.length > 0}>
        <summary>
          Filter figures <span className="meta">({activeSummary(view)})</span>
        </summary>
        <form method="get" action={path} aria-label="Filter figures">
          <Checkboxes legend="Modality" name={paramNames.modalities} values={modalities} labels={(m) => modalityLabels[m]} checked={filters.modalities} />
          <Checkboxes legend="Review status" name={paramNames.reviewStatuses} values={reviewStatuses} labels={(s) => s} checked={filters.reviewStatuses} />
          <fieldset>
            <legend>Source</legend>
            <label>
              Kind, anywhere in the chain
              <select name={paramNames.sourceKind} defaultValue={filters.sourceKind ?? ""}>
                <option value="">any kind</option>
                <SourceKindOptions />
              </select>
            </label>
          </fieldset>
          <fieldset>
            <legend>Claimed</legend>
            <label>
              From <input type="date" name={paramNames.claimedFrom} defaultValue={filters.claimedFrom ?? ""} />
            </label>
            <label>
              To <input type="date" name={paramNames.claimedTo} defaultValue={filters.claimedTo ?? ""} />
            </label>
          </fieldset>
          {view.sort.column !== "claimed" || view.sort.direction !== "asc" ? (
            <>
              <input type="hidden" name={paramNames.sort} value={view.sort.column} />
              <input type="hidden" name={paramNames.direction} value={view.sort.direction} />
            </>
          ) : null}
          {pageSize !== figuresPerPage ? <input type="hidden" name="size" value={pageSize} /> : null}
          <div className="filter-actions">
            <button type="submit">Apply filters</button>
            <Link href={path}>Clear all filters</Link>
          </div>
        </form>
      </details>
      {issues.length ? (
        <div role="alert" className="form-issues">
          <p>Some of the link’s filters could not be read and were left out:</p>
          <ul>
            {issues.map((issue) => (
              <li key={issue.path}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="export-links">
        Export what is shown: <a href={exportQuery("csv")}>Export CSV</a> · <a href={exportQuery("json")}>Export JSON</a>
      </p>
    </div>
  );
}
