import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";
import { quotationSummary, quotationsIn } from "./testing";

const quotations = (text: string) => quotationsIn(text).map((candidate) => ({ ...quotationSummary(candidate), verb: candidate.attribution[0]?.verb ?? null }));

describe("direct quotations", () => {
  test("with the speaker after, in curly marks, keeping the comma inside the marks", () => {
    expect(quotations("“We know about 10,000 soldiers,” Zelensky stated in Brussels.")).toEqual([
      { kind: "quote", words: "We know about 10,000 soldiers,", speaker: "Zelensky", verb: "stated" },
    ]);
  });

  test("with the speaker before a comma, an appositive between", () => {
    expect(quotations("Valeriy Ryabykh, editor at Defence Express, noted, “They could guard the border.”")).toEqual([
      { kind: "quote", words: "They could guard the border.", speaker: "Valeriy Ryabykh", verb: "noted" },
    ]);
  });

  test("with the speaker before a colon, in straight marks", () => {
    expect(quotations('Admiral Sven Dahl told the Harbour Gazette on Sunday: "We have 14 frigates."')).toEqual([
      { kind: "quote", words: "We have 14 frigates.", speaker: "Sven Dahl", verb: "told" },
    ]);
  });

  test("split around its speaker, both parts to the same person", () => {
    expect(quotations("“We will not stop,” General Oleh Marchuk said, “until every village is free.”")).toEqual([
      { kind: "quote", words: "We will not stop,", speaker: "Oleh Marchuk", verb: "said" },
      { kind: "quote", words: "until every village is free.", speaker: "Oleh Marchuk", verb: "said" },
    ]);
  });

  test("introduced by a participle of the sentence's speaker", () => {
    expect(quotations("Zelensky spoke in Brussels, emphasizing, “That’s really a big problem.”")[0]).toMatchObject({
      speaker: "Zelensky",
      verb: "emphasizing",
    });
  });

  test("with the speaker in the previous or the next sentence", () => {
    expect(quotations("Marchuk said that 600 soldiers had been rotated. Asked about losses, he was blunt: “We lost 23 men.”")[0]).toMatchObject({
      words: "We lost 23 men.",
      speaker: "Marchuk",
    });
    expect(quotations("“The enemy has two brigades in reserve.” Iryna Savchenko, an analyst, told reporters that this was a concern.")[0]).toMatchObject({
      speaker: "Iryna Savchenko",
    });
  });

  test("after a colon whatever its first letter, after a dash, or opening with an editor's bracket", () => {
    expect(quotations('Karl Weber said: "we need pumps, not promises."')[0]).toMatchObject({
      kind: "quote",
      words: "we need pumps, not promises.",
      speaker: "Karl Weber",
    });
    expect(quotations("Lena Varga wrote on social media: “[Our] crews are working.”")[0]).toMatchObject({ kind: "quote", words: "[Our] crews are working." });
    expect(quotations("Ivan Petrov, a resident, said the pumps had failed. Petrov put it bluntly — “We are alone.”")[0]).toMatchObject({
      kind: "quote",
      words: "We are alone.",
      speaker: "Ivan Petrov",
    });
  });

  test("a whole sentence after a participle of saying is a quote; a few words after one stay a statement", () => {
    expect(quotations("“We came to train,” Cook said, adding “this will not be a permanent presence.”")[1]).toMatchObject({
      kind: "quote",
      words: "this will not be a permanent presence.",
      speaker: "Cook",
    });
    expect(quotations("Anna Kovalenko spoke on Monday, saying “no comment.”")[0]).toMatchObject({ kind: "statement", words: "no comment" });
  });

  test("'he said' points back to the last person who spoke", () => {
    expect(quotations("Serhiy Kovalenko said two neighbours had been killed. “Hundreds are still in the basements,” he said.")[0]).toMatchObject({
      speaker: "Serhiy Kovalenko",
    });
  });
});

describe("quoted fragments", () => {
  test("are statements, anchored without the writer's closing stop", () => {
    expect(quotations("South Korean President Yoon Suk Yeol convened a meeting, urging a response using “all available means.”")).toEqual([
      { kind: "statement", words: "all available means", speaker: "Yoon Suk Yeol", verb: "urging" },
    ]);
  });

  test("a name someone gave is a completed act by them, not by whom it is about", () => {
    const [closest] = extractDetailed("Kim Jong Un sent greetings to Vladimir Putin, referring to him as his “closest comrade.”");
    expect(closest).toMatchObject({ kind: "statement", text: "closest comrade", modality: "completed" });
    expect(closest?.attribution.map((hop) => [hop.name, hop.verb])).toEqual([["Kim Jong Un", "referring to him as"]]);
  });

  test("belong to the source named right before a finite verb", () => {
    expect(quotations("The company plans to deploy 12 thousand men, a figure analysts called “wildly optimistic.”")[0]).toMatchObject({
      kind: "statement",
      words: "wildly optimistic",
      speaker: "analysts",
    });
  });

  test("a verb joined by 'and' shares the subject of the verb before it", () => {
    expect(quotations('Opposition leader Pavel Dorn called the attack "barbaric" and said the government had been ‘asleep at the wheel’.')).toMatchObject([
      { kind: "statement", words: "barbaric", speaker: "Pavel Dorn" },
      { kind: "statement", words: "asleep at the wheel", speaker: "Pavel Dorn" },
    ]);
  });

  test("a fragment whose sentence ends with its speaker", () => {
    expect(quotations("Omar Haddad visited the camp. The situation was “very difficult”, he said.")).toMatchObject([
      { kind: "statement", words: "very difficult", speaker: "Omar Haddad" },
    ]);
  });

  test("a quotation opening its sentence with the comma outside the marks", () => {
    expect(quotations("Omar Haddad visited the camp. “we are ready to help”, he said.")).toMatchObject([
      { kind: "quote", words: "we are ready to help", speaker: "Omar Haddad" },
    ]);
  });

  test("scare quotes and titles with no one saying them are not claims", () => {
    expect(quotations('The so-called "shadow fleet" has grown. The bulletin, titled "Dark Waters", lists ships.')).toEqual([]);
  });
});
