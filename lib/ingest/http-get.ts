// One HTTP GET to an already-checked address, and reading its body within a byte limit.
import type { IncomingMessage } from "node:http";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "../errors";
import type { Target } from "./target";

const requestHeaders = {
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "claim-tracker/0.1 (fetches one report page at an analyst's request)",
};

/**
 * A lookup that answers with the address we checked, whatever the name: the connection goes
 * where the check looked, so a DNS answer that changes between check and connect (DNS
 * rebinding) cannot send it to a private address.
 */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address);
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/** Sends the GET and answers with the response head; the body is read by `readBody`. */
export function get(target: Target, signal: AbortSignal): Promise<IncomingMessage> {
  const { url, hostname, address } = target;
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request({
      protocol: url.protocol,
      // The hostname stays for the Host header and TLS (SNI and certificate checks);
      // only the address lookup is replaced.
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers: requestHeaders,
      lookup: pinnedLookup(address),
      // No pooled keep-alive sockets: every fetch opens its own connection to its own address.
      agent: false,
      signal,
    });
    request.once("response", resolve);
    // `on`, not `once`: a second error (a reset after an abort) must not go unhandled.
    request.on("error", reject);
    request.end();
  });
}

/** Discards a response we do not read (a redirect, an error page, a refused type). */
export function discard(response: IncomingMessage): void {
  response.destroy();
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The page is larger than ${formatBytes(maxBytes)}; paste its text instead`);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function decompressor(encoding: string): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  if (encoding === "gzip" || encoding === "x-gzip") return zlib.createGunzip();
  if (encoding === "deflate") return zlib.createInflate();
  if (encoding === "br") return zlib.createBrotliDecompress();
  return null;
}

function decodedStream(response: IncomingMessage): Readable {
  const encoding = String(response.headers["content-encoding"] ?? "identity")
    .trim()
    .toLowerCase();
  if (encoding === "identity" || encoding === "") return response;
  const stream = decompressor(encoding);
  if (!stream) {
    discard(response);
    throw new AppError("unsupported_media_type", `The page is compressed in a way we cannot read (${encoding})`);
  }
  return pipeline(response, stream, () => {});
}

/**
 * Reads the body, refusing once it passes `maxBytes`. The limit counts decompressed bytes,
 * so a small compressed body cannot expand into gigabytes in memory.
 */
export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(response);
    throw tooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decodedStream(response) as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      discard(response);
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
