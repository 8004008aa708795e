import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareFigures, explainAll, explainPair, verdicts } from "./comparison";
import type { Figure } from "./figure";
import { figure, hop } from "./test-support/figures";
import { modalities, qualifiers } from "./vocabulary";

const oct1 = new Date("2024-10-01T10:00:00Z");
const dec1 = new Date("2024-12-01T10:00:00Z");
const nis = [hop("NIS")];
const isw = [hop("ISW")];

describe("explainPair: conflicts", () => {
  test("same modality, same day, no number in common: a conflict", () => {
    const explanation = explainPair(figure({ value: 12_000, chain: nis }), figure({ value: 8_000, chain: isw }));
    expect(explanation).toMatchObject({ verdict: "conflict", reasons: [] });
    expect(explanation.sentence).toBe(
      "12,000 (planned, NIS) and 8,000 (planned, ISW) conflict: nothing shows they count different things or different times, " +
        "yet 12,000 and 8,000 have no number in common.",
    );
  });

  test("a conflict shows the band an 'about' figure allows", () => {
    const explanation = explainPair(figure({ value: 12_000, chain: nis }), figure({ value: 10_000, qualifier: "approx", chain: isw }));
    expect(explanation.verdict).toBe("conflict");
    expect(explanation.sentence).toContain("yet 12,000 and 9,000–11,000 have no number in common");
  });

  test("one originator contradicting itself is a conflict that names the shared origin", () => {
    const explanation = explainPair(
      figure({ value: 12_000, chain: [hop("NIS"), hop("Yonhap", "relay")] }),
      figure({ value: 8_000, chain: [hop("NIS"), hop("Reuters", "relay")] }),
    );
    expect(explanation).toMatchObject({ verdict: "conflict", reasons: ["echo"] });
    expect(explanation.sentence).toMatch(/have no number in common; both come from NIS\.$/);
  });

  test("an unknown modality on either side is compatible, so the gap stays a conflict", () => {
    expect(explainPair(figure({ value: 12_000, modality: "unknown" }), figure({ value: 1_500, modality: "completed", chain: isw })).verdict).toBe("conflict");
    const explanation = explainPair(figure({ value: 1_500, modality: "completed" }), figure({ value: 12_000, modality: "unknown", chain: isw }));
    expect(explanation.verdict).toBe("conflict");
    // A figure of unknown modality is named without one.
    expect(explanation.sentence).toContain("12,000 (ISW)");
  });

  test("unknown dates overlap every period, so the gap stays a conflict", () => {
    const undated = figure({ value: 8_000, claimedAt: null, chain: isw });
    expect(explainPair(figure({ value: 12_000, claimedAt: dec1 }), undated).verdict).toBe("conflict");
  });

  test("a figure's stated period, not its claim date, decides the time", () => {
    const october = { periodStart: new Date("2024-10-01T00:00:00Z"), periodEnd: new Date("2024-10-31T00:00:00Z") };
    const explanation = explainPair(figure({ value: 12_000, claimedAt: dec1, ...october }), figure({ value: 8_000, claimedAt: oct1, chain: isw }));
    expect(explanation.verdict).toBe("conflict");
  });
});

describe("explainPair: differences with a reason", () => {
  test("planned versus arrived: different modality, however far apart", () => {
    const explanation = explainPair(figure({ value: 12_000, chain: nis }), figure({ value: 1_500, modality: "completed", chain: isw }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["modality"] });
    expect(explanation.sentence).toBe(
      "12,000 (planned, NIS) and 1,500 (arrived / happened, ISW) count different things: a plan versus what has already arrived or happened.",
    );
  });

  test("earlier versus later: different period", () => {
    const explanation = explainPair(
      figure({ value: 1_500, modality: "underway", claimedAt: oct1 }),
      figure({ value: 3_000, modality: "underway", claimedAt: dec1, chain: isw }),
    );
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["period"] });
    expect(explanation.sentence).toBe(
      "1,500 (under way, Agency A) and 3,000 (under way, ISW) refer to different times, the first earlier: " +
        "claimed on 1 October 2024 versus claimed on 1 December 2024.",
    );
  });

  test("arrivals only grow: a later, higher count is an update, not a different period", () => {
    const explanation = explainPair(
      figure({ value: 1_500, modality: "completed", claimedAt: oct1 }),
      figure({ value: 3_000, modality: "completed", claimedAt: dec1, chain: isw }),
    );
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["update"], revisedDown: false });
    expect(explanation.sentence).toBe(
      "1,500 (arrived / happened, Agency A) and 3,000 (arrived / happened, ISW) are an update of a count that only grows: " +
        "the second is later (as of 1 October 2024 versus as of 1 December 2024).",
    );
  });

  test("the later figure given first is named as the second being earlier", () => {
    const explanation = explainPair(figure({ claimedAt: dec1, value: 3_000 }), figure({ claimedAt: oct1, value: 1_500, chain: isw }));
    expect(explanation.sentence).toContain("the second earlier: claimed on 1 December 2024 versus claimed on 1 October 2024");
  });

  test("up to 12,000 versus exactly 10,000: different qualifier", () => {
    const explanation = explainPair(figure({ value: 12_000, qualifier: "up_to", chain: nis }), figure({ value: 10_000, chain: isw }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["qualifier"] });
    expect(explanation.sentence).toBe("up to 12,000 (planned, NIS) and 10,000 (planned, ISW) differ only in qualifier: both allow 10,000.");
  });

  test("exactly 11,000 is within about 10,000; 11,001 is not", () => {
    const about = figure({ value: 10_000, qualifier: "approx", chain: isw });
    expect(explainPair(figure({ value: 11_000 }), about)).toMatchObject({ verdict: "differs", reasons: ["qualifier"] });
    expect(explainPair(figure({ value: 11_001 }), about)).toMatchObject({ verdict: "conflict", reasons: [] });
  });

  test("more than 10,000 excludes exactly 10,000; at least 10,000 includes it", () => {
    const exact = figure({ value: 10_000, chain: isw });
    expect(explainPair(figure({ value: 10_000, qualifier: "more_than" }), exact).verdict).toBe("conflict");
    const atLeast = explainPair(figure({ value: 10_000, qualifier: "at_least" }), exact);
    expect(atLeast.verdict).toBe("agrees");
    expect(atLeast.sentence).toBe("at least 10,000 (planned, Agency A) and 10,000 (planned, ISW) agree, from independent origins.");
  });

  test("two qualified figures meeting in between say what both allow", () => {
    const explanation = explainPair(figure({ value: 10_000, qualifier: "at_least" }), figure({ value: 12_000, qualifier: "at_most", chain: isw }));
    expect(explanation.sentence).toContain("differ only in qualifier: both allow 10,000–12,000");
  });

  test("every reason at once, main reason first and echo last", () => {
    const explanation = explainPair(
      figure({ value: 12_000, qualifier: "up_to", claimedAt: oct1, chain: nis }),
      figure({ value: 1_500, modality: "completed", claimedAt: dec1, chain: [hop("NIS"), hop("Yonhap", "relay")] }),
    );
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["modality", "period", "qualifier", "echo"] });
    expect(explanation.sentence).toBe(
      "up to 12,000 (planned, NIS) and 1,500 (arrived / happened, NIS via Yonhap) count different things: a plan versus what has already arrived or happened; " +
        "they also refer to different times, the first earlier (claimed on 1 October 2024 versus claimed on 1 December 2024); " +
        "their qualifiers leave room for the same number (both allow 1,500); both come from NIS.",
    );
  });

  test("figures in different units are not compared", () => {
    const explanation = explainPair(figure({ value: 4, unit: "Brigades" }), figure({ value: 12_000, unit: "troops", chain: nis }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["unit"] });
    expect(explanation.sentence).toBe("4 (planned, Agency A) and 12,000 (planned, NIS) cannot be compared: one counts brigades, the other troops.");
  });

  test("a figure without a unit is read in the other's unit", () => {
    expect(explainPair(figure({ value: 12_000, unit: null }), figure({ value: 12_000, unit: "troops", chain: nis })).verdict).toBe("agrees");
  });

  test("a figure without a number cannot be compared, and the sentence says which", () => {
    const words = figure({ value: null, asStated: " several thousand " });
    const bare = figure({ value: null, chain: isw });
    const number = figure({ value: 12_000, chain: nis });
    expect(explainPair(words, number)).toMatchObject({ verdict: "differs", reasons: [] });
    expect(explainPair(words, number).sentence).toBe(
      "“several thousand” (planned, Agency A) and 12,000 (planned, NIS) cannot be compared: the first gives no number.",
    );
    expect(explainPair(number, bare).sentence).toBe(
      "12,000 (planned, NIS) and a figure without a number (planned, ISW) cannot be compared: the second gives no number.",
    );
    expect(explainPair(words, bare).sentence).toMatch(/cannot be compared: neither gives a number\.$/);
  });
});

describe("explainPair: agreement and echo", () => {
  test("the same figure from independent origins agrees", () => {
    const explanation = explainPair(figure({ value: 12_000, chain: nis }), figure({ value: 12_000, qualifier: null, chain: isw }));
    expect(explanation).toMatchObject({ verdict: "agrees", reasons: [] });
  });

  test("the same figure from one originator through two outlets is an echo", () => {
    const explanation = explainPair(
      figure({ value: 12_000, chain: [hop("NIS"), hop("Yonhap", "relay")] }),
      figure({ value: 12_000, chain: [hop("NIS"), hop("Reuters", "relay")], reportId: "report-2" }),
    );
    expect(explanation).toMatchObject({ verdict: "echo", reasons: ["echo"] });
    expect(explanation.sentence).toBe(
      "12,000 (planned, NIS via Yonhap) and 12,000 (planned, NIS via Reuters) are one origin repeated, not independent confirmation: both come from NIS.",
    );
  });

  test("two unattributed figures of one report echo that report", () => {
    const explanation = explainPair(figure({ chain: [] }), figure({ chain: [] }));
    expect(explanation.verdict).toBe("echo");
    expect(explanation.sentence).toBe(
      "10,000 (planned, unattributed) and 10,000 (planned, unattributed) are one origin repeated, not independent confirmation: " +
        "both come from the same report, which names no source.",
    );
    expect(explainPair(figure({ chain: [] }), figure({ chain: [], reportId: "report-2" })).verdict).toBe("agrees");
  });
});

describe("explainPair: figures in words", () => {
  test("each qualifier is named as the analyst reads it", () => {
    const words = (overrides: Partial<Figure>) => explainPair(figure(overrides), figure({ value: null, chain: isw })).sentence.split(" (")[0];
    expect(words({ value: 10_000, qualifier: "approx" })).toBe("about 10,000");
    expect(words({ value: 10_000, qualifier: "unknown" })).toBe("10,000");
    expect(words({ value: 10_000, qualifier: "more_than" })).toBe("more than 10,000");
    expect(words({ value: 12_000, qualifier: "at_most" })).toBe("at most 12,000");
    expect(words({ value: 11_000, qualifier: "range", lower: 10_000, upper: 12_000 })).toBe("10,000–12,000");
    expect(words({ value: null, qualifier: "up_to", upper: 12_000 })).toBe("up to 12,000");
    expect(words({ value: null, qualifier: "range", lower: 10_000 })).toBe("10,000");
  });
});

describe("explainAll", () => {
  test("conflicts first, then differences, agreements, echoes; input order within each", () => {
    const planned = figure({ id: "planned", value: 12_000, chain: nis });
    const echoed = figure({ id: "echoed", value: 12_000, chain: [hop("NIS"), hop("Yonhap", "relay")] });
    const independent = figure({ id: "independent", value: 12_000, chain: isw });
    const low = figure({ id: "low", value: 5_000, chain: [hop("Think tank")] });
    const arrived = figure({ id: "arrived", value: 1_500, modality: "completed", chain: isw });
    const pairs = explainAll([planned, echoed, independent, low, arrived]).map((e) => `${e.verdict}:${e.a}-${e.b}`);
    expect(pairs).toEqual([
      "conflict:planned-low",
      "conflict:echoed-low",
      "conflict:independent-low",
      "differs:planned-arrived",
      "differs:echoed-arrived",
      "differs:independent-arrived",
      "differs:low-arrived",
      "agrees:planned-independent",
      "agrees:echoed-independent",
      "echo:planned-echoed",
    ]);
  });

  test("no figures or one figure, no pairs", () => {
    expect(explainAll([])).toEqual([]);
    expect(explainAll([figure()])).toEqual([]);
  });
});

test("the verdict and reasons do not depend on which figure comes first", () => {
  const day = fc.option(fc.constantFrom(oct1, dec1), { nil: null });
  const amount = fc.option(fc.constantFrom(0, 1_500, 9_000, 10_000, 11_000, 12_000), { nil: null });
  const arbitraryFigure = fc.record({
    value: amount,
    lower: amount,
    upper: amount,
    qualifier: fc.option(fc.constantFrom(...qualifiers), { nil: null }),
    modality: fc.constantFrom(...modalities),
    unit: fc.constantFrom(null, "troops", "brigades"),
    claimedAt: day,
    chain: fc.constantFrom(nis, isw, []),
  });
  fc.assert(
    fc.property(arbitraryFigure, arbitraryFigure, (a, b) => {
      const forward = explainPair(figure(a), figure(b));
      const backward = explainPair(figure(b), figure(a));
      expect(backward.verdict).toBe(forward.verdict);
      expect(new Set(backward.reasons)).toEqual(new Set(forward.reasons));
      if (forward.verdict === "conflict") {
        expect(forward.reasons.filter((reason) => reason !== "echo")).toEqual([]);
        expect(forward.sentence).toContain(" conflict: ");
      } else {
        expect(forward.sentence).not.toContain(" conflict: ");
      }
    }),
  );
});

/** Figures of the founding kind drawn at random: three values, qualifiers, modalities, days and chains. */
const arbitraryFigure = fc.record({
  value: fc.constantFrom(1_500, 10_000, 12_000),
  qualifier: fc.constantFrom("exact" as const, "approx" as const, "up_to" as const),
  modality: fc.constantFrom("planned" as const, "completed" as const),
  claimedAt: fc.constantFrom(oct1, dec1),
  chain: fc.constantFrom(nis, isw, []),
});

test("compareFigures counts every pair as explainAll does, but phrases only the first few of each verdict", () => {
  fc.assert(
    fc.property(fc.array(arbitraryFigure, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), (drawn, listed) => {
      const figures = drawn.map((overrides, index) => figure({ ...overrides, id: `f${index}` }));
      const isEarlier = (one: Figure, otherId: string) => one.asOf! < figures.find((other) => other.id === otherId)!.asOf!;
      const all = explainAll(figures);
      const compared = compareFigures(figures, listed);
      for (const verdict of verdicts) {
        const ofVerdict = all.filter((pair) => pair.verdict === verdict);
        expect(compared.counts[verdict]).toBe(ofVerdict.length);
        expect(compared.listed[verdict]).toEqual(ofVerdict.slice(0, listed));
      }
      for (const one of figures) {
        const involving = all.filter((pair) => pair.a === one.id || pair.b === one.id);
        expect(compared.standings.get(one.id)).toEqual({
          conflicts: involving.some((pair) => pair.verdict === "conflict"),
          reasons: new Set(involving.flatMap((pair) => pair.reasons)),
          echoed: involving.some((pair) => pair.verdict === "echo"),
          revisedDown: involving.some((pair) => pair.revisedDown && isEarlier(one, pair.a === one.id ? pair.b : pair.a)),
        });
      }
    }),
  );
});

test("with `shown`, compareFigures counts every pair but words only the first pairs that have a shown figure, and names the topic's first conflict", () => {
  fc.assert(
    fc.property(
      fc.array(arbitraryFigure, { maxLength: 14 }),
      fc.array(fc.nat({ max: 13 }), { maxLength: 5 }),
      fc.integer({ min: 0, max: 5 }),
      (drawn, picked, listed) => {
        const figures = drawn.map((overrides, index) => figure({ ...overrides, id: `s${index}` }));
        const shown = new Set(picked.filter((index) => index < figures.length).map((index) => `s${index}`));
        const all = explainAll(figures);
        const everything = compareFigures(figures, listed);
        const compared = compareFigures(figures, listed, { shown });
        expect(compared.counts).toEqual(everything.counts);
        expect(compared.reasonCounts).toEqual(everything.reasonCounts);
        expect(compared.standings).toEqual(everything.standings);
        for (const verdict of verdicts) {
          const withShown = all.filter((pair) => pair.verdict === verdict && (shown.has(pair.a) || shown.has(pair.b)));
          expect(compared.listed[verdict]).toEqual(withShown.slice(0, listed));
        }
        expect(compared.firstConflict).toEqual(all.find((pair) => pair.verdict === "conflict"));
      },
    ),
  );
});
