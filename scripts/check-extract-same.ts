// Whether a change to the engine left its output byte for byte the same (a speed change must).
// Extracts every corpus text (invented, real tuning and real frozen), plain and detailed, with
// and without the publication date, and keeps one SHA-256 of each answer's JSON, so no output
// is stored or printed: for the frozen set only how many texts differ is said, never which.
// Run before the change with --save, after it with --compare:
//   npx tsx scripts/check-extract-same.ts --save /tmp/before.json
//   npx tsx scripts/check-extract-same.ts --compare /tmp/before.json
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { extractCandidates, extractDetailed } from "../lib/extract";
import { type CorpusEntry, readCorpus, readRealCorpus } from "../lib/extract/evaluation/corpus";

function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

// Each way the engine is called: as POST /api/v1/extract and the evaluation (plain, with the
// text's date and sources), as the review screen (detailed), and with no date (the date line).
function answers(entry: CorpusEntry): Record<string, string> {
  const options = { publishedAt: entry.publishedAt, knownSources: entry.knownSources };
  return {
    plain: digest(extractCandidates(entry.body, options)),
    detailed: digest(extractDetailed(entry.body, options)),
    undated: digest(extractDetailed(entry.body, { knownSources: entry.knownSources })),
  };
}

const sets = { invented: readCorpus(), tuning: readRealCorpus("tuning"), frozen: readRealCorpus("frozen") };
const found: Record<string, string> = {};
for (const [set, entries] of Object.entries(sets))
  for (const entry of entries) for (const [way, hash] of Object.entries(answers(entry))) found[`${set}/${entry.name}/${way}`] = hash;

const save = process.argv.indexOf("--save");
const compare = process.argv.indexOf("--compare");
if (save >= 0) {
  writeFileSync(process.argv[save + 1] ?? "", JSON.stringify(found));
  console.log(`${Object.keys(found).length} answers saved`);
} else if (compare >= 0) {
  const before: Record<string, string> = JSON.parse(readFileSync(process.argv[compare + 1] ?? "", "utf8"));
  const keys = new Set([...Object.keys(before), ...Object.keys(found)]);
  const differing = [...keys].filter((key) => before[key] !== found[key]);
  const frozen = differing.filter((key) => key.startsWith("frozen/"));
  for (const key of differing) if (!key.startsWith("frozen/")) console.log(`differs: ${key}`);
  console.log(`${keys.size} answers, ${differing.length} differ (${frozen.length} of them on the frozen set, not named)`);
  process.exitCode = differing.length === 0 ? 0 : 1;
} else {
  console.error("usage: npx tsx scripts/check-extract-same.ts --save FILE | --compare FILE");
  process.exitCode = 2;
}
