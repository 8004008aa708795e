// What one revision changed, field by field, for the history view: "statement: … → …".
// Records are compared as stored in revisions (JSON: dates as ISO strings). Nested objects
// (a claim's anchor) are compared field by field; lists (a chain, aliases) are replaced as a
// whole, so they are compared as a whole. Bookkeeping that changes with every revision
// (version, updatedAt) is left out: it says nothing an analyst needs.

export type FieldChange = { field: string; before: unknown; after: unknown };

export const bookkeepingFields = ["version", "updatedAt"] as const;

type Plain = Record<string, unknown>;

const absent = (value: unknown) => value === null || value === undefined;
const isPlainObject = (value: unknown): value is Plain => value !== null && typeof value === "object" && !Array.isArray(value);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

function collect(before: Plain, after: Plain, prefix: string, ignored: ReadonlySet<string>, changes: FieldChange[]) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (ignored.has(field)) continue;
    const [was, is] = [before[key], after[key]];
    // An object appearing or disappearing (a creation) is shown field by field too.
    if ((isPlainObject(was) || absent(was)) && (isPlainObject(is) || absent(is)) && !(absent(was) && absent(is))) {
      collect(isPlainObject(was) ? was : {}, isPlainObject(is) ? is : {}, field, ignored, changes);
    } else if (!sameValue(was, is)) changes.push({ field, before: was ?? null, after: is ?? null });
  }
}

/**
 * The fields that differ between two versions of a record, in the order the stored record
 * lists them (PostgreSQL's jsonb stores keys in an order of its own; sort for display). A missing record (before a creation) counts as empty, so a creation lists every field.
 */
export function diffRecords(before: unknown, after: unknown, ignore: readonly string[] = bookkeepingFields): FieldChange[] {
  const changes: FieldChange[] = [];
  collect(isPlainObject(before) ? before : {}, isPlainObject(after) ? after : {}, "", new Set(ignore), changes);
  return changes;
}
