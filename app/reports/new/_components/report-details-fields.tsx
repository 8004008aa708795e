"use client";
// The report's own details. The outlet is a known source, searched for as the analyst types,
// or a new one named as typed (the server matched the page's own outlet name already).
import { ChoiceCombobox } from "@/app/_components/common/choice-combobox";
import type { ReportDetails } from "@/lib/review/draft";

type Props = { details: ReportDetails; onChange: (details: ReportDetails) => void };

export function ReportDetailsFields({ details, onChange }: Props) {
  const set = (patch: Partial<ReportDetails>) => onChange({ ...details, ...patch });
  return (
    <fieldset className="report-details">
      <legend>The report</legend>
      <label className="wide">
        Title
        <input value={details.title} onChange={(event) => set({ title: event.target.value })} required />
      </label>
      <label>
        Published on
        <input type="date" value={details.publishedAt ?? ""} onChange={(event) => set({ publishedAt: event.target.value || null })} />
      </label>
      <ChoiceCombobox
        carries="id"
        label="Outlet"
        endpoint="/api/v1/sources/choices"
        chosen={details.outletSourceId ? { id: details.outletSourceId, slug: "", label: details.outletName ?? "" } : null}
        typed={details.outletName ?? ""}
        placeholder="Not named"
        onType={(name) => set({ outletName: name || null, outletSourceId: null })}
        onChoose={(choice) => {
          if (choice) set({ outletName: choice.label, outletSourceId: choice.id });
        }}
        noMatch={(words) => `No known source contains “${words}”: saved as a new outlet`}
      />
      <label>
        Author
        <input value={details.author ?? ""} onChange={(event) => set({ author: event.target.value || null })} />
      </label>
      {details.url ? (
        <p className="meta wide">
          Fetched from{" "}
          <a href={details.url} rel="noopener noreferrer">
            {details.url}
          </a>
        </p>
      ) : null}
    </fieldset>
  );
}
