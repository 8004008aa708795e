// The work one extraction thread does, shared by the two ways a thread loads it: compiled
// into .start/extract-worker.mjs for `npm start` (scripts/compile-start.mjs), or through tsx's
// loader by lib/workers/extract-worker.mjs under vitest and the test servers.
import { type ExtractOptions, extractCandidates, extractDetailed } from "../extract";

/**
 * `answer`: the review screen's detailed proposals, the API's candidates, or the API's whole
 * answer already as JSON text (a string crosses threads as one copy; thousands of candidate
 * objects cost the server thread a structured clone and a JSON.stringify of its own).
 */
export type ExtractTask = { text: string; answer: "detailed" | "candidates" | "candidates-json"; options: ExtractOptions };

export default function extract({ text, answer, options }: ExtractTask) {
  if (answer === "detailed") return extractDetailed(text, options);
  const candidates = extractCandidates(text, options);
  return answer === "candidates-json" ? JSON.stringify({ candidates }) : candidates;
}
