// A revision's field changes in the analyst's words: "Statement: A → B", a chain as
// "NIS (originator) → Yonhap (relay)". Revisions of the demo seed and of report ingest store
// the raw row (anchorExact, hops), later ones the API's record (anchor, chain); both read
// the same here. Bookkeeping (ids, offsets, the text around the words) is left out.
import type { FieldChange } from "@/lib/domain/record-diff";
import { type EditableClaimField, editableClaimFields, fieldLabels, readableChain, readableFormValue } from "./claim-edit-fields";
import { formatDate, formatDateTime, formatNumber } from "@/lib/domain/format";

const otherLabels: Record<string, string> = {
  "anchor.exact": "Words in the report",
  anchorExact: "Words in the report",
  hops: fieldLabels.chain,
  kind: "Kind",
  topicId: "Topic",
  deletedAt: "Deleted",
};

const isEditable = (field: string): field is EditableClaimField => (editableClaimFields as readonly string[]).includes(field);

export function changeLabel(field: string): string | null {
  if (isEditable(field) || field === "chain") return fieldLabels[field];
  return otherLabels[field] ?? null;
}

const dateFields = new Set(["claimedAt", "periodStart", "periodEnd", "deletedAt"]);

type StoredHop = { sourceId: string; role: string; verb?: string | null; position?: number };

export function readableValue(field: string, value: unknown, sourceNames: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    const hops = [...(value as StoredHop[])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    return readableChain(hops, sourceNames);
  }
  if (dateFields.has(field)) {
    const date = new Date(String(value));
    const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
    return midnight ? formatDate(date) : formatDateTime(date);
  }
  if (typeof value === "number" && !["latitude", "longitude"].includes(field)) return formatNumber(value);
  if (isEditable(field)) return readableFormValue(field, String(value));
  return String(value);
}

export type ReadableChange = { field: string; label: string; before: string; after: string };

/** The changes an analyst reads, in the form's order; fields without a label are bookkeeping. */
export function readableChanges(changes: FieldChange[], sourceNames: Record<string, string>): ReadableChange[] {
  const order = [...editableClaimFields, "chain"] as string[];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : field === "hops" ? order.indexOf("chain") : order.length);
  return changes
    .flatMap((change) => {
      const label = changeLabel(change.field);
      return label
        ? [
            {
              field: change.field,
              label,
              before: readableValue(change.field, change.before, sourceNames),
              after: readableValue(change.field, change.after, sourceNames),
            },
          ]
        : [];
    })
    .sort((a, b) => rank(a.field) - rank(b.field));
}

/** Every source a history names, so their names can be looked up once. */
export function sourceIdsIn(changes: FieldChange[]): string[] {
  return (
    changes
      .flatMap((change) => [change.before, change.after])
      .flatMap((value) => (Array.isArray(value) ? (value as Partial<StoredHop>[]) : []))
      // Only chains hold hops; other lists (a scope's containing places) hold names.
      .flatMap((hop) => (hop !== null && typeof hop === "object" && typeof hop.sourceId === "string" ? [hop.sourceId] : []))
  );
}
