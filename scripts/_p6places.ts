import { extractDetailed } from "../lib/extract";
import { readRealCorpus } from "../lib/extract/evaluation/corpus";
import { matchCandidates } from "../lib/extract/evaluation/score";
const only = process.argv[2];
for (const entry of readRealCorpus("tuning")) {
  if (only && !entry.name.startsWith(only)) continue;
  const cands = extractDetailed(entry.body, { publishedAt: entry.publishedAt, knownSources: entry.knownSources });
  const score = matchCandidates(entry.labels, cands as never);
  for (const pair of score.pairs) {
    if (pair.label.kind !== "quantity") continue;
    const want = pair.label.scopePlace ?? null;
    const got = (pair.candidate as { scopePlace?: string | null }).scopePlace ?? null;
    const norm = (s: string | null) => (s ?? "").toLowerCase().replace(/^the\s+/, "");
    const ok = want === null ? got === null : got !== null && (norm(got).includes(norm(want)) || norm(want).includes(norm(got)));
    if (!ok) console.log(`${entry.name.slice(0, 28)}\t${pair.label.text.slice(0, 30)}\twant=${want}\tgot=${got}`);
  }
}
