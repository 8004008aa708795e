import { describe, expect, test } from "vitest";
import { quotationSummary, quotationsIn } from "./testing";
import { readDocument } from "./text";

function quoted(text: string): string[] {
  const document = readDocument(text);
  return document.quotations.map((quotation) => text.slice(quotation.start, quotation.end));
}

const quotes = (text: string) => quotationsIn(text).map(quotationSummary);

describe("quotation marks", () => {
  test("a quotation reopened in the next paragraph, news style, is one quotation a paragraph", () => {
    expect(quoted("Colonel Ana Ruiz said: “We lost two vehicles.\n“The rest of the column got through.”")).toEqual([
      "We lost two vehicles.",
      "The rest of the column got through.",
    ]);
  });

  test("a quotation wrapped over hard line breaks runs to its closing mark, and its speaker comes after it", () => {
    const text = 'The agency said on Friday.\n"We have reports that thousands of\npeople crossed overnight," said Maria Lind, a spokeswoman.\n';
    expect(quoted(text)).toEqual(["We have reports that thousands of\npeople crossed overnight,"]);
    expect(quotes(text)).toContainEqual(expect.objectContaining({ kind: "quote", speaker: "Maria Lind" }));
  });

  test("single marks, guillemets and low-high marks; apostrophes are not marks", () => {
    expect(quoted("The minister called the move 'reckless' and the workers' union agreed.")).toEqual(["reckless"]);
    expect(quoted("He called it ‘a disgrace’ in the 1990s, and didn't say more.")).toEqual(["a disgrace"]);
    expect(quoted("Sie sagte: „Wir bleiben hier.“ Er sagte: «Nein.»")).toEqual(["Wir bleiben hier.", "Nein."]);
  });

  test("a partial quote in single marks is the speaker's statement; a quoted cross-head is nobody's", () => {
    expect(quotes("Senator Maria Lopez called the deployment 'reckless and illegal'.")).toEqual([
      { kind: "statement", words: "reckless and illegal", speaker: "Maria Lopez" },
    ]);
    expect(quotes("'Battlefield after bombardment'\nRescuers dug through the rubble on Sunday.")).toEqual([]);
  });

  test("a quotation that opens right after the last one, with nobody else named, keeps its speaker", () => {
    expect(quotes("“We are full,” said Omar Haddad, the camp director. “People keep arriving.”").map((quote) => quote.speaker)).toEqual([
      "Omar Haddad",
      "Omar Haddad",
    ]);
  });

  test("the speaker before a colon, after whom it was told to or where it was written", () => {
    const speakers = (text: string) => quotes(text).map((quote) => quote.speaker);
    expect(speakers('Mayor Anna Berg told reporters: "We have lost everything."')).toEqual(["Anna Berg"]);
    expect(speakers('Colonel Ivan Petrov told a news conference in Kyiv: "The line is holding."')).toEqual(["Ivan Petrov"]);
    expect(speakers('"We heard voices," one rescuer said.')).toEqual(["one rescuer"]);
  });

  test("a quotation in single marks gets its speaker after the closing mark, as a double one does", () => {
    expect(quotes("‘We will not leave,’ said Dr Ahmed Salem.").map((quote) => quote.speaker)).toEqual(["Ahmed Salem"]);
    expect(quotes("'We will not leave,' Ahmed Salem said.").map((quote) => quote.speaker)).toEqual(["Ahmed Salem"]);
  });

  test("a quotation opening a new sentence right after a spoken one is a quote in the same voice", () => {
    expect(quotes("“It is typical,” said Keith Still, a professor in the U.K. “The density is low.”")).toEqual([
      { kind: "quote", words: "It is typical,", speaker: "Keith Still" },
      { kind: "quote", words: "The density is low.", speaker: "Keith Still" },
    ]);
  });

  test("a few words quoted after a verb of judging or reporting are the source's statement", () => {
    expect(quotes("Critics slammed the plan as 'a disaster in the making'.")).toEqual([
      { kind: "statement", words: "a disaster in the making", speaker: "Critics" },
    ]);
    expect(quotes("Relief work slowed, according to broadcaster CCTV, which reported that teams are “refocusing on rehousing”.")[0]?.speaker).toBe("CCTV");
  });
});
