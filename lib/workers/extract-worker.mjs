// One thread of the extraction pool (lib/workers/extraction-pool.ts) when the app runs from
// its sources (vitest, the test servers): plain JavaScript, so Node loads it as it is, and it
// loads the TypeScript task through tsx's loader, scoped to this import. `npm start` runs the
// compiled copy instead (.start/extract-worker.mjs), with no tsx at run time.
import { tsImport } from "tsx/esm/api";

const task = await tsImport("./extract-task.ts", import.meta.url);

export default task.default;
