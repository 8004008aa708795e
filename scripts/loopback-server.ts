// For the benchmarks and the load test: the production build served on a loopback port, on a
// database of their choosing, and a few timing helpers. Nothing here talks to anything but
// 127.0.0.1, and every wait is bounded.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "..");

export type RunningServer = { origin: string; stop: () => Promise<void> };

/** `next start` on 127.0.0.1:port with DATABASE_URL; resolves once it answers, within startupMs. */
export async function startServer(options: {
  databaseUrl: string;
  port: number;
  distDir: string;
  startupMs?: number;
  quiet?: boolean;
  /** More environment for the server (DB_LOG_QUERIES=1), and a listener for what it logs on stderr. */
  env?: Record<string, string>;
  onLog?: (text: string) => void;
}): Promise<RunningServer> {
  if (!existsSync(join(projectRoot, options.distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${options.distDir}: run \`NEXT_DIST_DIR=${options.distDir} npx next build\` first.`);
  }
  const origin = `http://127.0.0.1:${options.port}`;
  const server: ChildProcess = spawn(join(projectRoot, "node_modules/.bin/next"), ["start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: projectRoot,
    stdio: options.quiet === false ? "inherit" : ["ignore", "ignore", options.onLog ? "pipe" : "ignore"],
    env: { ...process.env, DATABASE_URL: options.databaseUrl, NEXT_DIST_DIR: options.distDir, PUBLIC_READ: "1", NODE_ENV: "production", ...options.env },
  });
  if (options.onLog) server.stderr?.on("data", (chunk: Buffer) => options.onLog!(chunk.toString("utf8")));
  const exited = new Promise<void>((done) => server.once("exit", () => done()));
  const stop = async () => {
    if (server.exitCode === null) server.kill("SIGTERM");
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  };
  const deadline = Date.now() + (options.startupMs ?? 60_000);
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode} before answering`);
    try {
      // Any answer means it is listening; the sign-in page reads nothing heavy from the database.
      const response = await fetch(`${origin}/sign-in`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error(`The server did not answer on ${origin} within ${options.startupMs ?? 60_000} ms`);
}

/** One request, timed until its whole body has arrived; status 0 when it failed or timed out. */
export async function timedFetch(url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { ms: performance.now() - started, status: response.status, body };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, body: String(error) };
  }
}

/** The value below which `fraction` of the values fall (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
