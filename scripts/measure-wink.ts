// Measures whether wink-nlp (wink-eng-lite-web-model: tokens, POS tags, lemmas) helps the rules
// on the real-text tuning set (issue 10, ADR 0014). Two experiments, each applied on top of the
// rule-based extraction and scored with the same matcher as `npm run eval:extract`:
//  A. head noun after a number: every NUM token the rules dropped, followed within three tokens
//     by a NOUN, becomes a quantity (what the POS tagger adds to the open-vocabulary rule);
//  B. subject of a reporting verb: a quantity with no originator gets the noun or proper-noun run
//     before the sentence's reporting verb (say, tell, report, estimate, put, announce, confirm).
// It also times the tagger alone, in MB/s, against the rules' own speed.
// Run: npx tsx scripts/measure-wink.ts
import { performance } from "node:perf_hooks";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { type Candidate, extractCandidates } from "../lib/extract";
import { readCorpus } from "../lib/extract/evaluation/corpus";
import { matchCandidates, quantityCorrectness } from "../lib/extract/evaluation/score";

const nlp = winkNLP(model);
const its = nlp.its;
const reporting = new Set(["say", "tell", "report", "estimate", "put", "announce", "confirm", "state", "add", "claim"]);

type Token = { value: string; pos: string; lemma: string; start: number; end: number; sentence: number };

function tokensOf(text: string): Token[] {
  const doc = nlp.readDoc(text);
  const tokens: Token[] = [];
  let cursor = 0;
  doc.sentences().each((sentence, index) => {
    const values = sentence.tokens().out(its.value) as string[];
    const pos = sentence.tokens().out(its.pos) as string[];
    const lemmas = sentence.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    values.forEach((value, at) => {
      const start = text.indexOf(value, cursor);
      if (start < 0) return;
      cursor = start + value.length;
      tokens.push({ value, pos: pos[at] ?? "", lemma: lemmas[at] ?? "", start, end: cursor, sentence: index });
    });
  });
  return tokens;
}

function headNounQuantities(tokens: Token[], candidates: Candidate[]): Candidate[] {
  const added: Candidate[] = [];
  tokens.forEach((token, index) => {
    if (token.pos !== "NUM" || candidates.some((candidate) => token.start >= candidate.start && token.start < candidate.end)) return;
    for (let ahead = index + 1; ahead <= index + 3; ahead++) {
      const next = tokens[ahead];
      if (!next || next.sentence !== token.sentence) return;
      if (next.pos === "NOUN") {
        const value = Number(token.value.replace(/,/g, ""));
        added.push({
          kind: "quantity",
          start: token.start,
          end: next.end,
          text: "",
          value: Number.isFinite(value) ? value : null,
          lower: null,
          upper: null,
          qualifier: "exact",
          unit: next.lemma,
          modality: null,
          stance: null,
          place: null,
          attribution: [],
          measure: null,
          scopePlace: null,
        });
        return;
      }
      if (next.pos !== "ADJ" && next.pos !== "NUM") return;
    }
  });
  return added;
}

function withSubjects(tokens: Token[], candidates: Candidate[]): Candidate[] {
  return candidates.map((candidate) => {
    if (candidate.kind !== "quantity" || candidate.attribution.length > 0) return candidate;
    const at = tokens.find((token) => token.start >= candidate.start);
    if (!at) return candidate;
    const sentence = tokens.filter((token) => token.sentence === at.sentence);
    const verb = sentence.findIndex((token) => token.pos === "VERB" && reporting.has(token.lemma));
    if (verb < 0) return candidate;
    const subject: Token[] = [];
    for (let index = verb - 1; index >= 0; index--) {
      const token = sentence[index];
      if (!token || !["NOUN", "PROPN", "ADJ", "DET"].includes(token.pos)) break;
      subject.unshift(token);
    }
    const name = subject
      .filter((token) => token.pos !== "DET")
      .map((token) => token.value)
      .join(" ");
    return name ? { ...candidate, attribution: [{ name, role: "originator", sourceId: null }] } : candidate;
  });
}

type Totals = { labels: number; proposed: number; matched: number; originator: number };

function score(variant: (text: string, tokens: Token[], candidates: Candidate[]) => Candidate[]): Totals {
  const totals: Totals = { labels: 0, proposed: 0, matched: 0, originator: 0 };
  for (const entry of readCorpus("fixtures/corpus/real/tuning/")) {
    const rules = extractCandidates(entry.body, { publishedAt: entry.publishedAt });
    const candidates = variant(entry.body, tokensOf(entry.body), rules).map((candidate) => ({
      ...candidate,
      text: entry.body.slice(candidate.start, candidate.end),
    }));
    const result = matchCandidates(entry.labels, candidates);
    const quantities = result.kinds.find((kind) => kind.kind === "quantity");
    totals.labels += quantities?.labels ?? 0;
    totals.proposed += quantities?.candidates ?? 0;
    totals.matched += quantities?.matched ?? 0;
    totals.originator += quantityCorrectness(result.pairs).originator;
  }
  return totals;
}

function line(name: string, totals: Totals): string {
  return `${name.padEnd(28)} recall ${(totals.matched / totals.labels).toFixed(2)}  precision ${(totals.matched / totals.proposed).toFixed(2)}  originator ${(totals.originator / totals.matched).toFixed(2)} (${totals.originator}/${totals.matched})`;
}

console.log(
  line(
    "rules alone",
    score((_text, _tokens, candidates) => candidates),
  ),
);
console.log(
  line(
    "rules + A (head noun)",
    score((_text, tokens, candidates) => [...candidates, ...headNounQuantities(tokens, candidates)]),
  ),
);
console.log(
  line(
    "rules + B (verb subject)",
    score((_text, tokens, candidates) => withSubjects(tokens, candidates)),
  ),
);

const texts = readCorpus("fixtures/corpus/real/tuning/")
  .map((entry) => entry.body)
  .join("\n\n");
const big = Array.from({ length: 20 }, () => texts).join("\n\n");
const megabytes = Buffer.byteLength(big) / 1e6;
let started = performance.now();
nlp.readDoc(big).tokens().out(its.pos);
const tagger = megabytes / ((performance.now() - started) / 1000);
started = performance.now();
extractCandidates(big);
const rules = megabytes / ((performance.now() - started) / 1000);
console.log(`speed on ${megabytes.toFixed(2)} MB: tagger alone ${tagger.toFixed(2)} MB/s, rules ${rules.toFixed(2)} MB/s`);
