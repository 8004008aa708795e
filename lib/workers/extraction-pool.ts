// Extraction runs in worker threads, never on the server's event loop: a long text took
// ~20 s of CPU, and every other request waited behind it. A pool of threads (piscina) takes
// the work; each task has a time budget, past which its thread is stopped and the caller
// told so. docs/decisions/0016.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import { config } from "../config";
import { AppError } from "../errors";
import type { Candidate, DetailedCandidate, ExtractOptions } from "../extract";
import type { ExtractTask } from "./extract-task";

// Resolved at run time, not from this module's URL: in the production build this code is
// bundled into .next/server, and the worker file is not copied there. `npm start` names its
// compiled thread; tests load the sources' thread from the app's folder.
const workerFile = () => config().EXTRACT_WORKER_FILE ?? join(process.cwd(), "lib/workers/extract-worker.mjs");

/** Leaves one core to the server itself; at least one thread, at most four. */
const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
/** Tasks waiting beyond these are refused at once (429): a queue that long would outlast every budget. */
const maxQueue = 16;

const globalForPool = globalThis as typeof globalThis & { claimTrackerExtractionPool?: Piscina };

// One pool per process, on globalThis: Next may load this module more than once.
function extractionPool(): Piscina {
  globalForPool.claimTrackerExtractionPool ??= new Piscina({
    filename: workerFile(),
    minThreads: 1,
    maxThreads: threads,
    maxQueue,
    // A thread loads the extractor (gazetteer, models) once: keep it while it is useful.
    idleTimeout: 10 * 60_000,
  });
  return globalForPool.claimTrackerExtractionPool;
}

/**
 * Starts the pool's first thread now, so that the first text to read does not spend its
 * budget loading the extractor (scripts/serve.ts calls it once the app listens; the route
 * code, in the same process, finds the pool on globalThis).
 */
export function warmExtractionPool(): void {
  extractionPool();
}

type Task = ExtractTask & { budgetMs: number };

async function runInPool<T>({ budgetMs, ...task }: Task): Promise<T> {
  const pool = extractionPool();
  if (pool.queueSize >= maxQueue) {
    throw new AppError("rate_limited", "The server is busy reading other texts. Try again in a minute.", undefined, { retryAfterSeconds: 60 });
  }
  try {
    return (await pool.run(task, { signal: AbortSignal.timeout(budgetMs) })) as T;
  } catch (error) {
    if ((error as { name?: string } | null)?.name === "AbortError") {
      throw new AppError(
        "extraction_timeout",
        `Reading this text took longer than ${Math.round(budgetMs / 1000)} s, the limit for one request. Send a shorter text, or split it.`,
      );
    }
    throw error;
  }
}

/** POST /api/v1/extract's candidates, computed in the pool within `budgetMs` (queueing included). */
export function extractCandidatesInPool(text: string, options: ExtractOptions, budgetMs: number): Promise<Candidate[]> {
  return runInPool({ text, answer: "candidates", options, budgetMs });
}

/** POST /api/v1/extract's whole answer, `{"candidates":[…]}`, serialised in the pool. */
export function extractAnswerJsonInPool(text: string, options: ExtractOptions, budgetMs: number): Promise<string> {
  return runInPool({ text, answer: "candidates-json", options, budgetMs });
}

/** The review screen's proposals, computed in the pool within `budgetMs`. */
export function extractDetailedInPool(text: string, options: ExtractOptions, budgetMs: number): Promise<DetailedCandidate[]> {
  return runInPool({ text, answer: "detailed", options, budgetMs });
}
