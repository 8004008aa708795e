// Quotation forms and speakers of wire copy and interviews (branch quotes4). Every sentence is invented.
import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";
import { quotationSummary, quotationsIn } from "./testing";
import { looksLikePerson } from "./source-kinds";
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

// Branch quotes5: speakers named by title, age, role or self-given name; whole quotations after "said";
// wrapped wire copy. Every sentence is invented.
describe("speakers by title, age, role and given name", () => {
  test("a title and a surname stand for the person named in full earlier", () => {
    expect(speakers('Clara Mendes runs the clinic in the valley. "We treated forty people," Ms Mendes said.')).toEqual(["Clara Mendes"]);
    expect(speakers('"The road is closed," said Mr Tomas Brandt, the engineer.')).toEqual(["Tomas Brandt"]);
  });

  test("'quoted X, a role, as saying' credits X, not the outlet", () => {
    expect(speakers('"The river is still rising," the Valley Herald quoted Piet Jansen, head of the rescue team, as saying.')).toEqual(["Piet Jansen"]);
  });

  test("an age in commas stands between a speaker named after a role and the verb", () => {
    expect(speakers('"The roof came down at midnight," another resident Lena Ortiz, 34, said.')).toEqual(["Lena Ortiz"]);
  });

  test("a body's possessive and a role before an inverted speaker's name", () => {
    expect(speakers('"Supplies will run out by Friday," said UNHCR\'s regional head of logistics, Marta Kowal.')).toEqual(["Marta Kowal"]);
  });

  test("a described speaker who gives a name is that name", () => {
    expect(speakers('"They took everything," said a farmer who gave only his first name, Yusuf.')).toEqual(["Yusuf"]);
    expect(speakers('"We ran to the hills," said a resident who identified herself as Sadia.')).toEqual(["Sadia"]);
  });

  test("'was the explanation of X' after a quotation credits X", () => {
    expect(speakers('"We do not count them," was the explanation of Colonel Ivo Marsh.')).toEqual(["Ivo Marsh"]);
  });

  test("a whole sentence quoted straight after 'said' is a quote; a few words after 'said it was' stay a statement", () => {
    expect(quotes("Captain Lee Harlan spoke to reporters. He said “despite the rumours, only four boats were lost in the storm.”")).toEqual([
      { kind: "quote", words: "despite the rumours, only four boats were lost in the storm.", speaker: "Lee Harlan" },
    ]);
    expect(quotes("Captain Lee Harlan spoke to reporters. He said it was “very difficult.”").map((quote) => quote.kind)).toEqual(["statement"]);
  });

  test("a role the known list lacks still makes a person of a person-shaped name; a body's description does not", () => {
    expect(looksLikePerson("Ana Ruiz", "coordinator for the district aid office")).toBe(true);
    expect(looksLikePerson("Open Doors", "progressive advocacy group")).toBe(false);
  });

  test("a quotation cut off in the text's last line, with no sentence break inside, is prose credited to the speaker before it", () => {
    const text =
      "Ana Ruiz, coordinator for the district aid office, said the camp was full.\n“We are expecting more families before the rains; some are still on the road and they are walk";
    expect(quotes(text)).toEqual([
      { kind: "quote", words: "We are expecting more families before the rains; some are still on the road and they are walk", speaker: "Ana Ruiz" },
    ]);
  });
});

describe("wrapped wire copy", () => {
  const wrapped = (body: string) =>
    `The commander of the northern brigade spoke to journalists in the\ncapital on Monday and repeated the figures given a day earlier by\nthe army and the police.\n${body}`;

  test("a plural's apostrophe at a wrapped line's end does not close or end the quotation", () => {
    const text = wrapped("Colonel Rui Sousa said\n“the fire was started by the Rebel Fighters’\nrockets, not by our soldiers, and only ten houses burned.”");
    expect(quotes(text)).toEqual([
      { kind: "quote", words: "the fire was started by the Rebel Fighters’\nrockets, not by our soldiers, and only ten houses burned.", speaker: "Rui Sousa" },
    ]);
  });

  test("a short line inside wrapped copy runs on into the next", () => {
    const text = wrapped("The Provincial Relief\nCommittee on Tuesday said ‘about 300 families’ had left their homes\nand were staying with relatives.");
    expect(quotes(text)).toEqual([{ kind: "statement", words: "about 300 families", speaker: "Provincial Relief Committee" }]);
  });
});

describe("chants, ranks and described speakers (branch quotes5)", () => {
  test("words chanted, shouted or sung are quotes of the chanters, one quotation or a list", () => {
    expect(quotes('Riot police lined the bridge while students kept chanting "Open the gates!" and "No more tuition!"')).toEqual([
      { kind: "quote", words: "Open the gates!", speaker: "students" },
      { kind: "quote", words: "No more tuition!", speaker: "students" },
    ]);
    expect(speakers('The Harbour Workers Union chanted slogans such as "Fair pay now" outside the port.')).toEqual(["Harbour Workers Union"]);
  });

  test("a police rank written as initials is a title, so the surname after it is the person named in full", () => {
    expect(speakers('ASP Kwame Ofori briefed the press. "We arrested forty suspects," ASP Ofori said.')).toEqual(["Kwame Ofori"]);
  });

  test("a described speaker followed by 'in a …' is the described person, not a phrase cut at the article", () => {
    expect(speakers('"We will come back," said a protester in a red scarf who would not give her name.')).toEqual(["a protester"]);
  });
});

describe("announced words and speakers from a place (branch quotes5)", () => {
  test("a clause announcing words to come, then a colon: its subject speaks", () => {
    expect(speakers('When ships are lost, the Coast Guard has only this to say: "Two vessels sank overnight."')).toEqual(["Coast Guard"]);
    expect(speakers('Mayor Ines Duarte put it this way: "We will rebuild every school."')).toEqual(["Ines Duarte"]);
  });

  test("one name and the place the speaker is from, right after 'said', is a person 'she' can stand for", () => {
    const text =
      'Families sheltered near the Orvano river. "Our street is under water," said Devika of Maravur on the river bank. "The wells are spoiled too," she said.';
    expect(speakers(text)).toEqual(["Devika", "Devika"]);
  });
});

describe("fragments that run on and words owned by a possessive (branch quotes5)", () => {
  test("a quotation followed straight by more of the writer's words in lower case is a fragment, not a quote", () => {
    expect(
      quotes("The storm hit at dawn.\n- Mayor Ruiz’s Promise: “Nobody will be left behind” in the shelters\n- Roads: closed").map((quote) => quote.kind),
    ).toEqual(["statement"]);
    expect(quotes('Forecasters spoke on Sunday. "Heavy rain and hail" were expected later over the coast.')).toEqual([]);
  });

  test("words owned by a possessive before a noun of saying are the owner's", () => {
    expect(quotes("The council met on Monday. Ana Ruiz’s message, “stay indoors”, was repeated on the radio.")).toEqual([
      { kind: "statement", words: "stay indoors", speaker: "Ana Ruiz" },
    ]);
  });
});

describe("statements: the verb whose speaker is found (branch quotes5)", () => {
  test("a nearer verb with no speaker gives way to an earlier one", () => {
    expect(quotes("General Mara Voss said the mission, called Operation Clear Harbour, is to “secure the river crossings” by June.")).toEqual([
      { kind: "statement", words: "secure the river crossings", speaker: "Mara Voss" },
    ]);
  });

  test("verbs of stressing a point frame a few quoted words", () => {
    expect(quotes("The Relief Agency stressed that the figures are early and the situation remains “fragile and fast-moving”.")).toEqual([
      { kind: "statement", words: "fragile and fast-moving", speaker: "Relief Agency" },
    ]);
  });

  test("a quotation right after 'called by' is a name, not an earlier speaker's words", () => {
    expect(quotes('Organisers said 5,000 people came to the rally, called by "Open Borders," a network of groups.')).toEqual([]);
  });
});

describe("nationality adjectives (branch quotes5)", () => {
  test("a country's adjective is nobody 'she' can stand for", () => {
    expect(looksLikePerson("Syrian", null)).toBe(false);
    expect(looksLikePerson("Ukrainian", null)).toBe(false);
    const text = 'Health Minister Lina Haddad spoke in Ramallah. The figure matched Israeli tallies. The clinics are in a "desperate" state, she said.';
    expect(speakers(text)).toEqual(["Lina Haddad"]);
  });
});
