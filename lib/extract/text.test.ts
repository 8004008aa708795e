import { describe, expect, test } from "vitest";
import { clauseAround, fold, longestSentence, readDocument } from "./text";

function sentences(text: string) {
  const document = readDocument(text);
  return document.sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe("reading a report", () => {
  test("folds case and typographic marks without moving any offset", () => {
    const text = "Seoul’s “spy agency” İstanbul";
    expect(fold(text)).toHaveLength(text.length);
    expect(fold("Seoul’s “Spy”")).toBe('seoul\'s "spy"');
  });

  test("keeps a headline without a full stop apart from the first sentence", () => {
    expect(sentences("North Korea sends troops\n\nThe NIS said so. Officials agreed.")).toEqual([
      "North Korea sends troops",
      "The NIS said so.",
      "Officials agreed.",
    ]);
  });

  test("does not end a sentence at a title, an initial or inside a quotation", () => {
    expect(sentences("Gen. Valery Gerasimov met Dr. Marsh in the U.S. yesterday.")).toHaveLength(1);
    expect(sentences("“We lost 23 men. Every one had a name,” he said. Then he left.")).toEqual([
      "“We lost 23 men. Every one had a name,” he said.",
      "Then he left.",
    ]);
  });

  test("ends a sentence at a stop that closes a quotation", () => {
    expect(sentences("He called it “pure fiction.” He said more.")).toEqual(["He called it “pure fiction.”", "He said more."]);
  });

  test("splits a sentence into clauses where a new claim begins", () => {
    const text = "The agency confirmed 1,500 troops, with sources suggesting 12,000.";
    const document = readDocument(text);
    const clause = clauseAround(document, { start: text.indexOf("12,000"), end: text.indexOf("12,000") + 6 });
    expect(text.slice(clause.start, clause.end)).toBe(" with sources suggesting 12,000.");
  });

  test("joins the lines of wire copy wrapped mid-sentence, and only in a wrapped text", () => {
    const wrapped =
      "Up to 30,000 Syrian refugees may have crossed\ninto Lebanon in the past 48 hours to escape the\nfighting in their country, the United Nations refugee\nagency UNHCR said on Friday.\nOfficials agreed.";
    expect(sentences(wrapped)).toEqual([
      "Up to 30,000 Syrian refugees may have crossed\ninto Lebanon in the past 48 hours to escape the\nfighting in their country, the United Nations refugee\nagency UNHCR said on Friday.",
      "Officials agreed.",
    ]);
    expect(sentences("North Korea sends troops to the front in large numbers\nthe NIS said so.")).toHaveLength(2);
  });

  test("cuts a run without full stops into pieces no longer than the limit, after a comma where there is one", () => {
    const clause = "rescue teams searched the flooded villages near the river for many hours, ";
    const text = clause.repeat(60).trim();
    const pieces = sentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(longestSentence);
      expect(piece.endsWith(",") || piece === pieces.at(-1)).toBe(true);
    }
    expect(pieces.join(" ")).toBe(text);
    expect(sentences("word ".repeat(500).trim()).every((piece) => piece.length <= longestSentence && !piece.endsWith(" "))).toBe(true);
  });
});
