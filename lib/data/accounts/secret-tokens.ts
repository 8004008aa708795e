// Session and API tokens: 32 random bytes, given to the client once; the database keeps
// only their SHA-256. A random 256-bit token needs no slow hash: it cannot be guessed, only
// stolen, and a stolen database then holds nothing that signs anyone in.
import { createHash, randomBytes } from "node:crypto";

export const apiTokenPrefix = "ct_";

export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** API tokens carry a prefix so that secret scanners and people can tell what they are. */
export function generateApiToken(): string {
  return apiTokenPrefix + randomBytes(32).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
