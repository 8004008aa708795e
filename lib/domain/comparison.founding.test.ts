// The founding report's five troop counts: 12,000 planned (twice, both from the NIS),
// about 10,000 being prepared, 1,500 arrived, up to 12,000 possible. None contradicts another.
import { describe, expect, test } from "vitest";
import { compareFigures, explainAll, explainPair } from "./comparison";
import { countIndependentOrigins } from "./origins";
import { figureSpread } from "./spread";
import { topicSummarySentence } from "./topic-summary";
import { foundingFigure, foundingFigures } from "./test-support/figures";

const nisViaYonhap = foundingFigure("nis-yonhap-12000-planned");
const nisFourBrigades = foundingFigure("nis-12000-four-brigades");
const preparing = foundingFigure("zelensky-10000-preparing");
const arrived = foundingFigure("nis-1500-arrived");
const possible = foundingFigure("sources-could-rise-to-12000");

describe("the founding report's figures", () => {
  test("are the five troop counts of the topic", () => {
    expect(foundingFigures.map((figure) => [figure.value, figure.modality])).toEqual([
      [12_000, "planned"],
      [12_000, "planned"],
      [10_000, "preparing"],
      [1_500, "completed"],
      [12_000, "possible"],
    ]);
  });

  test("no pair of them is a conflict", () => {
    const explanations = explainAll(foundingFigures);
    expect(explanations).toHaveLength(10);
    expect(explanations.filter((explanation) => explanation.verdict === "conflict")).toEqual([]);
  });

  test("12,000 planned and 1,500 arrived count different things", () => {
    const explanation = explainPair(nisViaYonhap, arrived);
    expect(explanation).toMatchObject({ a: nisViaYonhap.id, b: arrived.id, verdict: "differs" });
    expect(explanation.reasons[0]).toBe("modality");
    expect(explanation.sentence).toBe(
      "12,000 (planned, National Intelligence Service via Yonhap News Agency) and 1,500 (arrived / happened, National Intelligence Service) " +
        "count different things: a plan versus what has already arrived or happened; both come from National Intelligence Service.",
    );
  });

  test("the two NIS 12,000 figures are one origin echoed, not two confirmations", () => {
    const explanation = explainPair(nisViaYonhap, nisFourBrigades);
    expect(explanation).toMatchObject({ verdict: "echo", reasons: ["echo"] });
    expect(explanation.sentence).toContain("one origin repeated, not independent confirmation");
    expect(explanation.sentence).toContain("both come from National Intelligence Service");
  });

  test("about 10,000 being prepared and 12,000 planned differ by modality, from independent origins", () => {
    const explanation = explainPair(preparing, nisViaYonhap);
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["modality"] });
    expect(explanation.sentence).toBe(
      "about 10,000 (being prepared, Volodymyr Zelensky citing Ukrainian intelligence) and 12,000 (planned, National Intelligence Service via Yonhap News Agency) " +
        "count different things: preparations versus a plan.",
    );
  });

  test("up to 12,000 possible leaves room for 1,500 arrived, which is also a different thing", () => {
    const explanation = explainPair(arrived, possible);
    expect(explanation).toMatchObject({ verdict: "differs", reasons: ["modality", "qualifier"] });
    expect(explanation.sentence).toContain("a possibility");
    expect(explanation.sentence).toContain("both allow 1,500");
  });

  test("every pair names a reason, and the echo comes last", () => {
    const explanations = explainAll(foundingFigures);
    expect(explanations.map((explanation) => explanation.verdict)).toEqual([...Array(9).fill("differs"), "echo"]);
    for (const explanation of explanations) expect(explanation.reasons.length).toBeGreaterThan(0);
  });

  test("five figures, three independent origins: NIS, Ukrainian intelligence, unnamed sources", () => {
    expect(countIndependentOrigins(foundingFigures)).toBe(3);
  });

  test("the spread runs from 1,500 to 12,000, a ratio of 8", () => {
    expect(figureSpread(foundingFigures)).toMatchObject({ min: 1_500, max: 12_000, ratio: 8 });
  });

  test("the topic's answer in one sentence: no conflict, what each figure is, one origin repeated", () => {
    expect(topicSummarySentence(foundingFigures, compareFigures(foundingFigures, 0))).toBe(
      "No conflict: 12,000 is a plan, about 10,000 are being prepared, 1,500 have arrived, up to 12,000 is a possibility; two figures come from one origin.",
    );
  });
});
