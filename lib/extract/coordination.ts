// Figures that share a verb share what it says. "2,500 troops had arrived, as well as 300 police
// officers and close to 400 rescue workers": the list's later members have no verb of their own,
// so they take the measure and modality of the member before them. A bare figure that points back
// ("police put the number at 190,000") counts what the figures before it counted.
import type { Measure, Modality } from "../domain/vocabulary";
import { countsThings } from "./measures";
import { type Document, sentenceAt } from "./text";

type Figure = { start: number; end: number; unit: string | null; measure: Measure | null; modality: Modality | null };

// What may stand between two members of a list: a comma, a conjunction, a qualifier.
// The first member may carry its verb before the next ("900 soldiers had arrived, as well as 150 firefighters").
const listJoin =
  /(?:^\s*,?\s*|[,\s](?:and|or|as well as|along with|plus|including|together with)\s+)(?:(?:and|or|as well as|along with|plus|including|together with|of whom|of them)\s+)?(?:(?:about|around|nearly|almost|close to|some|more than|over|at least|up to|another|a further)\s+)?$/;

/** Only people are killed, arrested or deployed: a list of homes and tents does not take those measures. */
function sameKind(a: string | null, b: string | null): boolean {
  return countsThings(a) === countsThings(b);
}

function paragraphOf(document: Document, position: number): number {
  return sentenceAt(document, position)?.paragraph ?? -1;
}

/** "190,000", "approximately 15,000": no counted noun of its own. */
function isBare(document: Document, figure: Figure): boolean {
  return !/[a-z]{3,}$/.test(document.folded.slice(figure.start, figure.end));
}

export function withSharedVerbs<T extends Figure>(document: Document, figures: readonly T[]): T[] {
  const shared: T[] = [];
  for (const figure of figures) {
    const previous = shared.at(-1);
    let next = figure;
    const listed =
      previous !== undefined &&
      sentenceAt(document, previous.start) === sentenceAt(document, figure.start) &&
      listJoin.test(document.folded.slice(previous.end, figure.start)) &&
      sameKind(previous.unit, figure.unit);
    if (listed && previous) {
      if (next.measure === "other" && previous.measure !== "other") next = { ...next, measure: previous.measure };
      if (next.modality === "unknown" && previous.modality !== "unknown") next = { ...next, modality: previous.modality };
    } else if (next.measure === "other" && isBare(document, next)) {
      // The nearest counted figure in this or the two paragraphs before, of the same kind.
      const paragraph = paragraphOf(document, next.start);
      for (let index = shared.length - 1; index >= 0; index--) {
        const other = shared[index];
        if (!other || paragraph - paragraphOf(document, other.start) > 2) break;
        if (other.measure === "other" || !sameKind(other.unit, next.unit)) continue;
        next = { ...next, measure: other.measure };
        break;
      }
    }
    shared.push(next);
  }
  return shared;
}
