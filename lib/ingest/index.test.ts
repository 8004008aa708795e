import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { foundingReport } from "../demo/founding-report";
import { AppError, type ErrorCode } from "../errors";
import { ingestFromText, ingestFromUrl, restoreLines } from "./index";
import { installLoopbackOnlyGuard, type ConnectionGuard } from "./test-support/loopback-only";
import { send, startTestServer, type TestServer } from "./test-support/test-server";

const foundingText = readFileSync(new URL(`../../${foundingReport.fixture}`, import.meta.url), "utf8");

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

function expectRefused(work: () => unknown, code: ErrorCode, message: RegExp) {
  const error = refusal(work);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

describe("ingestFromText", () => {
  test("the founding report: its title line, and only 'Exit mobile version' dropped", () => {
    const result = ingestFromText(foundingText);
    expect(result).toMatchObject({ title: foundingReport.title, publishedAt: null, outlet: null, author: null, language: null, url: null, finalUrl: null });
    expect(result.dropped.map((entry) => entry.line)).toEqual(["Exit mobile version"]);
    expect(restoreLines(result, [result.dropped[0]!.index]).text).toBe(foundingText);
  });

  test("Windows and old Mac line endings become \\n, and a byte-order mark goes", () => {
    expect(ingestFromText("\ufeffInvented headline\r\n\r\nFirst line.\rSecond line.").text).toBe("Invented headline\n\nFirst line.\nSecond line.");
  });

  test.each([
    ["empty", "", "bad_request", /The text is empty/],
    ["only whitespace", " \n\t\r\n ", "bad_request", /The text is empty/],
    ["over 1 MB in UTF-8, though under 1 MB in characters", "é".repeat(500_001), "payload_too_large", /at most 1 MB/],
    ["a NUL byte", "Invented text\u0000with a NUL", "unsupported_media_type", /NUL characters/],
    ["mostly binary", `%PDF\u0001\u0002\u0003\ufffd\ufffd${"\ufffd".repeat(20)}abc`, "unsupported_media_type", /mostly unreadable/],
    ["nothing but furniture", "Advertisement\n\nExit mobile version", "bad_request", /nothing but site furniture/],
  ] as const)("refuses %s", (_label, text, code, message) => {
    expectRefused(() => ingestFromText(text), code, message);
  });

  test("exactly 1 MB is accepted", () => {
    expect(ingestFromText("a".repeat(1_000_000)).text).toHaveLength(1_000_000);
  });
});

// Invented pages, served on 127.0.0.1 only.
const articlePage = `<!doctype html><html lang="en"><head><title>Invented Gazette</title>
  <meta property="og:title" content="Lorem harbour reopens"><meta property="og:site_name" content="Invented Gazette">
  <meta property="article:published_time" content="2024-05-02T09:00:00Z"><meta name="author" content="Jane Placeholder">
  </head><body><article><h1>Lorem harbour reopens</h1>
  <p>The invented port authority said 42 ships entered the harbour on Thursday.</p>
  <p>Advertisement</p>
  <p>${"Dock workers described a calm first day back at the invented port. ".repeat(8)}</p>
  <p>Share this article</p></article></body></html>`;

let guard: ConnectionGuard;
let server: TestServer;

beforeAll(async () => {
  guard = installLoopbackOnlyGuard();
  server = await startTestServer({
    "/article": send(200, { "content-type": "text/html; charset=utf-8" }, articlePage),
    "/founding.txt": send(200, { "content-type": "text/plain; charset=utf-8" }, foundingText.replace(/\n/g, "\r\n")),
    "/markup-only": send(
      200,
      { "content-type": "text/html" },
      "<html><head><title>Nothing</title></head><body><nav>Home</nav><script>var x = 1</script></body></html>",
    ),
    "/binary.txt": send(200, { "content-type": "text/plain" }, Buffer.from([0x25, 0x50, 0x00, 0x01, 0x02, 0xff])),
  });
});

afterEach(() => {
  expect(guard.blocked.splice(0), "a connection left loopback").toEqual([]);
});

afterAll(async () => {
  await server.close();
  guard.uninstall();
});

describe("ingestFromUrl", () => {
  test("an HTML page: its main text without furniture, and everything the form pre-fills", async () => {
    const url = `${server.origin}/article`;
    const result = await ingestFromUrl(`  ${url} `, { allowLoopback: true });
    expect(result).toMatchObject({
      url,
      finalUrl: url,
      title: "Lorem harbour reopens",
      publishedAt: "2024-05-02",
      outlet: "Invented Gazette",
      author: "Jane Placeholder",
      language: "en",
    });
    expect(result.text).toContain("The invented port authority said 42 ships entered the harbour on Thursday.\n\n");
    expect(result.dropped.map(({ line, reason }) => [line, reason])).toEqual([
      ["Advertisement", "advertisement"],
      ["Share this article", "sharing buttons"],
    ]);
    expect(Number.isNaN(Date.parse(result.retrievedAt))).toBe(false);
  });

  test("a plain-text page is taken as it is, with line endings normalised", async () => {
    const url = `${server.origin}/founding.txt`;
    const result = await ingestFromUrl(url, { allowLoopback: true });
    expect(result).toMatchObject({ url, finalUrl: url, title: foundingReport.title, publishedAt: null, outlet: null, author: null, language: null });
    expect(result.dropped.map((entry) => entry.line)).toEqual(["Exit mobile version"]);
    expect(restoreLines(result, [result.dropped[0]!.index]).text).toBe(foundingText);
  });

  test("a page with markup but no text is refused, naming the problem", async () => {
    await expect(ingestFromUrl(`${server.origin}/markup-only`, { allowLoopback: true })).rejects.toMatchObject({
      code: "upstream_failed",
      message: "No article text was found on the page; paste its text instead",
    });
  });

  test("a plain-text page that is really binary is refused", async () => {
    await expect(ingestFromUrl(`${server.origin}/binary.txt`, { allowLoopback: true })).rejects.toMatchObject({ code: "unsupported_media_type" });
  });

  test("loopback stays refused unless the caller opts in", async () => {
    await expect(ingestFromUrl(`${server.origin}/article`)).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(/private or local network address/),
    });
  });
});
