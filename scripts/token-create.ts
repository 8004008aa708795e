// npm run token:create -- --email E --name N       make an API token (printed once)
// npm run token:create -- --email E --revoke N     revoke the live token of that name
// npm run token:create -- --email E --list         list the user's tokens (never their values)
// Runs as the system; the token acts with its user's role at each request.
import { parseArgs } from "node:util";
import { connect } from "../lib/db/client";
import { databaseConfig } from "../lib/db/config";
import { system } from "../lib/data/actor";
import { createApiToken, listApiTokens, revokeApiToken } from "../lib/data/accounts/tokens";
import { AppError } from "../lib/errors";

const usage = "Usage: npm run token:create -- --email E (--name N | --revoke N | --list)";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, revoke: { type: "string" }, list: { type: "boolean" } },
  strict: true,
});
const chosen = [values.name !== undefined, values.revoke !== undefined, values.list === true].filter(Boolean).length;
if (!values.email || chosen !== 1) {
  console.error(usage);
  process.exit(2);
}
const email = values.email;

const connection = connect(databaseConfig());
try {
  if (values.list) {
    const tokens = await listApiTokens(system, email, connection);
    if (!tokens.length) console.log(`${email} has no API tokens.`);
    for (const token of tokens) {
      console.log(`${token.name}\tcreated ${token.createdAt.toISOString()}\t${token.revokedAt ? `revoked ${token.revokedAt.toISOString()}` : "live"}`);
    }
  } else if (values.revoke !== undefined) {
    await revokeApiToken(system, { email, name: values.revoke }, connection);
    console.log(`Revoked ${email}'s token "${values.revoke.trim()}".`);
  } else {
    const { token, summary, account } = await createApiToken(system, { email, name: values.name! }, connection);
    console.log(`Created token "${summary.name}" for ${account.email} (acts as ${account.role}).`);
    console.log("Token (shown once, store it now):");
    console.log(token);
  }
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await connection.disconnect();
}
