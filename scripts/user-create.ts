// npm run user:create -- --email E --role viewer|editor|admin
// The password comes from stdin when one is piped in (`printf '%s' "$PW" | npm run …`);
// otherwise one is generated and printed once. Runs as the system: whoever can run scripts
// on the server already holds the database.
import { parseArgs } from "node:util";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { system } from "../lib/data/actor";
import { createUser } from "../lib/data/accounts/users";
import { generatePassword } from "../lib/data/accounts/passwords";
import { AppError } from "../lib/errors";

const usage = "Usage: npm run user:create -- --email E --role viewer|editor|admin   (password on stdin, or generated)";

async function readPipedPassword(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is the shell's (echo), not the password's.
  const text = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  return text.length ? text : null;
}

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" } }, strict: true });
if (!values.email || !values.role) {
  console.error(usage);
  process.exit(2);
}

const piped = await readPipedPassword();
const password = piped ?? generatePassword();
const connection = connect(databaseConfig());
try {
  const account = await createUser(system, { email: values.email, role: values.role, password }, connection);
  console.log(`Created ${account.role} ${account.email}.`);
  if (!piped) console.log(`Password (shown once, store it now): ${password}`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(`${error.message}${error.issues ? `\n${error.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join("\n")}` : ""}`);
  process.exitCode = 1;
} finally {
  await connection.disconnect();
}
