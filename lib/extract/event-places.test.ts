import { describe, expect, test } from "vitest";
import { extractDetailed } from "./index";
import { locationsIn } from "./testing";

const places = (text: string) => locationsIn(text).map(({ text: words, place }) => ({ words, place }));

describe("places of reported events", () => {
  test("run from the event's words to the place", () => {
    expect(places("On Saturday, thousands of people marched in downtown Lyon against the reform.")).toEqual([
      { words: "thousands of people marched in downtown Lyon", place: "Lyon" },
    ]);
    expect(places("Rescuers were still searching for survivors under the rubble in Qinghai on Friday.")[0]?.place).toBe("Qinghai");
  });

  test("name sites by their kind: squares, camps, hospitals, borders", () => {
    expect(places("Protesters gathered at Republic Square before noon.")[0]?.place).toBe("Republic Square");
    expect(places("The injured were taken to Mercy General Hospital.")[0]?.place).toBe("Mercy General Hospital");
    expect(places("The army said 800 troops were sent to the southern border.")[0]?.words).toContain("the southern border");
  });

  test("name an area the gazetteer lacks by the administrative word after it", () => {
    expect(places("Rescuers evacuated 35 people from Kolomo village on Sunday.")[0]?.place).toBe("Kolomo village");
    expect(places("The floods damaged 300 houses in the Tarvik and Ossel districts.")[0]?.place).toBe("Tarvik and Ossel districts");
    expect(places("Water flooded 120 homes in the Naru area overnight.")[0]?.place).toBe("Naru area");
    // A description is no name; a longer name is a body's.
    expect(places("Many had fled from Zorish-speaking towns after the attacks.")).toEqual([]);
    expect(places("A report from the Varlan State Disaster Management Authority said 20 people were rescued.")).toEqual([]);
  });

  test("read past a word that says what struck the place, and a landfall as an event", () => {
    expect(places("The death toll in storm-battered Qinghai rose to 40 on Friday.")[0]?.place).toBe("Qinghai");
    expect(places("The cyclone made landfall on Tarvik Island early on Monday, officials said.")[0]?.place).toBe("Tarvik Island");
  });

  test("a line cut off mid-phrase is read as a sentence, not skipped as a headline", () => {
    expect(places("Officials counted 3,000 demonstrators in Lyon, 1,200 in Tours or 900 in").map((found) => found.place)).toEqual(["Lyon", "Tours"]);
    expect(places("Thousands march in Lyon")).toEqual([]);
  });

  test("resolve a place named again by its kind and whose it is to the place named before", () => {
    const found = places("Police detained 40 people in Vilnius on Sunday.\n\nLater, 3,000 people marched in the Lithuanian capital.");
    expect(found.at(-1)).toEqual({ words: "3,000 people marched in the Lithuanian capital", place: "Vilnius" });
    // The dateline's town, when no event was placed before.
    expect(places("VILNIUS (Agency) — At least 30 people were detained at a rally in the Lithuanian capital on Saturday.")[0]?.place).toBe("Vilnius");
    // A bare "the region" names no place of its own.
    expect(places("Floods struck Tarvik Island.\n\nAid workers were sent across the region.").map((entry) => entry.place)).toEqual(["Tarvik Island"]);
  });

  test("a place after officials or organizers is where the source sits, unless they were told of the event", () => {
    expect(places("Organizers in Tours said 4,000 people marched on Saturday.")).toEqual([]);
    expect(places("Twelve people were reported missing to officials in Tarvik County.")[0]?.place).toMatch(/^Tarvik county$/i);
  });

  test("read past a possessive before the place", () => {
    expect(places("The government sent 1,500 soldiers to its Tarvik region on Monday.")[0]?.place).toBe("Tarvik region");
  });

  test("start on the event, never on the verb that reports it", () => {
    expect(places("The regional ministry said about 2,000 soldiers had arrived at the border on Monday.")[0]?.words).toBe(
      "about 2,000 soldiers had arrived at the border on Monday",
    );
    expect(places("Officials reported that dozens of people were killed in Kharkiv.")[0]?.words).not.toMatch(/^(reported|that)\b/);
  });

  test("say how precise the place is: a site is a spot, a river or border an area", () => {
    const precision = (text: string) => extractDetailed(text).find((candidate) => candidate.kind === "location")?.placePrecision;
    expect(precision("Protesters gathered at Republic Square before noon.")).toBe("exact");
    expect(precision("Rescue teams were searching along the Guadalupe River.")).toBe("region");
    expect(precision("Thousands of people marched in downtown Lyon.")).toBe("city");
  });

  test("join the places a clause lists", () => {
    expect(places("Troops are set to arrive in Tucson, Arizona, and Laredo this week.")[0]?.words).toBe(
      "Troops are set to arrive in Tucson, Arizona, and Laredo this week",
    );
  });

  test("keep the event a relative clause tells", () => {
    expect(places("A farmer from Ankang County, where most of the deaths occurred, spoke to us.")[0]?.words).toContain("where most of the deaths occurred");
  });

  test("are not where a source spoke, worked or was named, nor a background event", () => {
    expect(places("The spokesman told reporters in Geneva that 1,600 refugees had crossed.")).toEqual([]);
    expect(places("Deaths were counted by a professor at the University of Leeds.")).toEqual([]);
    expect(places("Kim sent greetings to Vladimir Putin on his birthday.")).toEqual([]);
    expect(places("In 2010, a quake in Qinghai killed 3,000 people.")).toEqual([]);
    expect(places("The committee met in Lyon to discuss the budget.")).toEqual([]);
    expect(places("Mourners place flowers for the dead along the Guadalupe River. Photo: AP")).toEqual([]);
  });

  test("are not proposed for an unnamed place without forces", () => {
    expect(places("Residents fled to the border as the fighting spread.")).toEqual([]);
  });

  test("a whole country is proposed once, where the report first ties an event to it", () => {
    expect(places("Thousands of herders crossed into Mongolia overnight. Later, more herders crossed into Mongolia.")).toEqual([
      { words: "Thousands of herders crossed into Mongolia overnight", place: "Mongolia" },
    ]);
    expect(places("Drones struck targets in Estonia, and 40 people were hurt in Tallinn.").map((found) => found.place)).toEqual(["Tallinn"]);
    // "to" makes a country a destination only of a movement.
    expect(places("The treaty handed the port to Portugal after years of fighting.")).toEqual([]);
    expect(places("Rescue teams were sent to Peru after the landslide.")[0]?.place).toBe("Peru");
  });

  test("'on' places a town or country only after an attack; 'fled' and 'left' take their place directly", () => {
    expect(places("Overnight air strikes on Odesa killed four people.")[0]?.words).toBe("Overnight air strikes on Odesa");
    expect(places("The debate on Lisbon housing went on all night.")).toEqual([]);
    expect(places("More than 9,000 families have fled Sudan since April.")[0]?.place).toBe("Sudan");
  });

  test("small towns after a strictly locative word, never a month or a day", () => {
    expect(places("Three people were killed near Hunt when the river rose.")[0]?.place).toBe("Hunt");
    expect(places("Protests broke out in March after the vote.")).toEqual([]);
  });

  test("an administrative word makes a place of an unknown name, not of an institution", () => {
    expect(places("The storm that hit Qarvendi province killed nine people.")[0]?.place).toBe("Qarvendi province");
    expect(places("Floods struck the two counties of Varnovo and Ostrel, officials said.")[0]?.place).toBe("Varnovo county");
    expect(places("Looters were arrested in the Interior Ministry district overnight.")).toEqual([]);
  });

  test("a relative clause's subject, a weekday after the place, 'Gaza City', a compass word and an owner before it", () => {
    expect(places("The death toll from the quake that hit Sichuan Monday rose again.")[0]?.words).toBe("death toll from the quake that hit Sichuan");
    expect(places("Shelling killed six people west of Gaza City.")[0]?.place).toBe("Gaza City");
    expect(places("Aftershocks damaged homes in northwest China's Gansu province.")[0]?.place).toBe("Gansu province");
  });

  test("when belongs to where: a day or a recent span right after the place", () => {
    expect(places("About 4,000 people crossed into Chad in the past 48 hours, the agency said.")[0]?.words).toBe(
      "About 4,000 people crossed into Chad in the past 48 hours",
    );
    expect(places("Flowers were left at the Camp Ridgeway summer camp where the girls died.")[0]?.words).toContain("Camp Ridgeway summer camp");
  });

  test("a name no gazetteer holds is a place after a strictly locative word, unless it describes a noun or names a body", () => {
    expect(places("Shelling damaged homes near Zorvanka, officials said.")[0]?.place).toBe("Zorvanka");
    expect(places("Nine people were wounded in Israeli strikes overnight.")).toEqual([]);
    expect(places("Protesters were arrested in Parliament on Tuesday.")).toEqual([]);
    expect(places("Police detained 12 people in NATO offices.")).toEqual([]);
  });

  test("an apposition says where a town lies, and the area it names becomes the story's place", () => {
    const text = "The quake's epicenter was in Ostrava Nova, a town in the county of Belgrove, officials said.\n\nThe toll rose to 80.";
    expect(places(text)[0]?.words).toContain("a town in the county of Belgrove");
    expect(extractDetailed(text).find((candidate) => candidate.text === "80")?.scopePlace).toBe("Belgrove county");
  });

  test("'the X area' and names with particles ('Agusan del Sur') are places", () => {
    expect(places("Gunmen ambushed a convoy in the Torvali area of the district.")[0]?.place).toBe("Torvali area");
    expect(places("Floods destroyed 900 houses in the provinces of Rio del Oro and Cabo Verde Norte.")[0]?.place).toBe("Rio del Oro province");
  });

  test("'the town of X' vouches for a name no list holds", () => {
    expect(places("Explosions were reported near the town of Zorvanka.")[0]?.place).toBe("Zorvanka");
  });

  test("an area word with 'of' introduces the place", () => {
    expect(places("Helicopters searched the flood-stricken landscape of central Montana for survivors.")[0]?.place).toBe("Montana");
  });

  test("'countries including X, Y and Z' lists the places", () => {
    expect(places("People fleeing the fighting are heading to neighboring countries including Chad, Niger and Mali.")[0]).toEqual({
      words: "People fleeing the fighting are heading to neighboring countries including Chad, Niger and Mali",
      place: "Chad",
    });
  });

  test("a place naming a body or its officials is a source, not where", () => {
    expect(places("Rioting was reported to Lyon city officials on Friday.")).toEqual([]);
  });

  test("an event told anywhere in the sentence places it; an administrative word with 'of' introduces the place", () => {
    expect(places("The quake's epicenter, the agency said, is about 18 miles southwest of Zhaotong.")[0]?.place).toBe("Zhaotong");
    expect(places("Floods displaced 2,000 families across Sindh province.")).toEqual([
      { words: "Floods displaced 2,000 families across Sindh province", place: "Sindh province" },
    ]);
    expect(places("Its epicenter was in a town in the county of Ludian.")[0]?.place).toBe("Ludian county");
  });

  test("a place that owns a source, or follows 'according to', is not where anything happened", () => {
    expect(places("According to the Gaza Strip’s Ministry of Health, 950 people were killed.")).toEqual([]);
  });

  test("a compass word of any length may open the place", () => {
    expect(places("A blaze tore through a camp in north-western Tarvania, officials said.")[0]?.place).toBe("Tarvania");
    expect(places("Hundreds were left homeless after a fire swept a camp in southeastern Bangladesh.")[0]?.place).toBe("southeastern Bangladesh");
  });

  test("storms, fires and aftershocks tell an event; verbs of attack and disaster take the place as object", () => {
    expect(places("The cyclone lashed the port city of Beira with heavy rain.")[0]?.place).toBe("Beira");
    expect(places("Artillery kept shelling Nikopol, a city along the Dnipro River, overnight.")[0]?.words).toContain(
      "shelling Nikopol, a city along the Dnipro River",
    );
    expect(places("Drones attacked the Zarvin region on Monday.")[0]?.place).toBe("Zarvin region");
    expect(places("Aftershocks continued to shake Ishikawa prefecture on Tuesday.")[0]?.place).toBe("Ishikawa prefecture");
  });

  test("'hardest hit was X' names the place after the verb", () => {
    expect(places("Hardest hit was Ordan County, where most of the deaths occurred.")[0]?.place).toBe("Ordan county");
    expect(places("The worst-hit area was Pelsky district.")[0]?.place).toBe("Pelsky district");
  });

  test("a settlement's kind with 'of' vouches for any name; a town's own word vouches for a town without a population", () => {
    expect(places("Walls collapsed in the seaside community of Vila Sorra, where 20 people died.")[0]?.place).toBe("Vila Sorra");
    expect(places("He returned to the home town of Marlon Brandt after the floods.")).toEqual([]);
    expect(places("Twenty-four people died in nearby Wajima city.")[0]?.place).toBe("Wajima");
    expect(places("A large part of the hill collapsed on Malin before dawn.")[0]?.place).toBe("Malin");
  });

  test("a numbered camp is a site", () => {
    expect(places("The fire erupted in Camp 14 late on Sunday.")[0]?.place).toBe("Camp 14");
  });

  test("a place that opens its clause places the event told after it, not a source's words", () => {
    expect(places("In northern Varsk Oblast, artillery shelled a school before dawn.")[0]?.words).toBe("In northern Varsk Oblast, artillery shelled");
    expect(places("The storm killed 40 in Tarvania, while in Malawi 12 people died in the rains.").map((found) => found.words)).toContain(
      "while in Malawi 12 people died",
    );
    expect(places("In Texas, several hundred people were reported missing.")).toEqual([]);
    expect(places("In central Varsk Oblast, Governor Ilya Denko said the shelling went on.")).toEqual([]);
  });

  test("settlements listed as struck are each a place, when the list holds a known town", () => {
    const text = "Drones attacked the Kherson region on Monday.\n\nZorivka, Malyi Dar, Beryslav and Kherson came under enemy fire overnight.";
    expect(places(text).map((found) => found.place)).toEqual(["Kherson region", "Zorivka", "Malyi Dar", "Beryslav", "Kherson"]);
    expect(places("Smith, Jones, Brown and Taylor came under fire from critics.")).toEqual([]);
  });

  test("'outside of' places an event; a nationality's border is a named border; 'the Varsk town of' vouches for the name", () => {
    expect(places("The blaze started on a farm outside of Tamberley on Sunday.")[0]).toEqual({
      words: "The blaze started on a farm outside of Tamberley on Sunday",
      place: "Tamberley",
    });
    expect(places("Shelling killed 14 people near the Turkish border on Friday.")[0]?.place).toBe("Turkish border");
    expect(places("Jets struck the Halvo displacement camp near the Syrian town of Sarmada, killing 12.").map((found) => found.words)).toEqual([
      "Jets struck the Halvo displacement camp near the Syrian town of Sarmada",
    ]);
  });

  test("a poisoning or an outbreak is an event; so is a transfer to hospital", () => {
    expect(places("Some 60 guests were poisoned in Dorvin Village on Monday.")[0]?.place).toBe("Dorvin");
    expect(places("Nine patients were transferred to a clinic in Aswan after the meal.")[0]?.place).toBe("Aswan");
  });

  test("'the village' refers back to the village the text named, never to another kind of place", () => {
    // A paragraph proposes a place once; the next paragraph's event there is proposed again.
    const text = "A shell hit the village of Qara Tepe on Monday, officials said.\n\nTwo people were injured near a school in the village.";
    expect(places(text).map((found) => [found.words, found.place])).toEqual([
      ["A shell hit the village of Qara Tepe on Monday", "Qara Tepe"],
      ["people were injured near a school in the village", "Qara Tepe"],
    ]);
    expect(places("A shell hit Varsk Oblast on Monday, officials said.\n\nTwo people were injured near a school in the village.")).toHaveLength(1);
  });

  test("a place that ends a body's name, sits in a source's phrase or is described after a place is no event's place", () => {
    expect(places("The Varsk Assistance Mission in Tarvania condemned the killing of nine civilians.")).toEqual([]);
    expect(places("Officials of the Office of Civil Defense in the Tarvik region said 30 people died.")).toEqual([]);
    expect(places("Three were arrested, according to a post from the Spokane Police Department.")).toEqual([]);
    expect(places("Twenty people were treated, a spokesman for the District of Columbia Fire Department said.")).toEqual([]);
    expect(places("Fire crews evacuated 300 people near Oakhurst, a hill community south of Yosemite National Park.").map((found) => found.place)).toEqual([
      "Oakhurst",
    ]);
  });

  test("what never or usually happens somewhere is not a report's event", () => {
    expect(places("Tarvania almost never claims responsibility for attacks inside Varsk.")).toEqual([]);
  });

  test("a 'where' clause joins the place only when the words before it tell no event; a bearing after a comma describes the place", () => {
    expect(places("A village elder in Tarvik County, where most of the deaths occurred, told reporters.")[0]?.words).toBe(
      "A village elder in Tarvik County, where most of the deaths occurred",
    );
    expect(places("The storm flattened homes in the hamlet of Dorvo Nova, where residents said 20 people died.")[0]?.words).toBe(
      "The storm flattened homes in the hamlet of Dorvo Nova",
    );
    expect(places("Six people were rescued from the mud in Kolomo village, near the city of Pune in Maharashtra state.")).toEqual([
      { words: "people were rescued from the mud in Kolomo village", place: "Kolomo village" },
    ]);
  });

  test("the event starts after the verb that reports it; a crowd that turned out is an event", () => {
    expect(places("On Monday, Governor Ilya Denko said Russian troops kept shelling Kharkiv, officials added.")[0]?.words).toBe(
      "Russian troops kept shelling Kharkiv",
    );
    expect(places("In Montreal, similar numbers turned out on Saturday.")[0]?.words).toBe("In Montreal, similar numbers turned out");
  });

  test("the country a place lies in is not joined to it, nor proposed again", () => {
    expect(places("The storm killed 12 in Kolomo province in the southern Philippines on Friday.").map((found) => found.words)).toEqual([
      "The storm killed 12 in Kolomo province",
    ]);
  });

  test("where people were evacuated or fled from is a place, and so is each name the list goes on with", () => {
    expect(places("Rescuers evacuated 17 people from Dorvosa on Sunday.")[0]?.place).toBe("Dorvosa");
    expect(places("Residents were evacuated from Abula-Oke, Utchi-Ora and Utchi-Dene communities.")[0]?.words).toBe(
      "Residents were evacuated from Abula-Oke, Utchi-Ora",
    );
    expect(places("The regiment sent 400 troops from Dorvosa to the front.").map((found) => found.place)).not.toContain("Dorvosa");
  });

  test("'in the county' refers back to the county the text named", () => {
    const text = "Floods swept through Tarvik County on Monday, officials said.\n\nAnother 150 people in the county were injured.";
    expect(places(text).map((found) => found.words)).toEqual(["Floods swept through Tarvik County on Monday", "Another 150 people in the county"]);
  });

  test("a news conference in 'the X city of Y' is where a source spoke", () => {
    const text = "Troops launched a new phase of the offensive in Kharkiv, the minister told a news conference in the West Bank city of Nablus.";
    expect(places(text).map((found) => found.place)).toEqual(["Kharkiv"]);
    expect(places("Floods killed 40 people in the West Bank city of Nablus on Monday.")).toHaveLength(1);
  });

  test("each count of a list by place is its own event, the last one after 'and' too", () => {
    expect(places("Officials said the floods killed 30 people in Tarvik, 12 in Ossel and 9 in Marn.")).toEqual([
      { words: "the floods killed 30 people in Tarvik", place: "Tarvik" },
      { words: "12 in Ossel", place: "Ossel" },
      { words: "9 in Marn", place: "Marn" },
    ]);
    // "and" before anything but a count joins the clause as before.
    expect(places("Rescuers searched the rubble in Tarvik and the hills in Ossel.")[1]?.words).not.toMatch(/^the hills/);
  });

  test("a share of a place ('much of', 'parts of') places the event in that place", () => {
    expect(places("Storms swept through much of Kenya as 30 more died overnight.")[0]?.place).toBe("Kenya");
    expect(places("Floods wrought havoc across much of Pakistan, killing 40 people.")).toEqual([
      { words: "Floods wrought havoc across much of Pakistan", place: "Pakistan" },
    ]);
  });

  test("a place that opens its clause and records or accounts for a count is where the counted are", () => {
    expect(places("Ossel Province has recorded 32 new cholera cases since August.")).toEqual([
      { words: "Ossel Province has recorded 32 new cholera cases since August", place: "Ossel province" },
    ]);
    const text =
      "Gauteng Province accounts for most of the cases, with 176 reported.\nFree State Province accounts for 6%, with 11 cases, North West has recorded 5 cases.";
    expect(places(text).map((found) => found.place)).toEqual(["Gauteng province", "Free State province", "North West"]);
    // A body is no place, and a clause without a count is no count.
    expect(places("The Health Ministry has recorded 40 cases.")).toEqual([]);
    expect(places("Kenya has reported progress in the talks.")).toEqual([]);
  });

  test("'the X border city of Y' names the city; people camping there are an event", () => {
    expect(places("Hundreds of refugees are camping in the Varlish border city of Tijuana, hoping to cross.")).toEqual([
      { words: "Hundreds of refugees are camping in the Varlish border city of Tijuana", place: "Tijuana" },
    ]);
    expect(places("Soldiers massed at the Turkish border on Monday.")[0]?.place).toBe("Turkish border");
  });

  test("a list after 'the provinces are' or 'the districts include' is a list of where", () => {
    expect(places("The affected provinces are Tarvik, Ossel and Marnova.").map((found) => found.place)).toEqual(["Tarvik", "Ossel", "Marnova"]);
    expect(places("The worst-hit districts include Bajura, Ossel and Marnova.").map((found) => found.place)).toEqual(["Bajura", "Ossel", "Marnova"]);
    // "are" after any other noun introduces no place.
    expect(places("The affected families are Tarvik, Ossel and Marnova residents.")).toEqual([]);
  });

  test("a place set off by a comma at the end of a long clause is where that clause's event happened", () => {
    expect(places("Militia fighters attacked army posts overnight and killed dozens of villagers near the highway, in Tarvik and Ossel townships.")).toEqual([
      { words: "in Tarvik and Ossel townships", place: "Tarvik" },
    ]);
    expect(places("Gunmen killed six farmers near the river, in Marnova Township.")).toEqual([{ words: "in Marnova Township", place: "Marnova township" }]);
    // A clause with no event, and a movement's "to" after a comma, place nothing.
    expect(places("The council met its members last week, in Marnova Township.")).toEqual([]);
  });

  test("a name at the end of a sentence leaves the full stop out", () => {
    expect(places("Troops killed 12 civilians in the Syrian town of Varnikov.")).toEqual([
      { words: "Troops killed 12 civilians in the Syrian town of Varnikov", place: "Varnikov" },
    ]);
  });
});
