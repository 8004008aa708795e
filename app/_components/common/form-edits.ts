// Saving an edit form on top of someone else's newer version: the form posts what it was
// opened with (`startedFrom`) beside what is typed, and only the fields that differ are
// sent, so the other analyst's changes to the rest stay. The claim and source edit forms
// both work this way (their conflict panel is ./edit-conflict).
import type { ChangedMeanwhile } from "@/lib/data/revision-names";

export type { ChangedMeanwhile };

/** The other analyst's save, as a form shows it: their values now and who saved when. */
export type EditConflictState<V> = { theirs: V; version: number; changedMeanwhile: ChangedMeanwhile[] };

/** Only the fields the analyst changed since the form was opened. */
export function changedFields<F extends string, V extends Record<F, unknown>>(
  fields: readonly F[],
  values: V,
  startedFrom: V,
  same: (field: F, a: V, b: V) => boolean = (field, a, b) => a[field] === b[field],
): Partial<V> {
  return Object.fromEntries(fields.filter((field) => !same(field, values, startedFrom)).map((field) => [field, values[field]])) as unknown as Partial<V>;
}

/** A form's starting values, posted back as JSON; null when unreadable or not an object of strings. */
export function postedStartingValues<F extends string>(fields: readonly F[], posted: unknown): Record<F, string> | null {
  if (typeof posted !== "string") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(posted);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  return fields.every((field) => typeof record[field] === "string")
    ? (Object.fromEntries(fields.map((field) => [field, record[field]])) as Record<F, string>)
    : null;
}
