// Serves the production build on HOST:PORT (127.0.0.1:3000 unless told otherwise), used by
// `npm start` and the test servers. It exists for one reason: Next's own server passes a
// client's X-Forwarded-For on untouched, so any client could pick the address the rate
// limits count. Here the address is resolved from the socket (and TRUST_PROXY's proxies)
// and written into X-Forwarded-For before Next sees the request. docs/decisions/0016.
import { createServer } from "node:http";
import { resolve } from "node:path";
import next from "next";
import { config } from "../lib/config";
import { listenHost, resolveClientAddress, trustedProxyCount } from "../lib/auth/client-address";
import { actionAnswers } from "../lib/http/action-status";
import { warmExtractionPool } from "../lib/workers/extraction-pool";

const root = resolve(import.meta.dirname, "..");
const port = config().PORT;
const host = listenHost();
const trustedProxies = trustedProxyCount();

const app = next({ dev: false, dir: root, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  const forwardedFor = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = resolveClientAddress(
    request.socket.remoteAddress,
    Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
    trustedProxies,
  );
  if (trustedProxies === 0) {
    // Without a proxy of ours these are the client's own words: Next sets them from the socket.
    for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"]) delete request.headers[name];
  }
  if (!request.headers["next-action"]) {
    void handle(request, response);
    return;
  }
  // A server action: Next answers 200 whatever the action decided; a refusal's status
  // (lib/http/action-status.ts) goes out instead, when Next writes the head.
  const answer: { status?: number } = {};
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => typeof response;
  response.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(status === 200 && answer.status !== undefined ? answer.status : status, ...rest)) as typeof response.writeHead;
  void actionAnswers().run(answer, () => handle(request, response));
});

server.listen(port, host, () => {
  warmExtractionPool();
  console.log(
    `Serving on http://${host.includes(":") ? `[${host}]` : host}:${port}${trustedProxies ? ` (trusting ${trustedProxies} proxy hop${trustedProxies > 1 ? "s" : ""})` : ""}`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
