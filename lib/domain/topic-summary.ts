// The topic's answer in one sentence, for the top of its page: whether anything conflicts,
// what each kind of figure says ("12,000 is a plan, 1,500 have arrived"), and how much of it
// is one origin repeated. The pairs below it say why, one by one.
import type { FigureComparison } from "./comparison";
import type { Figure } from "./figure";
import { gradesAgainst } from "./grading";
import { originKey } from "./origins";
import { formatNumber } from "./format";
import { formatDay } from "./period";
import type { Modality } from "./vocabulary";
import { figureWords } from "./wording";

const DAY_MS = 86_400_000;
/** Past this many kinds of figure the sentence says "and N more" rather than run on. */
const kindsNamed = 6;

/** What a troop count (or an unmeasured count) is, by modality: "12,000 is a plan". */
const countVerbs: Record<Modality, string> = {
  planned: " is a plan",
  preparing: " are being prepared",
  underway: " are under way",
  completed: " have arrived",
  possible: " is a possibility",
  unknown: "",
};

/** The same for a toll, which says what it counts: "90 killed in Malatya", "400 injured, possibly". */
const tollModalities: Record<Modality, string> = {
  planned: ", planned",
  preparing: ", in preparation",
  underway: ", so far",
  completed: "",
  possible: ", possibly",
  unknown: "",
};

const smallNumbers = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const inWords = (n: number) => smallNumbers[n] ?? formatNumber(n);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What the figure counts, when its measure says more than "deployed" or "other". */
const countedWords = (figure: Figure) => (figure.measure !== null && figure.measure !== "deployed" && figure.measure !== "other" ? ` ${figure.measure}` : "");

/** The words after the figure that say its modality ("have arrived", ", possibly"); "" when none does. */
const modalityWords = (figure: Figure) => (countedWords(figure) ? tollModalities : countVerbs)[figure.modality];

/** A figure as the summary names it: number, what it counts, where, and (when asked) as of when. */
function shortWords(figure: Figure, withDay: boolean): string {
  const place = figure.scope ? ` in ${figure.scope.name}` : "";
  const day = withDay && figure.asOf ? ` as of ${formatDay(Math.floor(figure.asOf.getTime() / DAY_MS))}` : "";
  return `${figureWords(figure)}${countedWords(figure)}${place}${day}${modalityWords(figure)}`;
}

/** One kind of figure per measure, area and modality, named by its latest figure. */
function kindsOf(figures: readonly Figure[]): string[] {
  const kinds = new Map<string, Figure[]>();
  for (const figure of figures) {
    const key = `${figure.measure ?? ""}|${figure.scope?.name.toLowerCase() ?? ""}|${figure.modality}`;
    kinds.set(key, [...(kinds.get(key) ?? []), figure]);
  }
  return [...kinds.values()].map((members) => {
    const latest = members.reduce((best, figure) => ((figure.asOf?.getTime() ?? -Infinity) >= (best.asOf?.getTime() ?? -Infinity) ? figure : best));
    const days = new Set(members.map((figure) => figure.asOf?.getTime() ?? null));
    // A figure no verb follows is named as the latest of its kind: "…: latest 163 killed."
    return `${modalityWords(latest) ? "" : "latest "}${shortWords(latest, days.size > 1)}`;
  });
}

/** "214 killed in Turkey against 163 killed in Turkey, graded A1 vs E5": grades only when given. */
function conflictWords(a: Figure, b: Figure): string {
  const grades = gradesAgainst(a.grade, b.grade);
  return `${shortWords(a, false)} against ${shortWords(b, false)}${grades ? `, graded ${grades}` : ""}`;
}

/**
 * "No conflict: 12,000 is a plan, about 10,000 are being prepared, 1,500 have arrived; two
 * figures come from one origin." With conflicts, the first is named: "1 conflict (214 killed
 * in Turkey against 163 killed in Turkey, graded A1 vs E5): …" (grades when given). `comparison` is compareFigures' over `figures`.
 */
export function topicSummarySentence(figures: readonly Figure[], comparison: FigureComparison): string {
  if (figures.length === 0) return "No figures yet.";
  const conflicts = comparison.counts.conflict;
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  const first = comparison.firstConflict ?? comparison.listed.conflict[0];
  const firstWords = first ? ` (${conflictWords(byId.get(first.a)!, byId.get(first.b)!)})` : "";
  const lead = conflicts === 0 ? "No conflict" : `${formatNumber(conflicts)} ${plural(conflicts, "conflict", "conflicts")}${firstWords}`;
  const kinds = kindsOf(figures);
  const named = kinds.slice(0, kindsNamed).join(", ") + (kinds.length > kindsNamed ? `, and ${formatNumber(kinds.length - kindsNamed)} more` : "");
  const extras: string[] = [];
  const echoed = figures.filter((figure) => comparison.standings.get(figure.id)?.echoed);
  if (echoed.length) {
    const origins = new Set(echoed.map(originKey)).size;
    extras.push(`${inWords(echoed.length)} figures come from ${origins === 1 ? "one origin" : `${inWords(origins)} origins`}`);
  }
  const revised = figures.filter((figure) => comparison.standings.get(figure.id)?.revisedDown).length;
  if (revised) extras.push(`${inWords(revised)} ${plural(revised, "count was", "counts were")} later revised down`);
  return `${lead}: ${[named, ...extras].join("; ")}.`;
}
