// One keyset page of any list, from a reader that walks the list's order from a cursor: a page
// starts just after (or just before) the row a cursor names, so page 1,000 costs what page 1
// costs, with no OFFSET counting past every earlier row. The claims list and the sources list
// share it; each brings its own reader and cursor.
import type { KeysetRequest } from "../schemas/keyset-cursor";

export type KeysetPage<Row, Cursor> = { rows: Row[]; next: Cursor | null; previous: Cursor | null };

/**
 * Reads up to `take` rows beside `from` (from the start when undefined): in the list's order when
 * `forward`, else in the opposite order, nearest the cursor first.
 */
export type KeysetReader<Row, Cursor> = (from: Cursor | undefined, forward: boolean, take: number) => Promise<Row[]>;

/** One page; `next`/`previous` are the cursors of the neighbouring pages, null at the ends. */
export async function keysetPage<Row, Cursor>(
  read: KeysetReader<Row, Cursor>,
  cursorOf: (row: Row) => Cursor,
  page: KeysetRequest<Cursor>,
  pageSize: number,
): Promise<KeysetPage<Row, Cursor>> {
  if (page.before) {
    const rows = (await read(page.before, false, pageSize + 1)).reverse();
    // Fewer rows than a page before the cursor: this is the first page; show it whole.
    if (rows.length <= pageSize) return keysetPage(read, cursorOf, {}, pageSize);
    const shown = rows.slice(1);
    return { rows: shown, previous: cursorOf(shown[0]!), next: cursorOf(shown[shown.length - 1]!) };
  }
  const rows = await read(page.after, true, pageSize + 1);
  const shown = rows.slice(0, pageSize);
  return {
    rows: shown,
    next: rows.length > pageSize ? cursorOf(shown[shown.length - 1]!) : null,
    previous: page.after && shown.length ? cursorOf(shown[0]!) : null,
  };
}
