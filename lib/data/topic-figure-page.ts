// One page of a topic's figure table (ADR 0028). The topic page reads every figure the filters
// leave anyway (the counting comparison, the charts and the summary cover them all: ADR 0022,
// 0024), so the table's keyset walk runs over those figures in memory, in the order the URL
// asks for, with the same page logic and cursors as the claims and sources lists
// (keyset-page.ts, lib/schemas/keyset-cursor.ts): 50 rows a page, whatever the topic's size.
import { comparePositions, type FigurePosition, type FigureSort, figurePosition, sortFigures, type SortableFigure } from "../domain/topic-filters";
import type { TopicPageRequest } from "../schemas/topic-page";
import { type KeysetPage, type KeysetReader, keysetPage } from "./keyset-page";

/** The index of the first place for which `beyond` holds, in ascending `places` (binary search). */
function firstWhere(places: readonly FigurePosition[], beyond: (place: FigurePosition) => boolean): number {
  let [low, high] = [0, places.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (beyond(places[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The page of `figures` in `sort`'s order that `request` names: after or before a cursor (a
 * place in that order, which need not be a figure still shown), or starting at one figure
 * (`figure`, a claim id: the first page when it is among the first `size` or not
 * among them at all, else the page that starts with it). `next`/`previous` are the
 * cursors of the neighbouring pages, null at the ends.
 */
export function figureTablePage<F extends SortableFigure & { id: string }>(
  figures: readonly F[],
  sort: FigureSort,
  request: TopicPageRequest,
  size: number,
): Promise<KeysetPage<F, FigurePosition>> {
  const sorted = sortFigures(figures, sort);
  const places = sorted.map((figure) => figurePosition(figure, sort));
  const read: KeysetReader<F, FigurePosition> = async (from, forward, take) => {
    if (forward) {
      const start = from ? firstWhere(places, (place) => comparePositions(place, from, sort) > 0) : 0;
      return sorted.slice(start, start + take);
    }
    const end = from ? firstWhere(places, (place) => comparePositions(place, from, sort) >= 0) : sorted.length;
    return sorted.slice(Math.max(0, end - take), end).reverse();
  };
  const cursorOf = (figure: F) => figurePosition(figure, sort);
  // A figure among the first `size` is on the first page; a later one starts its page.
  const at = request.figure ? sorted.findIndex((figure) => figure.id === request.figure) : -1;
  const page: TopicPageRequest = at >= size ? { after: places[at - 1] } : at >= 0 ? {} : request;
  return keysetPage(read, cursorOf, page, size);
}
