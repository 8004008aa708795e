// The claims list's filters as a plain GET form: every filter lands in the URL, so a filtered
// list can be shared, bookmarked and left with the back button, with no client state.
import Link from "next/link";
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import type { Choice } from "@/lib/schemas/choices";
import { type ClaimFilters, type ClaimSort, claimSortLabels, claimSorts } from "@/lib/schemas/claim-filters";
import {
  claimKinds,
  credibilityGrades,
  credibilityLabels,
  hopRoles,
  modalities,
  modalityLabels,
  reliabilityGrades,
  reliabilityLabels,
  reviewStatuses,
} from "@/lib/domain/vocabulary";

/** The topic and source in the filters, by name; the pickers ask the server for others as the analyst types. */
type Chosen = { topic: Choice | null; source: Choice | null };
type Option = { value: string; label: string };

const roleLabels: Record<(typeof hopRoles)[number], string> = { originator: "as originator", speaker: "as speaker", relay: "as relay" };

function Select({ name, label, options, value, anyLabel }: { name: string; label: string; options: Option[]; value?: string; anyLabel?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ""}>
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const words = (values: readonly string[], labels?: Record<string, string>) => values.map((value) => ({ value, label: labels?.[value] ?? value }));

export function ClaimFiltersForm({ filters, sort, chosen }: { filters: ClaimFilters; sort: ClaimSort; chosen: Chosen }) {
  return (
    <form method="get" action="/claims" className="list-filters" aria-label="Filter claims">
      <label className="field field-wide">
        <span>Words in the claim</span>
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="e.g. Ussuriysk" maxLength={200} />
      </label>
      <ChoiceCombobox name="topic" carries="slug" label="Topic" endpoint="/api/v1/topics/choices" chosen={chosen.topic} placeholder="Any topic" />
      <ChoiceCombobox name="source" carries="slug" label="Source" endpoint="/api/v1/sources/choices" chosen={chosen.source} placeholder="Any source" />
      <Select name="role" label="Source’s role" anyLabel="in any role" value={filters.role} options={words(hopRoles, roleLabels)} />
      <Select name="kind" label="Kind" anyLabel="Any kind" value={filters.kind} options={words(claimKinds)} />
      <Select name="modality" label="Modality" anyLabel="Any modality" value={filters.modality} options={words(modalities, modalityLabels)} />
      <Select name="status" label="Review status" anyLabel="Any status" value={filters.status} options={words(reviewStatuses)} />
      <Select
        name="reliability"
        label="Originator’s reliability"
        anyLabel="Any grade"
        value={filters.reliability}
        options={reliabilityGrades.map((grade) => ({ value: grade, label: `${grade}: ${reliabilityLabels[grade]}` }))}
      />
      <Select
        name="credibility"
        label="Credibility"
        anyLabel="Any grade"
        value={filters.credibility}
        options={credibilityGrades.map((grade) => ({ value: String(grade), label: `${grade}: ${credibilityLabels[grade]}` }))}
      />
      <label className="field">
        <span>Claimed from</span>
        <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label className="field">
        <span>Claimed until</span>
        <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <Select name="sort" label="Order" value={sort} options={words(claimSorts, claimSortLabels)} />
      <div className="filter-actions">
        <button type="submit">Apply filters</button>
        <Link href="/claims">Clear filters</Link>
      </div>
    </form>
  );
}
