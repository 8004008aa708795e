// Local HTTP servers for the fetch tests, on 127.0.0.1 only, each on a port of its own.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export type TestServer = {
  origin: string;
  port: number;
  /** Each request's path and Host header, in order. */
  requests: { path: string; host: string | undefined }[];
  close(): Promise<void>;
};

export async function startTestServer(routes: Record<string, Route>): Promise<TestServer> {
  const requests: TestServer["requests"] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, host: request.headers.host });
    const route = routes[path.split("?")[0]!];
    if (route) return route(request, response);
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // Slow-body routes keep sockets open; end them so the server can close.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(status: number, headers: Record<string, string>, body: string | Buffer = ""): Route {
  return (_request, response) => {
    response.writeHead(status, headers).end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return send(status, { location });
}
