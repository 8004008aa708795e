// One thread of the extraction pool (lib/workers/extraction-pool.ts). Plain JavaScript, so
// that Node loads it as it is wherever the pool starts it: under `next start` (whose bundles
// do not include this file) as under vitest or tsx. It loads the TypeScript extractor
// through tsx's loader, scoped to this import: the extractor stays one source, not a copy.
import { tsImport } from "tsx/esm/api";

const extractor = await tsImport("../extract/index.ts", import.meta.url);

/** @param {{ text: string, detailed: boolean, options: { publishedAt?: string, knownSources?: unknown[] } }} task */
export default function extract({ text, detailed, options }) {
  return detailed ? extractor.extractDetailed(text, options) : extractor.extractCandidates(text, options);
}
