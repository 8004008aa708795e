// Requests from a chosen loopback address (127.0.0.2, 127.0.0.3…): every 127.x address
// reaches the test server, which sees it as the socket's peer. Tests of per-address limits
// use one address each, so that they neither trip each other's limits nor need the server to
// trust X-Forwarded-For.
import { request } from "node:http";
import { inject } from "vitest";

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; text: string; ms: number };

export function requestFrom(
  address: string,
  method: string,
  path: string,
  { body, headers = {} }: { body?: string; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const url = new URL(path, inject("apiBaseUrl"));
  const sized = body === undefined ? {} : { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, localAddress: address, headers: { ...sized, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export const errorOf = (answer: RawAnswer) => (JSON.parse(answer.text) as { error: { code: string; message: string; retryAfterSeconds?: number } }).error;
