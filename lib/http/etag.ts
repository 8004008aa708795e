// Conditional requests for the REST API. A record's ETag is its id and version (every field
// of the API's representation changes only with the version), so it is cheap and strong; a
// list's ETag is a hash of the page it answers. If-None-Match on a read answers 304 when
// nothing changed; If-Match on a change carries the version the client started from, and a
// stale one answers 412 (a stale `version` in the body answers 409; both send the record now).
import { createHash } from "node:crypto";
import { AppError } from "../errors";

export function recordEtag(record: { id: string; version: number }): string {
  return `"${record.id}.v${record.version}"`;
}

export function listEtag(body: unknown): string {
  return `W/"${createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 27)}"`;
}

/** Weak comparison (RFC 9110 §8.8.3.2), as If-None-Match asks: W/ is ignored. */
const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

function matchesAny(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** JSON with its ETag, or 304 Not Modified when the client already holds this one. */
export function conditionalJson(request: Request, body: unknown, etag: string, init: ResponseInit = {}): Response {
  // Private: what a reader may see depends on who asks (deleted records, PUBLIC_READ).
  const headers = new Headers({ etag, "cache-control": "private, no-cache", vary: "Authorization, Cookie" });
  new Headers(init.headers).forEach((value, key) => {
    headers.set(key, value);
  });
  if (matchesAny(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function recordJson(request: Request, record: { id: string; version: number }, init: ResponseInit = {}): Response {
  return conditionalJson(request, record, recordEtag(record), init);
}

export type StartingVersion = { version: number; from: "if-match" | "body" | "query" };

/** The version an If-Match header names for this record; undefined when there is no header. */
function versionFromIfMatch(header: string | null, id: string): number | undefined {
  // "*" asks only that the record exist, which names no version: the body's must then do.
  if (header === null || header.trim() === "*") return undefined;
  const match = /^"([A-Za-z0-9_-]+)\.v([1-9][0-9]{0,9})"$/.exec(opaque(header));
  if (!match) throw new AppError("precondition_failed", 'If-Match must be one ETag this API gave for the record, e.g. "<id>.v3"');
  if (match[1] !== id) throw new AppError("precondition_failed", "The If-Match ETag is for another record");
  return Number(match[2]);
}

/**
 * The version a change starts from: If-Match when sent, else the body's (or query's)
 * `version`. One of them is required: a change that names no version could overwrite
 * someone else's without knowing.
 */
export function startingVersion(request: Request, id: string, sent: number | undefined, sentIn: "body" | "query" = "body"): StartingVersion {
  const fromHeader = versionFromIfMatch(request.headers.get("if-match"), id);
  if (fromHeader !== undefined) return { version: fromHeader, from: "if-match" };
  if (sent !== undefined) return { version: sent, from: sentIn };
  throw new AppError("validation_failed", "Say which version you started from: an If-Match header with the record's ETag, or `version`", [
    { path: "version", message: "Required (or send If-Match)" },
  ]);
}

/** Runs a change; a version conflict on an If-Match version answers 412 instead of 409. */
export async function withStartingVersion<T>(start: StartingVersion, change: (version: number) => Promise<T>): Promise<T> {
  try {
    return await change(start.version);
  } catch (error) {
    if (error instanceof AppError && error.code === "version_conflict" && start.from === "if-match") {
      throw new AppError(
        "precondition_failed",
        "The record has changed since the ETag in If-Match: compare, then apply your change again",
        undefined,
        error.details,
      );
    }
    throw error;
  }
}
