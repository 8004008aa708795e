// npm run bench:comparison [-- --figures 5000]
// The topic comparison in memory (issue 14, item 2): judging every pair (compareFiguresPairwise,
// as before ADR 0022) against counting (compareFigures: kinds and sorted sweeps, 50 pairs of
// each verdict worded), in one run, on two SYNTHETIC topics of N figures: troop counts like
// `npm run synthetic` makes (one unit, six modalities, every qualifier, 300 sources) and death
// tolls (killed, injured and casualties, nested areas, as-of days, revisions). Checks that both
// give the same counts and standings, then prints medians and the ratio.
import { compareFigures, type FigureComparison } from "../lib/domain/comparison";
import { compareFiguresPairwise } from "../lib/domain/comparison-pairwise";
import type { Figure } from "../lib/domain/figure";
import type { FigureScope } from "../lib/domain/scope";
import { modalities, qualifiers } from "../lib/domain/vocabulary";
import { seededRandom } from "../lib/testing/seeded-random";
import { ms, percentile } from "./loopback-server";

const flag = process.argv.indexOf("--figures");
const size = flag >= 0 ? Number(process.argv[flag + 1]) : 5_000;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const listed = 50;

// A fixed seed, so every run times the same topics.
const random = seededRandom(14);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const day = (n: number) => new Date(Date.UTC(2024, 9, 1 + n, 9));

function baseFigure(index: number): Figure {
  const claimedAt = day(Math.floor(random() * 60));
  const source = `source-${Math.floor(random() * 300)}`;
  return {
    id: `figure-${index}`,
    value: Math.round(500 + random() * 20_000),
    lower: null,
    upper: null,
    qualifier: pick(qualifiers.filter((qualifier) => qualifier !== "range")),
    unit: "troops",
    measure: null,
    scope: null,
    asStated: null,
    modality: pick(modalities),
    stance: "asserts",
    claimedAt,
    periodStart: null,
    periodEnd: random() < 0.2 ? day(Math.floor(random() * 60)) : null,
    asOf: claimedAt,
    chain: [{ sourceId: source, sourceName: source, role: "originator", verb: null }],
    reportId: `report-${Math.floor(index / 3)}`,
    reviewStatus: "accepted",
  };
}

const turkey: FigureScope = { name: "Turkey", level: "country", within: [] };
const regions: FigureScope[] = Array.from({ length: 10 }, (_, n) => ({ name: `Region ${n}`, level: "region", within: ["Turkey"] }));
const towns: FigureScope[] = regions.map((region, n) => ({ name: `Town ${n}`, level: "city", within: [region.name, "Turkey"] }));

const topics: Record<string, (index: number) => Figure> = {
  "troop counts": baseFigure,
  "death tolls": (index) => {
    const base = baseFigure(index);
    return {
      ...base,
      value: Math.round(10 + random() * 3_000),
      unit: pick(["people", "dead", "bodies", null]),
      measure: pick(["killed", "killed", "injured", "casualties"] as const),
      scope: pick([turkey, turkey, ...regions, ...towns]),
      modality: random() < 0.9 ? "completed" : "possible",
    };
  },
};

function time(run: () => FigureComparison): { median: number; result: FigureComparison } {
  const times: number[] = [];
  // One untimed run first, so both paths are timed compiled rather than while the JIT warms up.
  let result: FigureComparison | null = run();
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  return { median: percentile(times, 0.5), result: result! };
}

const sameAnswer = (x: FigureComparison, y: FigureComparison) =>
  JSON.stringify([x.counts, x.reasonCounts, [...x.standings].map(([id, s]) => [id, s.conflicts, [...s.reasons].sort(), s.echoed, s.revisedDown])]) ===
  JSON.stringify([y.counts, y.reasonCounts, [...y.standings].map(([id, s]) => [id, s.conflicts, [...s.reasons].sort(), s.echoed, s.revisedDown])]);

console.log(
  `${size.toLocaleString("en-US")} figures (${((size * (size - 1)) / 2).toLocaleString("en-US")} pairs), median of ${runs} runs after one warm-up, ${listed} pairs of each verdict worded:\n`,
);
console.log(`${"topic".padEnd(14)} ${"every pair".padStart(12)} ${"counting".padStart(10)} ${"ratio".padStart(8)}  verdicts (conflict/differs/agrees/echo)`);
for (const [name, make] of Object.entries(topics)) {
  const figures = Array.from({ length: size }, (_, index) => make(index));
  const pairwise = time(() => compareFiguresPairwise(figures, listed));
  const counted = time(() => compareFigures(figures, listed));
  if (!sameAnswer(pairwise.result, counted.result)) throw new Error(`${name}: the counting and the pairwise judge disagree`);
  const { conflict, differs, agrees, echo } = counted.result.counts;
  console.log(
    `${name.padEnd(14)} ${ms(pairwise.median).padStart(12)} ${ms(counted.median).padStart(10)} ${`${(pairwise.median / counted.median).toFixed(1)}×`.padStart(8)}  ${[conflict, differs, agrees, echo].map((n) => n.toLocaleString("en-US")).join(" / ")}`,
  );
}
