// What a figure counts, where, and as of when: killed and injured are parts of casualties, a
// province lies in its country, and a toll that only grows is updated, not contradicted.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { explainPair } from "./comparison";
import type { Figure } from "./figure";
import type { FigureScope } from "./scope";
import { figure, hop } from "./test-support/figures";
import { measures, modalities, qualifiers } from "./vocabulary";

const turkey: FigureScope = { name: "Turkey", level: "country", within: [] };
const malatya: FigureScope = { name: "Malatya", level: "region", within: ["Turkey"] };
const hatay: FigureScope = { name: "Hatay", level: "region", within: ["Turkey"] };
const battalgazi: FigureScope = { name: "Battalgazi", level: "city", within: ["Malatya", "Turkey"] };
const feb7 = new Date("2023-02-07T12:00:00Z");
const feb8 = new Date("2023-02-08T12:00:00Z");
const toll = (overrides: Partial<Figure>) =>
  figure({ unit: "people", measure: "killed", modality: "completed", qualifier: "exact", scope: turkey, claimedAt: feb7, ...overrides });
const ministry = [hop("Interior ministry")];
const agency = [hop("Disaster agency")];

describe("measure", () => {
  test("killed and injured in one place are different measures, never 'cannot be compared'", () => {
    const explanation = explainPair(toll({ value: 163, chain: agency }), toll({ value: 1_200, measure: "injured", chain: ministry }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["measure"] });
    expect(explanation.sentence).toBe(
      "163 killed (Turkey, Disaster agency) and 1,200 injured (Turkey, Interior ministry) count different measures: killed versus injured.",
    );
  });

  test("killed below casualties is a part below its whole; above it, a conflict", () => {
    const below = explainPair(toll({ value: 163, chain: agency }), toll({ value: 1_400, measure: "casualties", chain: ministry }));
    expect(below).toMatchObject({ verdict: "differs", reasons: ["measure"] });
    expect(below.sentence).toContain("count a part and its whole: killed are part of casualties (killed or injured), so the first may be the smaller");
    const above = explainPair(toll({ value: 163, chain: agency }), toll({ value: 120, measure: "casualties", chain: ministry }));
    expect(above).toMatchObject({ verdict: "conflict", reasons: [] });
    expect(above.sentence).toContain("conflict: the first counts a part of the other (killed are part of casualties), yet 163 is more than 120 allows");
  });

  test("the same measure in other words is the same measure: dead, bodies, people killed", () => {
    const dead = figure({ value: 163, unit: "dead", measure: null, modality: "completed", chain: agency });
    const bodies = figure({ value: 163, unit: "bodies", measure: null, modality: "completed", chain: ministry });
    expect(explainPair(dead, bodies)).toMatchObject({ verdict: "agrees", reasons: [] });
    expect(explainPair(dead, toll({ value: 163, scope: null, claimedAt: dead.claimedAt, chain: ministry })).verdict).toBe("agrees");
  });

  test("soldiers and troops are one unit", () => {
    expect(explainPair(figure({ unit: "soldiers" }), figure({ unit: "Troops", chain: [hop("ISW")] })).verdict).toBe("agrees");
  });
});

describe("scope", () => {
  test("a province's toll below the country's is a part below its whole", () => {
    const explanation = explainPair(toll({ value: 90, scope: malatya, chain: [hop("Mayor")] }), toll({ value: 163, chain: agency }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["scope"] });
    expect(explanation.sentence).toBe(
      "90 killed (Malatya, Mayor) and 163 killed (Turkey, Disaster agency) cover a part and its whole: Malatya lies in Turkey, so the first may be the smaller.",
    );
  });

  test("a province's toll above the country's, the same day, is a conflict", () => {
    const explanation = explainPair(toll({ value: 163, chain: agency }), toll({ value: 250, scope: malatya, chain: [hop("Governor")] }));
    expect(explanation).toMatchObject({ verdict: "conflict", reasons: [] });
    expect(explanation.sentence).toContain("conflict: the second counts a part of the other (Malatya lies in Turkey), yet 250 is more than 163 allows");
  });

  test("a district lies in its province and its country; two provinces are different areas", () => {
    expect(explainPair(toll({ value: 40, scope: battalgazi }), toll({ value: 90, scope: malatya, chain: agency }))).toMatchObject({ reasons: ["scope"] });
    expect(explainPair(toll({ value: 400, scope: battalgazi }), toll({ value: 90, scope: malatya, chain: agency })).verdict).toBe("conflict");
    const provinces = explainPair(toll({ value: 90, scope: malatya }), toll({ value: 300, scope: hatay, chain: agency }));
    expect(provinces).toMatchObject({ verdict: "differs", reasons: ["scope"] });
    expect(provinces.sentence).toContain("cover different areas: Malatya (Turkey) versus Hatay (Turkey)");
  });

  test("a name the gazetteer could not place is compared by its name alone", () => {
    const camp: FigureScope = { name: "Camp 4", level: null, within: [] };
    expect(explainPair(toll({ value: 10, scope: camp }), toll({ value: 20, scope: { ...camp, name: "camp 4" }, chain: agency })).verdict).toBe("conflict");
    expect(explainPair(toll({ value: 10, scope: camp }), toll({ value: 200, chain: agency })).reasons).toEqual(["scope"]);
  });
});

describe("as of", () => {
  test("a toll that rises from one day to the next is an update", () => {
    const explanation = explainPair(toll({ value: 163, chain: agency }), toll({ value: 300, claimedAt: feb8, chain: agency }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["update", "echo"], revisedDown: false });
    expect(explanation.sentence).toBe(
      "163 killed (Turkey, Disaster agency) and 300 killed (Turkey, Disaster agency) are an update of a count that only grows: " +
        "the second is later (as of 7 February 2023 versus as of 8 February 2023); both come from Disaster agency.",
    );
  });

  test("a later, lower toll is a revision down: shown, not a conflict", () => {
    const explanation = explainPair(toll({ value: 163, claimedAt: feb8, chain: ministry }), toll({ value: 214, chain: agency }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["update"], revisedDown: true });
    expect(explanation.sentence).toContain("are a count revised down: the first, later, is lower, though the count only grows");
  });

  test("the period's end, not the claim's day, is the day a figure holds at", () => {
    const asOfFeb7 = toll({ value: 163, claimedAt: feb8, periodEnd: feb7, chain: agency });
    expect(explainPair(asOfFeb7, toll({ value: 214, chain: ministry })).verdict).toBe("conflict");
  });

  test("a plan can shrink: planned deployments of different days differ by period, not update", () => {
    const explanation = explainPair(figure({ value: 12_000, claimedAt: feb7 }), figure({ value: 8_000, claimedAt: feb8, chain: [hop("ISW")] }));
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["period"], revisedDown: false });
  });
});

describe("the rule, for any figures", () => {
  const scopes = [null, turkey, malatya, hatay, battalgazi, { name: "Camp 4", level: null, within: [] }];
  const day = fc.option(fc.constantFrom(feb7, feb8), { nil: null });
  const amount = fc.option(fc.constantFrom(0, 90, 163, 214, 300, 1_200), { nil: null });
  const drawn = fc.record({
    value: amount,
    lower: amount,
    upper: amount,
    qualifier: fc.option(fc.constantFrom(...qualifiers), { nil: null }),
    modality: fc.constantFrom(...modalities),
    measure: fc.option(fc.constantFrom(...measures), { nil: null }),
    scope: fc.constantFrom(...scopes),
    unit: fc.constantFrom(null, "people", "dead", "troops", "tents"),
    claimedAt: day,
    periodEnd: day,
    chain: fc.constantFrom(ministry, agency, []),
  });

  test("is symmetric, and a conflict never has a reason but a shared origin", () => {
    fc.assert(
      fc.property(drawn, drawn, (a, b) => {
        const forward = explainPair(figure(a), figure(b));
        const backward = explainPair(figure(b), figure(a));
        expect([backward.verdict, new Set(backward.reasons), backward.revisedDown]).toEqual([forward.verdict, new Set(forward.reasons), forward.revisedDown]);
        if (forward.verdict === "conflict") expect(forward.reasons.filter((reason) => reason !== "echo")).toEqual([]);
      }),
    );
  });

  test("adding a reason never creates a conflict", () => {
    // Each change makes the second figure differ from the first in one more way: another
    // modality, measure, area or unit than the first's (a first figure that leaves the field
    // unknown could be anything, so there the change adds no reason and is skipped).
    const reasonChanges: ((first: Figure) => Partial<Figure> | null)[] = [
      (first) => (first.modality === "unknown" ? null : { modality: first.modality === "planned" ? "possible" : "planned" }),
      (first) => (first.measure === null ? null : { measure: first.measure === "displaced" ? "participants" : "displaced" }),
      (first) => (first.scope === null ? null : { scope: { name: "Elsewhere", level: null, within: [] } }),
      (first) => (first.unit === null ? null : { unit: "boats" }),
    ];
    fc.assert(
      fc.property(drawn, drawn, fc.constantFrom(...reasonChanges), (a, b, change) => {
        const changed = change(figure(a));
        fc.pre(changed !== null);
        const before = explainPair(figure(a), figure(b));
        const after = explainPair(figure(a), figure({ ...b, ...changed }));
        if (before.verdict !== "conflict") expect(after.verdict).not.toBe("conflict");
      }),
    );
  });

  test("a pair within one chain of nested areas is judged the same in either order", () => {
    const nested = fc.constantFrom(turkey, malatya, battalgazi);
    fc.assert(
      fc.property(drawn, drawn, nested, nested, (a, b, scopeA, scopeB) => {
        const [x, y] = [figure({ ...a, scope: scopeA }), figure({ ...b, scope: scopeB })];
        const [forward, backward] = [explainPair(x, y), explainPair(y, x)];
        expect([backward.verdict, [...backward.reasons].sort()]).toEqual([forward.verdict, [...forward.reasons].sort()]);
      }),
    );
  });
});
