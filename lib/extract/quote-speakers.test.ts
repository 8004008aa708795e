import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";
import { chainOf, proposalsIn } from "./testing";

const speakers = (text: string) => proposalsIn(text, "quote").map((candidate) => chainOf(candidate).join(" > "));

describe("who a quotation belongs to", () => {
  test("a name after the closing mark, with describing words or any verb after it", () => {
    expect(speakers("“We will not allow it,” the city’s police chief, Dana Ortiz, said.")).toEqual(["Dana Ortiz (originator)"]);
    expect(speakers("“Blocking highways is dangerous,” Jim Calder gave as an example.")).toEqual(["Jim Calder (originator)"]);
  });

  test("the one quoted as saying, passed on by whoever quoted them", () => {
    expect(speakers('"As many as 65 people have been killed," the Al-Manar daily reported quoting the ministry as saying.')).toEqual([
      "ministry (originator) > Al-Manar daily (relay)",
    ]);
  });

  test("an outlet credited after the quotation: (Via …)", () => {
    expect(speakers('"Heavy rains prevented rescue vehicles from reaching them." (Via Reuters)')).toEqual(["Reuters (originator)"]);
  });

  test("a pronoun and a verb before a colon", () => {
    expect(speakers('Spokesman Hassan al-Rawi said the damage was severe. He continued: "The hospital has no fuel."')).toEqual(["Hassan al-Rawi (originator)"]);
  });

  test("a quotation standing alone goes on from the person who spoke at the end of the paragraph before", () => {
    expect(
      speakers("Maria Lopez, 18, was walking near Central Park when officers stopped her, she said.\n\n“I just remember being thrown on the floor,”"),
    ).toEqual(["Maria Lopez (originator)"]);
  });

  test("a participle after the outlet told belongs to who told it", () => {
    expect(speakers('Ma Hao, a student, told the state news agency, Xinhua, adding that he had helped. "We need to help those alive first."')).toEqual([
      "Ma Hao (originator) > state news agency (relay)",
    ]);
  });
});

describe("who a figure comes from", () => {
  test("an owner described before a ministry names it: the coastal enclave's health ministry", () => {
    const [figure] = extractDetailed("At least 65 people have been killed since Monday, the coastal enclave’s health ministry said on Wednesday.");
    expect(figure?.attribution[0]?.name).toBe("coastal enclave’s health ministry");
  });

  test("a place after a preposition and a comma is not the subject of the verb after it", () => {
    const [figure] = extractDetailed("This week in Texas, estimates put the number of people still missing at more than 170.");
    expect(figure?.attribution).toEqual([]);
  });

  test("the sentence after the quotation saying whose words they were", () => {
    expect(
      speakers(
        "Colonel Ian Reed spoke first. John Smith, a retired general, advised the ministry.\n\n“The front will not stay quiet.” The words were Smith's.",
      ),
    ).toEqual(["John Smith (originator)"]);
  });

  test("a quotation that follows another is not theirs when someone else is named between", () => {
    expect(speakers('"We are ready," said Tomas Berg.\n\nJohn Smith has advised the ministry.\n\n"The front is quiet."')).toEqual([
      "Tomas Berg (originator)",
      "",
    ]);
  });

  test("a quotation reopened in the next paragraph goes on in the same voice", () => {
    expect(speakers('"We came with nothing," said Elena Petrova. "We will rebuild our homes.\n\n"And we will go back!"')).toEqual([
      "Elena Petrova (originator)",
      "Elena Petrova (originator)",
      "Elena Petrova (originator)",
    ]);
  });

  test("a quotation run over paragraphs is credited after its last part", () => {
    expect(
      speakers('"The first convoy reached the camp at dawn. The second was turned back.\n\n"We will try again tomorrow," said Ahmed Nouri, a driver.'),
    ).toEqual(["Ahmed Nouri (originator)", "Ahmed Nouri (originator)"]);
  });

  test("a name after a dash credits the quotation", () => {
    expect(speakers("“The airport is closed.” – Anna Kovalenko")).toEqual(["Anna Kovalenko (originator)"]);
  });

  test("a participle opening the sentence is not a name the pronoun could point to", () => {
    expect(speakers("Omar Haddad spoke to the BBC. Asked about the convoy, he said: “It will come.”")).toEqual(["Omar Haddad (originator)"]);
  });

  test("the issuer of a document named after an inverted verb", () => {
    expect(speakers("“All attacks were repelled,” read a statement from the Defence Ministry.")).toEqual(["Defence Ministry (originator)"]);
  });

  test("'she' is not the man described before her, nor 'he' the woman", () => {
    expect(speakers("“We are not leaving,” said Omar Haddad, who lost his house.\n\nElena Petrova, a teacher, stayed. “They must leave,” she said.")).toEqual([
      "Omar Haddad (originator)",
      "Elena Petrova (originator)",
    ]);
    expect(speakers("“We have nothing,” said Elena Petrova, a nurse who lost her home. Omar Haddad nodded. “We will help,” he said.")).toEqual([
      "Elena Petrova (originator)",
      "Omar Haddad (originator)",
    ]);
  });

  test("'it said' after a body that names itself", () => {
    expect(speakers("The Defence Ministry issued a statement on Monday. “All attacks were repelled,” it said.")).toEqual(["Defence Ministry (originator)"]);
  });

  test("a description naming no one after the quotation stands for the person named last", () => {
    expect(speakers("Omar Haddad lost his shop. “We have nothing left,” the 45-year-old said.")).toEqual(["Omar Haddad (originator)"]);
    expect(speakers("Omar Haddad lost his shop. “We have nothing left,” the father of three told reporters.")).toEqual(["Omar Haddad (originator)"]);
  });
});
