import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { AppError, type ErrorCode } from "../errors";
import { fetchReportPage, type FetchPageOptions } from "./fetch-page";
import { installLoopbackOnlyGuard, type ConnectionGuard } from "./test-support/loopback-only";
import { redirect, send, startTestServer, type TestServer } from "./test-support/test-server";

// Every server here listens on 127.0.0.1; names such as news.test reach it only through the
// injected resolver. The guard stops (and fails) any connection to anywhere else.
let guard: ConnectionGuard;
let server: TestServer;
/** Called when the upstream connection of /cancel-me closes. */
let upstreamClosed: () => void = () => {};

const html = (body: string, head = "") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const story = html("<p>The ministry said 1,500 troops arrived.</p>", "<title>Invented story</title>");

beforeAll(async () => {
  guard = installLoopbackOnlyGuard();
  server = await startTestServer({
    "/story": send(200, { "content-type": "text/html; charset=utf-8" }, story),
    "/plain": send(200, { "content-type": "text/plain" }, "Line one.\nLine two."),
    "/xhtml": send(200, { "content-type": "application/xhtml+xml" }, story),
    "/cp1252-header": send(
      200,
      { "content-type": "text/plain; charset=windows-1252" },
      Buffer.from([0x93, 0x4f, 0x4b, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9]),
    ),
    "/cp1252-meta": send(
      200,
      { "content-type": "text/html" },
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
        Buffer.from([0x93, 0x48, 0x69, 0x94, 0xe9]),
        Buffer.from("</p></body></html>"),
      ]),
    ),
    "/gzip": send(200, { "content-type": "text/html", "content-encoding": "gzip" }, gzipSync(story)),
    "/gzip-bomb": send(200, { "content-type": "text/plain", "content-encoding": "gzip" }, gzipSync(Buffer.alloc(2_000_000, 0x61))),
    "/pdf": send(200, { "content-type": "application/pdf" }, "%PDF-1.7 invented"),
    "/image": send(200, { "content-type": "image/png" }, Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    "/untyped": send(200, {}, "who knows"),
    "/huge": (_request, response) => {
      // Chunked, with no Content-Length: the limit must hold while streaming.
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let written = 0; written < 6_000_000; written += chunk.length) response.write(chunk);
      response.end();
    },
    "/declared-huge": send(200, { "content-type": "text/html", "content-length": "9000000" }),
    "/slow-body": (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<html><body><p>The first words arrive, the rest never do");
    },
    "/slow-head": () => {},
    "/cancel-me": (request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<html><body><p>The first words arrive, the rest never do");
      request.socket.once("close", () => upstreamClosed());
    },
    "/error": send(500, { "content-type": "text/html" }, "<h1>Oops</h1>"),
    "/missing": send(404, { "content-type": "text/html" }, "<h1>Not here</h1>"),
    "/empty": send(200, { "content-type": "text/html" }, ""),
    "/blank": send(200, { "content-type": "text/plain" }, " \n\t "),
    "/hop-1": redirect("/hop-2", 301),
    "/hop-2": redirect("hop-3?from=2", 307),
    "/hop-3": (_request, response) => redirect(`${server.origin}/story`, 308)(_request, response),
    "/loop": redirect("/loop"),
    "/to-internal-name": redirect("http://internal.test/admin"),
    "/to-metadata": redirect("http://169.254.169.254/latest/meta-data/"),
    "/to-mapped-private": redirect("http://[::ffff:10.0.0.5]/"),
    "/to-ftp": redirect("ftp://files.test/report.txt"),
    "/no-location": send(302, {}),
  });
});

afterEach(() => {
  // Emptied each time, so one stopped connection fails only the test that made it.
  expect(guard.blocked.splice(0), "a connection left loopback").toEqual([]);
});

afterAll(async () => {
  await server.close();
  guard.uninstall();
});

const local = (path: string) => `${server.origin}${path}`;
const loopback: FetchPageOptions = { allowLoopback: true };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function expectRefused(promise: Promise<unknown>, code: ErrorCode, message: RegExp) {
  const error = await refusal(promise);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}

describe("pages it reads", () => {
  test("an HTML page, with where it was found and when", async () => {
    const before = Date.now();
    const page = await fetchReportPage(local("/story"), loopback);
    expect(page).toMatchObject({ finalUrl: local("/story"), contentType: "text/html", html: story });
    expect(page.text).toBeUndefined();
    expect(Date.parse(page.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  test("plain text and XHTML", async () => {
    expect(await fetchReportPage(local("/plain"), loopback)).toMatchObject({ contentType: "text/plain", text: "Line one.\nLine two." });
    expect(await fetchReportPage(local("/xhtml"), loopback)).toMatchObject({ contentType: "application/xhtml+xml", html: story });
  });

  test("windows-1252 from the Content-Type header: curly quotes, dash, euro, accent", async () => {
    expect((await fetchReportPage(local("/cp1252-header"), loopback)).text).toBe("“OK” – €5 café");
  });

  test("windows-1252 from the page's <meta charset>", async () => {
    expect((await fetchReportPage(local("/cp1252-meta"), loopback)).html).toContain("<p>“Hi”é</p>");
  });

  test("a gzip-compressed page is decompressed", async () => {
    expect((await fetchReportPage(local("/gzip"), loopback)).html).toBe(story);
  });

  test("redirects are followed, relative and absolute, up to the final address", async () => {
    const page = await fetchReportPage(local("/hop-1"), loopback);
    expect(page.finalUrl).toBe(local("/story"));
    expect(page.html).toBe(story);
  });

  test("a name is resolved once per hop and the connection goes to the checked address", async () => {
    const answers = [["127.0.0.1"], ["10.0.0.5"]];
    const asked: string[] = [];
    // A rebinding resolver: a second question would get a private address.
    const resolve = async (hostname: string) => {
      asked.push(hostname);
      return answers[asked.length - 1] ?? [];
    };
    const page = await fetchReportPage(`http://news.test:${server.port}/story`, { ...loopback, resolve });
    expect(page.finalUrl).toBe(`http://news.test:${server.port}/story`);
    expect(asked).toEqual(["news.test"]);
    expect(server.requests.at(-1)).toEqual({ path: "/story", host: `news.test:${server.port}` });
  });
});

describe("pages it refuses", () => {
  test("a PDF, naming the type", async () => {
    await expectRefused(
      fetchReportPage(local("/pdf"), loopback),
      "unsupported_media_type",
      /^The address returns a PDF \(application\/pdf\); paste its text instead$/,
    );
  });

  test("an image, naming the type", async () => {
    await expectRefused(fetchReportPage(local("/image"), loopback), "unsupported_media_type", /an image \(image\/png\)/);
  });

  test("content that does not say its type", async () => {
    await expectRefused(fetchReportPage(local("/untyped"), loopback), "unsupported_media_type", /does not say what kind of content/);
  });

  test("a body past the limit, while it streams", async () => {
    await expectRefused(fetchReportPage(local("/huge"), loopback), "payload_too_large", /larger than 5 MB/);
    await expectRefused(fetchReportPage(local("/story"), { ...loopback, maxBytes: 20 }), "payload_too_large", /larger than 20 bytes/);
  });

  test("a declared Content-Length past the limit, before reading", async () => {
    await expectRefused(fetchReportPage(local("/declared-huge"), loopback), "payload_too_large", /larger than 5 MB/);
  });

  test("a small compressed body that expands past the limit", async () => {
    await expectRefused(fetchReportPage(local("/gzip-bomb"), { ...loopback, maxBytes: 1_000_000 }), "payload_too_large", /larger than 1 MB/);
  });

  test("a body that never finishes, at the timeout", async () => {
    const started = Date.now();
    await expectRefused(fetchReportPage(local("/slow-body"), { ...loopback, timeoutMs: 300 }), "upstream_failed", /did not answer within 0.3 s/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("cancelled by the caller: the upstream connection closes at once and the error says so", async () => {
    const closed = new Promise<void>((done) => {
      upstreamClosed = done;
    });
    const caller = new AbortController();
    const fetching = fetchReportPage(local("/cancel-me"), { ...loopback, timeoutMs: 60_000, signal: caller.signal });
    while (!server.requests.some((request) => request.path === "/cancel-me")) await new Promise((done) => setTimeout(done, 10));
    const started = Date.now();
    caller.abort();
    await expectRefused(fetching, "bad_request", /cancelled/);
    await closed;
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("a server that never answers, at the timeout", async () => {
    await expectRefused(fetchReportPage(local("/slow-head"), { ...loopback, timeoutMs: 300 }), "upstream_failed", /did not answer within 0.3 s/);
  });

  test("an HTTP error, saying the status", async () => {
    await expectRefused(fetchReportPage(local("/error"), loopback), "upstream_failed", /HTTP 500 \(Internal Server Error\)/);
    await expectRefused(fetchReportPage(local("/missing"), loopback), "upstream_failed", /HTTP 404 \(Not Found\)/);
  });

  test("an empty page, or one with nothing but whitespace", async () => {
    await expectRefused(fetchReportPage(local("/empty"), loopback), "upstream_failed", /empty page/);
    await expectRefused(fetchReportPage(local("/blank"), loopback), "upstream_failed", /empty page/);
  });

  test("a server that refuses the connection", async () => {
    const closed = await startTestServer({});
    await closed.close();
    await expectRefused(fetchReportPage(`${closed.origin}/`, loopback), "upstream_failed", /could not be reached/);
  });
});

describe("redirects it refuses", () => {
  test("more than five, after following five", async () => {
    const before = server.requests.length;
    await expectRefused(fetchReportPage(local("/loop"), loopback), "upstream_failed", /redirects more than 5 times/);
    expect(server.requests.length - before).toBe(6);
  });

  test("to a name that resolves to a private address: refused when resolved, before connecting", async () => {
    const asked: string[] = [];
    const resolve = async (hostname: string) => {
      asked.push(hostname);
      return hostname === "internal.test" ? ["10.0.0.5"] : [];
    };
    const attemptsBefore = guard.attempts.length;
    await expectRefused(fetchReportPage(local("/to-internal-name"), { ...loopback, resolve }), "bad_request", /points to a private or local network address/);
    expect(asked).toEqual(["internal.test"]);
    expect(guard.attempts.slice(attemptsBefore)).toEqual(["127.0.0.1"]);
  });

  test("to the metadata address or an IPv4-mapped private address, before connecting", async () => {
    const attemptsBefore = guard.attempts.length;
    await expectRefused(fetchReportPage(local("/to-metadata"), loopback), "bad_request", /private or local network address/);
    await expectRefused(fetchReportPage(local("/to-mapped-private"), loopback), "bad_request", /private or local network address/);
    expect(guard.attempts.slice(attemptsBefore)).toEqual(["127.0.0.1", "127.0.0.1"]);
  });

  test("to another scheme, or without a Location", async () => {
    await expectRefused(fetchReportPage(local("/to-ftp"), loopback), "bad_request", /Only http and https addresses can be fetched, not ftp/);
    await expectRefused(fetchReportPage(local("/no-location"), loopback), "upstream_failed", /redirects \(HTTP 302\) without saying where/);
  });
});

describe("addresses it refuses before connecting", () => {
  const refusedBeforeConnecting = async (url: string, options: FetchPageOptions, code: ErrorCode, message: RegExp) => {
    const attemptsBefore = guard.attempts.length;
    await expectRefused(fetchReportPage(url, options), code, message);
    expect(guard.attempts.length).toBe(attemptsBefore);
  };

  test("loopback, unless the caller opts in", async () => {
    const requestsBefore = server.requests.length;
    await refusedBeforeConnecting(local("/story"), {}, "bad_request", /private or local network address/);
    await refusedBeforeConnecting(`http://[::1]:${server.port}/story`, {}, "bad_request", /private or local network address/);
    expect(server.requests.length).toBe(requestsBefore);
  });

  test("a name with any private address among its answers", async () => {
    const resolve = async () => ["127.0.0.1", "10.0.0.5"];
    await refusedBeforeConnecting(`http://news.test:${server.port}/`, { ...loopback, resolve }, "bad_request", /private or local network address/);
    await refusedBeforeConnecting("http://metadata.test/", { resolve: async () => ["169.254.169.254"] }, "bad_request", /private or local/);
    await refusedBeforeConnecting("https://v6.test/", { resolve: async () => ["fd00::1"] }, "bad_request", /private or local/);
  });

  test("a public host on a non-standard port", async () => {
    await refusedBeforeConnecting(
      "http://news.test:8080/",
      { resolve: async () => ["93.184.215.14"] },
      "bad_request",
      /uses port 8080; only the standard web ports 80 and 443/,
    );
  });

  test("names that do not resolve, or whose lookup fails", async () => {
    const notFound = async () => Promise.reject(Object.assign(new Error("nope"), { code: "ENOTFOUND" }));
    const serverFailure = async () => Promise.reject(Object.assign(new Error("later"), { code: "EAI_AGAIN" }));
    await refusedBeforeConnecting("https://nowhere.test/", { resolve: notFound }, "bad_request", /No web server is known by the name nowhere.test/);
    await refusedBeforeConnecting("https://nowhere.test/", { resolve: async () => [] }, "bad_request", /No web server is known/);
    await refusedBeforeConnecting("https://flaky.test/", { resolve: serverFailure }, "upstream_failed", /could not be looked up/);
  });

  test("a lookup that hangs, at the timeout", async () => {
    const hangs = () => new Promise<string[]>(() => {});
    await refusedBeforeConnecting("https://slow-dns.test/", { resolve: hangs, timeoutMs: 200 }, "upstream_failed", /did not answer within 0.2 s/);
  });

  test.each([
    ["not a URL", "not a url", /not a valid web address/],
    ["empty", "", /Give the address/],
    ["ftp", "ftp://files.test/a.txt", /not ftp/],
    ["file", "file:///etc/passwd", /not file/],
    ["javascript", "javascript:alert(1)", /not javascript/],
    ["credentials", "https://user:secret@news.test/", /user name or password/],
    ["too long", `https://news.test/${"a".repeat(2100)}`, /longer than 2048 characters/],
  ])("%s", async (_label, url, message) => {
    await refusedBeforeConnecting(url, { resolve: async () => ["93.184.215.14"] }, "bad_request", message);
  });
});
