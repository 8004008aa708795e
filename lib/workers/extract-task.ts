// The work one extraction thread does, shared by the two ways a thread loads it: compiled
// into .start/extract-worker.mjs for `npm start` (scripts/compile-start.mjs), or through tsx's
// loader by lib/workers/extract-worker.mjs under vitest and the test servers.
import { type ExtractOptions, extractCandidates, extractDetailed } from "../extract";

export type ExtractTask = { text: string; detailed: boolean; options: ExtractOptions };

export default function extract({ text, detailed, options }: ExtractTask) {
  return detailed ? extractDetailed(text, options) : extractCandidates(text, options);
}
