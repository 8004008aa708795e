// Fetching a report's page for an analyst who gave its URL, without letting that URL turn
// the server against its own network: docs/decisions/0009-fetching-reports-by-url.md.
import type { IncomingMessage } from "node:http";
import { STATUS_CODES } from "node:http";
import { AppError } from "../errors";
import { decodePage, parseContentType } from "./charset";
import { discard, get, readBody } from "./http-get";
import { checkTarget, defaultResolver, parseWebAddress, type Resolver, type Target } from "./target";

export type FetchPageOptions = {
  /** hostname → addresses; DNS (`dns.promises.lookup`, all addresses) unless given. */
  resolve?: Resolver;
  /** Lets loopback addresses through, for the app's end-to-end test server only. */
  allowLoopback?: boolean;
  /** For the whole fetch, redirects included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** The caller's own: when it aborts (the analyst cancelled, the browser went away) the upstream connection is closed. */
  signal?: AbortSignal;
};

export type FetchedPage = {
  /** Where the page was found, after redirects. */
  finalUrl: string;
  /** The media type, without parameters: "text/html", "application/xhtml+xml" or "text/plain". */
  contentType: string;
  /** ISO 8601. */
  fetchedAt: string;
} & ({ html: string; text?: undefined } | { text: string; html?: undefined });

export const fetchDefaults = { timeoutMs: 10_000, maxBytes: 5_000_000, maxRedirects: 5 } as const;

const htmlTypes = new Set(["text/html", "application/xhtml+xml"]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

type Settings = Required<Omit<FetchPageOptions, "resolve" | "signal">> & { resolve: Resolver; signal: AbortSignal; cancelled: AbortSignal | undefined };

export async function fetchReportPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? fetchDefaults.timeoutMs;
  const settings: Settings = {
    resolve: options.resolve ?? defaultResolver,
    allowLoopback: options.allowLoopback === true,
    timeoutMs,
    maxBytes: options.maxBytes ?? fetchDefaults.maxBytes,
    maxRedirects: options.maxRedirects ?? fetchDefaults.maxRedirects,
    // One signal for the time limit and the caller's cancelling: either closes the connection.
    signal: options.signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), options.signal]) : AbortSignal.timeout(timeoutMs),
    cancelled: options.signal,
  };
  try {
    return await fetchFollowingRedirects(parseWebAddress(url), settings);
  } catch (error) {
    throw asAppError(error, settings);
  }
}

async function fetchFollowingRedirects(start: URL, settings: Settings): Promise<FetchedPage> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    // Every hop is resolved and checked again before its connection opens.
    const target = await checkTarget(url, settings);
    const response = await get(target, settings.signal);
    const status = response.statusCode ?? 0;
    if (!redirectStatuses.has(status)) return readPage(target, response, settings);
    discard(response);
    if (redirects >= settings.maxRedirects) {
      throw new AppError("upstream_failed", `The address redirects more than ${settings.maxRedirects} times; give the final address instead`);
    }
    url = redirectTarget(response, url);
  }
}

function redirectTarget(response: IncomingMessage, from: URL): URL {
  const location = response.headers.location;
  if (!location) throw new AppError("upstream_failed", `The address redirects (HTTP ${response.statusCode}) without saying where`);
  return parseWebAddress(location, from);
}

async function readPage(target: Target, response: IncomingMessage, settings: Settings): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    discard(response);
    throw new AppError("upstream_failed", `The address answered HTTP ${status}${statusText(status)}; check that it opens in a browser`);
  }
  const { mediaType, charset } = parseContentType(response.headers["content-type"]);
  refuseUnreadableType(mediaType, response);
  const bytes = await readBody(response, settings.maxBytes);
  const isHtml = htmlTypes.has(mediaType);
  const content = decodePage(bytes, charset, isHtml);
  // Markup with no text in it is for the extraction to judge ("No article text was found").
  if (!content.trim()) throw new AppError("upstream_failed", "The address returned an empty page");
  const page = { finalUrl: target.url.href, contentType: mediaType, fetchedAt: new Date().toISOString() };
  return isHtml ? { ...page, html: content } : { ...page, text: content };
}

function statusText(status: number): string {
  const text = STATUS_CODES[status];
  return text ? ` (${text})` : "";
}

function refuseUnreadableType(mediaType: string, response: IncomingMessage): void {
  if (htmlTypes.has(mediaType) || mediaType === "text/plain") return;
  discard(response);
  if (!mediaType) throw new AppError("unsupported_media_type", "The address does not say what kind of content it returns, so it cannot be read as a report");
  throw new AppError("unsupported_media_type", `The address returns ${describeType(mediaType)} (${mediaType}); paste its text instead`);
}

/** Names a media type the way an analyst would: "a PDF", "an image". */
export function describeType(mediaType: string): string {
  if (mediaType === "application/pdf") return "a PDF";
  if (mediaType.startsWith("image/")) return "an image";
  if (mediaType.startsWith("video/")) return "a video";
  if (mediaType.startsWith("audio/")) return "an audio file";
  if (mediaType === "application/json" || mediaType.endsWith("+json")) return "JSON data";
  if (mediaType.includes("word") || mediaType.includes("officedocument") || mediaType.includes("opendocument")) return "an office document";
  return "a file that is not a web page";
}

// OpenSSL's and Node's codes for a certificate that does not verify.
const certificateErrors = /^(ERR_TLS_CERT|CERT_|UNABLE_TO_(GET|VERIFY)|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT)/;

function asAppError(error: unknown, settings: Settings): AppError {
  if (error instanceof AppError) return error;
  if (settings.cancelled?.aborted) return new AppError("bad_request", "The fetch was cancelled before the page arrived");
  // Whatever broke once the time was up (a socket, a lookup, a stream) broke because of it.
  if (settings.signal.aborted) {
    return new AppError("upstream_failed", `The address did not answer within ${settings.timeoutMs / 1000} s; try again later, or paste the text`);
  }
  const code = String((error as { code?: unknown } | null)?.code ?? "");
  if (certificateErrors.test(code)) {
    return new AppError("upstream_failed", "The address's secure connection (TLS certificate) could not be verified");
  }
  return new AppError("upstream_failed", "The address could not be reached (the connection failed or was cut); check it opens in a browser");
}
