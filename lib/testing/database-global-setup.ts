// Vitest global setup for the database tests: one migrated template database per run.
import type { TestProject } from "vitest/node";
import { databaseConfig } from "../db/config";
import { applyPendingMigrations } from "../db/migrations";
import {
  dropRunDatabases,
  makeRunFolder,
  onPostgresServer,
  postgresTemplate,
  postgresUrlFor,
  removeRunFolder,
  sqliteTemplate,
  testEngine,
} from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    testRunId: string;
  }
}

export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid}`;
  const engine = testEngine();
  makeRunFolder(runId);
  if (engine === "sqlite") {
    await applyPendingMigrations(databaseConfig(`file:${sqliteTemplate(runId)}`));
  } else {
    await onPostgresServer((client) => client.query(`CREATE DATABASE "${postgresTemplate(runId)}"`));
    await applyPendingMigrations(databaseConfig(postgresUrlFor(postgresTemplate(runId))));
  }
  console.log(`Database tests run on ${engine === "sqlite" ? "SQLite" : "PostgreSQL"}.`);
  project.provide("testRunId", runId);
  return async () => {
    if (engine === "postgresql") await dropRunDatabases(runId);
    removeRunFolder(runId);
  };
}
