// Vitest global setup for the API tests: the production build served over real HTTP on a
// fresh database (the same server the end-to-end tests use), on TEST_DATABASE_ENGINE.
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    apiBaseUrl: string;
  }
}

const root = resolve(import.meta.dirname, "../..");

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The API test server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The API test server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export default async function setup(project: TestProject) {
  const port = process.env.API_TEST_PORT ?? "3150";
  const server = spawn(resolve(root, "node_modules/.bin/tsx"), ["scripts/e2e-server.ts"], {
    cwd: root,
    env: { ...process.env, E2E_PORT: port },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseUrl}/`, server);
  project.provide("apiBaseUrl", baseUrl);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((done) => server.once("exit", done));
  };
}
