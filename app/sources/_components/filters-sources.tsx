// The sources list's filters: kind and country, as a GET form so the URL holds them.
import Link from "next/link";
import type { SourceFilters } from "@/lib/schemas/source-list";
import { SourceKindOptions } from "@/app/_components/common/source-kind-options";

export function SourceFiltersForm({ filters, countries }: { filters: SourceFilters; countries: string[] }) {
  return (
    <form method="get" action="/sources" className="list-filters" aria-label="Filter sources">
      <label className="field">
        <span>Kind</span>
        <select name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">Any kind</option>
          <SourceKindOptions />
        </select>
      </label>
      <label className="field">
        <span>Country</span>
        <select name="country" defaultValue={filters.country ?? ""}>
          <option value="">Any country</option>
          {countries.map((country) => (
            <option key={country} value={country}>
              {country}
            </option>
          ))}
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href="/sources">Clear filters</Link>
      </div>
    </form>
  );
}
