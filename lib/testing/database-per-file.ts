// Vitest setup file for the database tests: this test file gets its own fresh database,
// reached through DATABASE_URL like the app reaches its own.
import { afterAll, inject } from "vitest";
import { disconnectDb } from "../db/client";
import { freshTestDatabase } from "./test-databases";

const config = await freshTestDatabase(inject("testRunId"));
process.env.DATABASE_URL = config.url;

afterAll(async () => {
  await disconnectDb();
});
