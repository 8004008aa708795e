// Quotation forms and speakers of wire copy and interviews (branch quotes4). Every sentence is invented.
import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";
import { quotationSummary, quotationsIn } from "./testing";
import { readDocument } from "./text";

const quotes = (text: string) => quotationsIn(text).map(quotationSummary);

const speakers = (text: string) => quotes(text).map((quote) => quote.speaker);

describe("quotation forms", () => {
  test("an excerpt cut off inside a quotation keeps the words up to the cut, when there are a few", () => {
    const text = "The mayor spoke at the shelter.\n\nShe said: “We are doing what we can, but the water keeps ris";
    expect(readDocument(text).quotations.map((span) => text.slice(span.start, span.end))).toEqual(["We are doing what we can, but the water keeps ris"]);
    expect(readDocument("Most families went home.\n\n“It").quotations).toEqual([]);
  });

  test("a quotation standing alone as a cut-off last paragraph is prose, not a heading", () => {
    const text = 'Anna Berg, a spokeswoman for the camp, said more tents were coming.\n\n"The roads are open again. Trucks are on their way, so w';
    expect(quotes(text)).toEqual([{ kind: "quote", words: "The roads are open again. Trucks are on their way, so w", speaker: "Anna Berg" }]);
  });

  test("an editor's bracket may open a quotation that continues a speaker", () => {
    expect(speakers('"We heard him all night," said Omar Haddad, 52. "(The soldiers) dug until morning."')).toEqual(["Omar Haddad", "Omar Haddad"]);
  });

  test("a quotation split around a verb of the manner of speaking", () => {
    expect(quotes("Standing by the river, 60-year-old Maria Lind shook her head. “Nothing is left,” she whispered, “not even the bridge.”")).toEqual([
      { kind: "quote", words: "Nothing is left,", speaker: "Maria Lind" },
      { kind: "quote", words: "not even the bridge.", speaker: "Maria Lind" },
    ]);
  });

  test("a lower-case quotation straight after a word of the writer's sentence is a fragment, whoever is credited after it", () => {
    expect(quotes('The man was detained for "threatening the officers," according to a statement from the Harbour Police.')).toEqual([
      { kind: "statement", words: "threatening the officers", speaker: "Harbour Police" },
    ]);
  });
});

describe("nested marks", () => {
  test("a quotation in single marks holding one in double marks is one quotation, the outer one", () => {
    const text = "Lina Saleh said: 'We told them, \"leave now\", but they stayed.'";
    expect(readDocument(text).quotations.map((span) => text.slice(span.start, span.end))).toEqual(['We told them, "leave now", but they stayed.']);
    expect(speakers(text)).toEqual(["Lina Saleh"]);
  });
});

describe("who said it", () => {
  test("a heading credits its quotation to a role; the first person to speak below it holds the role", () => {
    const text = 'Fire chief: "The blaze is contained"\n\nCaptain Rosa Vidal told reporters on Monday that crews had worked all night.';
    expect(speakers(text)[0]).toBe("Rosa Vidal");
  });

  test("one of a group of people, described by what they do, speaks for themselves", () => {
    expect(speakers('"They fired into the crowd," one protester, a student, told the radio station.')).toEqual(["one protester"]);
    expect(speakers('"The smoke was everywhere," recalled Lina Saleh, 34.')).toEqual(["Lina Saleh"]);
  });

  test("a participle of saying belongs to the pronoun opening its sentence", () => {
    expect(speakers("Mrs. Ada Obi, the council chair, visited the camp. She, however, criticised the delays, saying: “The boats came too late.”")).toEqual([
      "Ada Obi",
    ]);
  });

  test("a name written family name first is the same person when its first word stands alone", () => {
    expect(speakers("Chen Wenli lost her shop. Chen said the water came at night. “Everything was gone,” she said.")).toEqual(["Chen Wenli"]);
  });

  test("a premier's title is a title, so the lone surname after it is the premier", () => {
    expect(speakers("Chinese Premier Wang Dalin visited the town. “We will rebuild,” Wang told rescuers.")).toEqual(["Wang Dalin"]);
  });

  test("a relative clause may stand between the speaker and the verb", () => {
    expect(speakers("Amir Khan, who runs a bakery near the bridge and has lived here for decades, said: “We were not warned.”")).toEqual(["Amir Khan"]);
  });

  test("a word capitalised only because it opens a quotation is nobody 'she' can stand for", () => {
    const text = "“I stayed with my son. Even the roof leaked,” said Leela of the river bank.\n\n“Even if the rain stops, we cannot go back,” she said.";
    expect(speakers(text).at(-1)).not.toBe("Even");
    expect(speakers("“Within an hour the water was at my waist,” she said.")).toEqual([null]);
  });

  test("a headline's plural noun that the text also writes in lower case is no person", () => {
    const text =
      "Villagers count the cost\n\nMoving slowly, Tomas Berg looked at his farm. Dozens of villagers had lost their homes.\n\n“It was all gone,” he said.";
    expect(speakers(text)).toEqual(["Tomas Berg"]);
  });

  test("'one of the' people of a place introduces a source", () => {
    expect(speakers("Speaking to reporters, one of the fishermen said, “The boats are all broken.”")).toEqual(["one of the fishermen"]);
  });

  test("a post on a site is put out by whoever posted it", () => {
    const candidates = extractDetailed("Two men were arrested, according to a Facebook post from the Harbour Police.");
    expect(candidates.find((candidate) => candidate.kind === "quantity")?.attribution[0]?.name).toBe("Harbour Police");
  });
});
