import { expect, test } from "vitest";
import { readConfig } from "./config";

test("with nothing set, every variable has its documented default", () => {
  expect(readConfig({})).toEqual({
    PORT: 3000,
    HOST: "127.0.0.1",
    TRUST_PROXY: 0,
    PUBLIC_READ: false,
    API_TOKEN_REQUESTS_PER_MINUTE: 6000,
    DB_LOG_QUERIES: false,
    INGEST_ALLOW_LOOPBACK: false,
    NEXT_DIST_DIR: ".next",
  });
});

test("an empty variable counts as unset", () => {
  expect(readConfig({ PORT: "", PUBLIC_READ: " " })).toMatchObject({ PORT: 3000, PUBLIC_READ: false });
});

test("values are read in their types", () => {
  expect(readConfig({ PORT: "8080", TRUST_PROXY: "1", PUBLIC_READ: "1", DATABASE_URL: "file:/tmp/x.db" })).toMatchObject({
    PORT: 8080,
    TRUST_PROXY: 1,
    PUBLIC_READ: true,
    DATABASE_URL: "file:/tmp/x.db",
  });
});

test("a mistyped value stops the app with the variable's name, instead of being ignored", () => {
  expect(() => readConfig({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
  expect(() => readConfig({ PUBLIC_READ: "yes" })).toThrow(/PUBLIC_READ: must be "0" or "1"/);
  expect(() => readConfig({ PORT: "70000" })).toThrow(/PORT/);
  expect(() => readConfig({ API_TOKEN_REQUESTS_PER_MINUTE: "many" })).toThrow(/API_TOKEN_REQUESTS_PER_MINUTE/);
});
