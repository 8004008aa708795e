// Quotations whose speaker is found by a cue beside them rather than a verb of saying next to
// the marks (branch quotes7): relayed words, a speaker shown addressing an audience, words after
// a dash, a continued quotation, marks set by a careless converter. Invented sentences only.
import { describe, expect, test } from "vitest";
import { quotationSummary, quotationsIn } from "./testing";

const summaries = (text: string) => quotationsIn(text).map(quotationSummary);

describe("quotation marks set by a careless converter", () => {
  test("a right mark at a word's start opens a quotation", () => {
    expect(summaries("Dana Ruiz spoke to the crowd. ”We will not leave,” she said.")).toEqual([
      { kind: "quote", words: "We will not leave,", speaker: "Dana Ruiz" },
    ]);
  });

  test("a straight mark closes a curly one and a curly one a straight one", () => {
    expect(summaries('Omar Bell said: “The roof is gone." Later he added: "We need tents.”')).toEqual([
      { kind: "quote", words: "The roof is gone.", speaker: "Omar Bell" },
      { kind: "quote", words: "We need tents.", speaker: "Omar Bell" },
    ]);
  });
});

describe("a speaker after a closing guillemet", () => {
  test("is found as after a closing double mark", () => {
    expect(summaries("«We have counted 45 dead so far,» said acting Interior Minister Rosa Delgado.")).toEqual([
      { kind: "quote", words: "We have counted 45 dead so far,", speaker: "Rosa Delgado" },
    ]);
    expect(summaries("«The road is open again,» Rosa Delgado told reporters.").map((found) => found.speaker)).toEqual(["Rosa Delgado"]);
  });
});

describe("relayed words belong to who first said them", () => {
  test("the nearer of two frames before the quotation speaks; the farther passes it on", () => {
    expect(summaries("Police said Sgt. Ray Cole reported: “The van drove off at speed.”")).toEqual([
      { kind: "quote", words: "The van drove off at speed.", speaker: "Ray Cole" },
    ]);
    expect(summaries("Police said the commander reported: “The van drove off at speed.”").map((found) => found.speaker)).toEqual(["commander"]);
  });

  test("whom the words were told to, then a comma, before the quotation", () => {
    expect(summaries("Officials said the commander told them, “I lost both engines over the lake.”")).toEqual([
      { kind: "quote", words: "I lost both engines over the lake.", speaker: "commander" },
    ]);
  });

  test("a fragment with its speaker right after the closing mark is that speaker's, not the subject of the verb before it", () => {
    expect(summaries("Residents accused the council of “doing nothing”, Ann Rowe said.")).toEqual([
      { kind: "statement", words: "doing nothing", speaker: "Ann Rowe" },
    ]);
  });
});

describe("a quotation standing alone, its speaker shown addressing an audience beside it", () => {
  test("in the sentence before", () => {
    expect(summaries("Linda Howe, the regional governor, spoke at a press briefing on Monday. “We have lost everything in the valley.”")).toEqual([
      { kind: "quote", words: "We have lost everything in the valley.", speaker: "Linda Howe" },
    ]);
    expect(summaries("Fire chief Ana Lind addressed the crews from the quay.\n\n“Stay in port until the wind drops.”")).toEqual([
      { kind: "quote", words: "Stay in port until the wind drops.", speaker: "Ana Lind" },
    ]);
  });

  test("in the sentence after, when the quotation opens the paragraph", () => {
    expect(summaries("“The worst is behind us.” Mayor Ken Ito held a news conference at the town hall.")).toEqual([
      { kind: "quote", words: "The worst is behind us.", speaker: "Ken Ito" },
    ]);
  });

  test("a sentence that only names someone, with no audience, gives no speaker", () => {
    expect(summaries("Ken Ito drove to the town hall on Monday. “The worst is behind us.”").map((found) => found.speaker)).not.toContain("Ken Ito");
  });
});

describe("a relative clause between a speaker's name and the verb", () => {
  test("'whose …' and 'a teacher whose …' describe the speaker; the verb after them is theirs", () => {
    const lone = "“Where is the help? We have waited three days.”";
    expect(summaries(`Dana Ruiz, whose home was flooded, said she was angry. ${lone}`).map((found) => found.speaker)).toEqual(["Dana Ruiz"]);
    expect(summaries(`Dana Ruiz, a teacher whose home was flooded, said she was angry. ${lone}`).map((found) => found.speaker)).toEqual(["Dana Ruiz"]);
  });
});

describe("words after a dash", () => {
  test("holding a whole sentence, they are the speaker's quote whatever their first letter", () => {
    expect(summaries('Jane Moss, a neighbour, said the family had lost everything - "so please help them. They need clothes and food."')).toEqual([
      { kind: "quote", words: "so please help them. They need clothes and food.", speaker: "Jane Moss" },
    ]);
  });

  test("a few words after a dash stay a fragment", () => {
    expect(summaries('Jane Moss said the damage was large - "very large" - but nobody was hurt.').map((found) => found.kind)).not.toContain("quote");
  });
});

describe("a quotation that goes on after a spoken one keeps its voice", () => {
  test("even when the sentence before names whom it was told to", () => {
    const text =
      "Some 20 people were arrested, according to the Harbor Times. Police put the crowd at 2,000, the Daily Star reported. " +
      "“We had to close the road,” Captain Lee Moran told the wire service. “It got very tense.”";
    expect(summaries(text).map((found) => found.speaker)).toEqual(["Lee Moran", "Lee Moran"]);
  });

  test("but not when a body is named between the two", () => {
    const text =
      "“The bridge will hold.” The words were Hale's.\n\nThe Water Board said in a statement that it had closed the dam. “All gates are shut,” the statement read.";
    expect(summaries(text).map((found) => found.speaker)).toEqual(["Hale", "Water Board"]);
  });
});
