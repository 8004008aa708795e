// The founding report and its claims, entered by hand: the demo data, and the reference
// the extraction engine is measured against. Offsets are UTF-16 positions in the text
// (fixtures/seed-article.txt); lib/demo/seed-data.test.ts and the seed itself check that
// every anchor's words are exactly the text between its offsets.
import type { ClaimKind, Confidence, HopRole, Measure, Modality, PlacePrecision, Qualifier, SourceKind, Stance } from "../domain/vocabulary";

export type DemoSource = {
  slug: string;
  name: string;
  kind: SourceKind;
  country: string | null;
  parent?: string;
  aliases: string[];
  description?: string;
  homepage?: string;
};

export type DemoHop = { source: string; role: HopRole; verb: string };

export type DemoClaim = {
  key: string;
  kind: ClaimKind;
  statement: string;
  anchor: { exact: string; start: number; end: number };
  quantity?: { value: number; lower?: number; upper?: number; qualifier: Qualifier; unit: string; measure: Measure };
  modality: Modality;
  stance: Stance;
  place?: { name: string; latitude: number; longitude: number; precision: PlacePrecision; relation: string };
  chain: DemoHop[];
  inTopic: boolean;
  confidence: Confidence;
  notes?: string;
};

export const foundingReport = {
  title: "North Korea sends troops to aid Russia’s war in Ukraine: Seoul",
  // The snapshot names no outlet, URL, author or date. The date is that of the NIS
  // briefing it reports (18 October 2024); the rest is left empty rather than guessed.
  publishedAt: "2024-10-18",
  language: "en",
  fixture: "fixtures/seed-article.txt",
} as const;

export const demoTopic = {
  slug: "north-korean-troops-sent-to-russia",
  title: "North Korean troops sent to Russia",
  description: "How many North Korean soldiers were planned, prepared or confirmed as sent to Russia for its war against Ukraine.",
  measure: "North Korean troops sent to Russia",
  unit: "troops",
} as const;

export const demoSources: DemoSource[] = [
  { slug: "government-of-south-korea", name: "Government of South Korea", kind: "government", country: "KR", aliases: ["Seoul", "South Korean government"] },
  {
    slug: "national-intelligence-service",
    name: "National Intelligence Service",
    kind: "intelligence_service",
    country: "KR",
    parent: "government-of-south-korea",
    aliases: [
      "NIS",
      "National Intelligence Service",
      "Seoul’s National Intelligence Service",
      "Seoul’s spy agency",
      "South Korea’s intelligence agency",
      "South Korean intelligence",
    ],
    description: "South Korea's foreign and domestic intelligence agency.",
    homepage: "https://www.nis.go.kr",
  },
  {
    slug: "yonhap-news-agency",
    name: "Yonhap News Agency",
    kind: "news_agency",
    country: "KR",
    aliases: ["Yonhap", "South Korea’s Yonhap News Agency"],
    description: "South Korea's largest news agency.",
    homepage: "https://en.yna.co.kr",
  },
  {
    slug: "yoon-suk-yeol",
    name: "Yoon Suk Yeol",
    kind: "official",
    country: "KR",
    parent: "government-of-south-korea",
    aliases: ["Yoon", "President Yoon Suk Yeol", "South Korean President Yoon Suk Yeol"],
    description: "President of South Korea at the time of the report.",
  },
  { slug: "government-of-ukraine", name: "Government of Ukraine", kind: "government", country: "UA", aliases: ["Kyiv", "Ukrainian government"] },
  {
    slug: "volodymyr-zelensky",
    name: "Volodymyr Zelensky",
    kind: "official",
    country: "UA",
    parent: "government-of-ukraine",
    aliases: ["Zelensky", "Zelenskyy", "President Zelensky", "Ukrainian President Volodymyr Zelensky"],
    description: "President of Ukraine.",
  },
  {
    slug: "ukrainian-intelligence",
    name: "Ukrainian intelligence",
    kind: "intelligence_service",
    country: "UA",
    parent: "government-of-ukraine",
    aliases: ["Ukrainian intelligence", "Ukraine’s intelligence services"],
    description: "Ukraine's intelligence services, as cited without naming a single agency.",
  },
  {
    slug: "bbc-russian",
    name: "BBC Russian",
    kind: "media_outlet",
    country: "GB",
    aliases: ["BBC Russian Service", "Русская служба Би-би-си"],
    homepage: "https://www.bbc.com/russian",
  },
  {
    slug: "reports-from-russias-far-east",
    name: "Reports from Russia’s Far East",
    kind: "anonymous",
    country: "RU",
    aliases: ["reports from Russia’s Far East"],
    description: "Unattributed local reports, as relayed by BBC Russian.",
  },
  {
    slug: "unnamed-sources",
    name: "Unnamed sources",
    kind: "anonymous",
    country: null,
    aliases: ["sources"],
    description: "Sources a report cites without naming them.",
  },
  {
    slug: "defence-express",
    name: "Defence Express",
    kind: "media_outlet",
    country: "UA",
    aliases: ["Ukraine’s Defence Express"],
    homepage: "https://en.defence-ua.com",
  },
  {
    slug: "valeriy-ryabykh",
    name: "Valeriy Ryabykh",
    kind: "expert",
    country: "UA",
    parent: "defence-express",
    aliases: ["Ryabykh"],
    description: "Editor at Defence Express.",
  },
  { slug: "government-of-north-korea", name: "Government of North Korea", kind: "government", country: "KP", aliases: ["Pyongyang"] },
  {
    slug: "kim-jong-un",
    name: "Kim Jong Un",
    kind: "official",
    country: "KP",
    parent: "government-of-north-korea",
    aliases: ["Kim", "North Korean leader Kim Jong Un"],
    description: "Leader of North Korea.",
  },
];

const nis = "national-intelligence-service";
const zelensky = "volodymyr-zelensky";
const ukrainianIntelligence = "ukrainian-intelligence";

export const demoClaims: DemoClaim[] = [
  {
    key: "nis-yonhap-12000-planned",
    kind: "quantity",
    statement: "North Korea plans to deploy 12,000 troops, including special forces, to the Ukrainian battlefield.",
    anchor: { exact: "12,000 troops", start: 407, end: 420 },
    quantity: { value: 12000, qualifier: "exact", unit: "troops", measure: "deployed" },
    modality: "planned",
    stance: "asserts",
    chain: [
      { source: nis, role: "originator", verb: "citing" },
      { source: "yonhap-news-agency", role: "relay", verb: "according to" },
    ],
    inTopic: true,
    confidence: "medium",
  },
  {
    key: "nis-12000-four-brigades",
    kind: "quantity",
    statement: "North Korea intends to mobilize four brigades, totaling 12,000 soldiers, to fight alongside Russian forces.",
    anchor: { exact: "four brigades, totaling 12,000 soldiers", start: 564, end: 603 },
    quantity: { value: 12000, qualifier: "exact", unit: "troops", measure: "deployed" },
    modality: "planned",
    stance: "confirms",
    chain: [{ source: nis, role: "originator", verb: "has confirmed" }],
    inTopic: true,
    confidence: "medium",
  },
  {
    key: "zelensky-10000-preparing",
    kind: "quantity",
    statement: "North Korea is preparing to send about 10,000 soldiers to fight against Ukraine.",
    anchor: { exact: "about 10,000 soldiers", start: 1029, end: 1050 },
    quantity: { value: 10000, qualifier: "approx", unit: "troops", measure: "deployed" },
    modality: "preparing",
    stance: "asserts",
    chain: [
      { source: ukrainianIntelligence, role: "originator", verb: "had reported" },
      { source: zelensky, role: "speaker", verb: "stated" },
    ],
    inTopic: true,
    confidence: "medium",
  },
  {
    key: "nis-1500-arrived",
    kind: "quantity",
    statement: "1,500 North Korean troops have arrived in Russia.",
    anchor: { exact: "1,500 North Korean troops", start: 1459, end: 1484 },
    quantity: { value: 1500, qualifier: "exact", unit: "troops", measure: "deployed" },
    modality: "completed",
    stance: "confirms",
    chain: [{ source: nis, role: "originator", verb: "has confirmed" }],
    inTopic: true,
    confidence: "high",
  },
  {
    key: "sources-could-rise-to-12000",
    kind: "quantity",
    statement: "The number of North Korean troops in Russia could rise to 12,000.",
    anchor: { exact: "could rise to 12,000", start: 1531, end: 1551 },
    quantity: { value: 12000, upper: 12000, qualifier: "up_to", unit: "troops", measure: "deployed" },
    modality: "possible",
    stance: "speculates",
    chain: [{ source: "unnamed-sources", role: "originator", verb: "suggesting" }],
    inTopic: true,
    confidence: "low",
  },
  {
    key: "ukrainian-intelligence-occupied-territories",
    kind: "location",
    statement: "North Korean personnel are deployed in Russian-occupied territories of Ukraine.",
    anchor: { exact: "deployment of North Korean personnel in Russian-occupied territories in Ukraine", start: 939, end: 1018 },
    modality: "completed",
    stance: "asserts",
    place: { name: "Russian-occupied territories of Ukraine", latitude: 47.5, longitude: 36.5, precision: "region", relation: "in" },
    chain: [
      { source: ukrainianIntelligence, role: "originator", verb: "had reported" },
      { source: zelensky, role: "speaker", verb: "noted" },
    ],
    inTopic: true,
    confidence: "low",
    notes: "Coordinates mark the occupied south-east of Ukraine as a region, not a site.",
  },
  {
    key: "far-east-base-near-ussuriysk",
    kind: "location",
    statement: "North Korean soldiers are stationed at a military base near Ussuriysk, north of Vladivostok.",
    anchor: { exact: "North Korean soldiers stationed at a military base near Ussuriysk, north of Vladivostok", start: 1952, end: 2039 },
    modality: "completed",
    stance: "asserts",
    place: { name: "Ussuriysk", latitude: 43.8, longitude: 131.95, precision: "near", relation: "near; north of Vladivostok" },
    chain: [
      { source: "reports-from-russias-far-east", role: "originator", verb: "indicate" },
      { source: "bbc-russian", role: "relay", verb: "as conveyed by" },
    ],
    inTopic: true,
    confidence: "medium",
  },
  {
    key: "ryabykh-border-guard",
    kind: "quote",
    statement: "North Korean troops could guard sections of the Russian-Ukrainian border, freeing Russian units to fight elsewhere.",
    anchor: {
      exact: "They could guard some sections of the Russian-Ukrainian border, which would free Russian units for fighting elsewhere.",
      start: 2232,
      end: 2350,
    },
    modality: "possible",
    stance: "estimates",
    chain: [{ source: "valeriy-ryabykh", role: "originator", verb: "noted" }],
    inTopic: true,
    confidence: "medium",
  },
  {
    key: "yoon-all-available-means",
    kind: "statement",
    statement: "Yoon Suk Yeol urged the international community to respond decisively, using all available means.",
    anchor: { exact: "all available means", start: 1388, end: 1407 },
    modality: "unknown",
    stance: "asserts",
    chain: [{ source: "yoon-suk-yeol", role: "originator", verb: "urging" }],
    inTopic: false,
    confidence: "high",
  },
  {
    key: "kim-closest-comrade",
    kind: "statement",
    statement: "Kim Jong Un called Vladimir Putin his closest comrade.",
    anchor: { exact: "closest comrade", start: 1848, end: 1863 },
    modality: "completed",
    stance: "asserts",
    chain: [{ source: "kim-jong-un", role: "originator", verb: "referring to him as" }],
    inTopic: false,
    confidence: "high",
  },
  {
    key: "zelensky-quote-10000",
    kind: "quote",
    statement: "Zelensky: North Korea is preparing to send about 10,000 soldiers to fight against Ukraine.",
    anchor: { exact: "We know about 10,000 soldiers of North Korea that they are preparing to send to fight against us,", start: 1021, end: 1118 },
    modality: "preparing",
    stance: "asserts",
    chain: [{ source: zelensky, role: "originator", verb: "stated" }],
    inTopic: true,
    confidence: "high",
  },
  {
    key: "zelensky-quote-big-problem",
    kind: "quote",
    statement: "Zelensky called North Korea's preparations a big problem.",
    anchor: { exact: "That’s really, I think, a big problem.", start: 1200, end: 1238 },
    modality: "unknown",
    stance: "asserts",
    chain: [{ source: zelensky, role: "originator", verb: "emphasizing" }],
    inTopic: false,
    confidence: "high",
  },
];
