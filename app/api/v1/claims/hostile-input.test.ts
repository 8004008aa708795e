// Whatever a client sends to a write route — malformed JSON, wrong types, unknown fields,
// a megabyte string, broken or disguising Unicode — the answer is a 4xx in the error shape,
// never a 5xx, and a refused request writes nothing. fast-check generates the bodies: some
// arbitrary JSON, most a valid body with one thing broken.
import fc from "fast-check";
import { beforeAll, expect, test } from "vitest";
import { call, editorToken, type ErrorBody, newReportWithClaim, newSource, newTopic } from "./_testing/api-client";

type Body = Record<string, unknown>;
type WriteRoute = { name: string; method: "POST" | "PATCH"; path: () => string; valid: () => Body };

let fixtures: Awaited<ReturnType<typeof newReportWithClaim>> & { source: { id: string }; spareTopic: { id: string } };
let sequence = 0;

beforeAll(async () => {
  const [made, source, spareTopic] = await Promise.all([newReportWithClaim(), newSource(), newTopic()]);
  fixtures = { ...made, source, spareTopic };
});

const routes: WriteRoute[] = [
  {
    name: "create source",
    method: "POST",
    path: () => "/api/v1/sources",
    valid: () => ({ name: `Fuzz Agency ${++sequence}`, kind: "government", country: "KR", aliases: ["FA"] }),
  },
  {
    name: "change source",
    method: "PATCH",
    path: () => `/api/v1/sources/${fixtures.source.id}`,
    valid: () => ({ description: "A fuzzed description", version: 1 }),
  },
  { name: "create topic", method: "POST", path: () => "/api/v1/topics", valid: () => ({ title: `Fuzz topic ${++sequence}`, unit: "troops" }) },
  { name: "change topic", method: "PATCH", path: () => `/api/v1/topics/${fixtures.spareTopic.id}`, valid: () => ({ unit: "soldiers", version: 1 }) },
  {
    name: "create report",
    method: "POST",
    path: () => "/api/v1/reports",
    valid: () => ({ report: { title: "Fuzzed report", text: `A fuzzed report, number ${++sequence}.`, language: "en" }, claims: [] }),
  },
  { name: "change report", method: "PATCH", path: () => `/api/v1/reports/${fixtures.report.id}`, valid: () => ({ author: "A. Fuzzer", version: 1 }) },
  {
    name: "create claim",
    method: "POST",
    path: () => "/api/v1/claims",
    valid: () => {
      const start = fixtures.text.indexOf("workers");
      return {
        reportId: fixtures.report.id,
        kind: "statement",
        statement: "Workers left.",
        anchor: { start, end: start + 7, exact: "workers" },
        chain: [{ sourceId: fixtures.ministry.id, role: "originator" }],
      };
    },
  },
  { name: "change claim", method: "PATCH", path: () => `/api/v1/claims/${fixtures.claimId}`, valid: () => ({ notes: "A fuzzed note", version: 1 }) },
  {
    name: "restore claim version",
    method: "POST",
    path: () => `/api/v1/claims/${fixtures.claimId}/restore-version`,
    valid: () => ({ version: 1, toVersion: 1 }),
  },
];

const oddStrings = fc.constantFrom("\uD800", "x\uDFFFy", "\u202Eevil\u202C", "nul\u0000here", "\u2066isolated\u2069", "a".repeat(1024 * 1024), "");
const hostileValue = fc.oneof(fc.jsonValue(), oddStrings, fc.constant(null), fc.integer(), fc.double(), fc.array(fc.string(), { maxLength: 3 }));

/** A valid body with one thing broken: a field's value replaced, an unknown field added, or a field removed. */
function mutated(valid: Body) {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), value: hostileValue }).map(({ key, value }) => ({ ...valid, [key]: value })),
    fc
      .record({ key: fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !keys.includes(key)), value: hostileValue })
      .map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key))),
  );
}

const arbitraryBody = (route: WriteRoute) => fc.oneof({ weight: 1, arbitrary: fc.jsonValue() }, { weight: 3, arbitrary: mutated(route.valid()) });

/** Everything a refused request could have touched: every list, and the records the routes change. */
async function snapshot() {
  const lists = await Promise.all(
    ["sources", "topics", "reports", "claims"].map((kind) =>
      call<Record<string, unknown>>("GET", `/api/v1/${kind}?size=200`).then((answer) => answer.body[kind]),
    ),
  );
  const records = await Promise.all(
    [
      `/api/v1/sources/${fixtures.source.id}`,
      `/api/v1/topics/${fixtures.spareTopic.id}`,
      `/api/v1/reports/${fixtures.report.id}`,
      `/api/v1/claims/${fixtures.claimId}`,
    ].map((path) => call("GET", path).then((answer) => answer.body)),
  );
  return { lists, records };
}

test.each(routes.map((route) => [route.name, route] as const))(
  "%s: any body answers 4xx in the error shape, never 5xx; a refused one writes nothing",
  async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(arbitraryBody(route), async (body) => {
        const before = await snapshot();
        const answer = await call<ErrorBody>(route.method, route.path(), { as: editorToken, body });
        expect(answer.status).toBeLessThan(500);
        if (answer.status >= 400) {
          expect([400, 409, 413]).toContain(answer.status);
          expect(typeof answer.body.error.code).toBe("string");
          expect(typeof answer.body.error.message).toBe("string");
          expect(await snapshot()).toEqual(before);
        }
      }),
      { numRuns: 50 },
    );
  },
  300_000,
);

test.each([
  ["malformed JSON", "{ not json", "bad_request"],
  ["a JSON string", JSON.stringify("just a string"), "validation_failed"],
  ["a lone surrogate in a name", '{"name": "\\ud800", "kind": "other"}', "validation_failed"],
  ["a right-to-left override in a name", JSON.stringify({ name: "\u202Eycnega", kind: "other" }), "validation_failed"],
  ["a NUL in a name", JSON.stringify({ name: "a\u0000b", kind: "other" }), "validation_failed"],
  ["a megabyte name", JSON.stringify({ name: "n".repeat(1024 * 1024), kind: "other" }), "validation_failed"],
  ["a number for a name", JSON.stringify({ name: 42, kind: "other" }), "validation_failed"],
  ["an unknown field", JSON.stringify({ name: "Agency", kind: "other", secret: true }), "validation_failed"],
])("%s is refused with 400 and the error shape", async (_name, raw, code) => {
  const before = (await call<{ sources: unknown[] }>("GET", "/api/v1/sources?size=200")).body.sources;
  const answer = await call<ErrorBody>("POST", "/api/v1/sources", { as: editorToken, raw });
  expect(answer.status).toBe(400);
  expect(answer.body.error.code).toBe(code);
  expect((await call<{ sources: unknown[] }>("GET", "/api/v1/sources?size=200")).body.sources).toEqual(before);
});

test("a body over the size limit is refused with 413", async () => {
  const answer = await call<ErrorBody>("POST", "/api/v1/topics", { as: editorToken, body: { title: "t", description: "d".repeat(3 * 1024 * 1024) } });
  expect(answer.status).toBe(413);
  expect(answer.body.error.code).toBe("payload_too_large");
});
