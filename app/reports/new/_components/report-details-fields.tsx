"use client";
import type { ReportDetails } from "@/lib/review/draft";

type Props = { details: ReportDetails; onChange: (details: ReportDetails) => void; knownSources: { id: string; name: string }[] };

export function ReportDetailsFields({ details, onChange, knownSources }: Props) {
  const set = (patch: Partial<ReportDetails>) => onChange({ ...details, ...patch });
  const outletMatch = (name: string) => knownSources.find((source) => source.name.toLowerCase() === name.trim().toLowerCase())?.id ?? null;
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
      <label>
        Outlet
        <input
          list="known-outlets"
          value={details.outletName ?? ""}
          onChange={(event) => set({ outletName: event.target.value || null, outletSourceId: outletMatch(event.target.value) })}
          placeholder="Not named"
        />
      </label>
      <datalist id="known-outlets">
        {knownSources.map((source) => (
          <option key={source.id} value={source.name} />
        ))}
      </datalist>
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
