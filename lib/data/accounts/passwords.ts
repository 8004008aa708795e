// Password hashing with scrypt (node:crypto): memory-hard, built into Node, no native add-on.
// Parameters follow OWASP's minimum for scrypt (N=2^17, r=8, p=1: 128 MiB and ~0.3 s per
// hash here) and are stored with each hash, so raising them later leaves old hashes valid.
// See docs/decisions/0006-accounts-and-sessions.md.
import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from "node:crypto";

export type ScryptParameters = { N: number; r: number; p: number };

export const passwordHashParameters: ScryptParameters = { N: 2 ** 17, r: 8, p: 1 };
const saltBytes = 16;
const keyBytes = 32;

function deriveKey(password: string, salt: Buffer, { N, r, p }: ScryptParameters): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses more than 32 MiB unless maxmem says otherwise.
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize("NFKC"), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64. */
export async function hashPassword(password: string, parameters: ScryptParameters = passwordHashParameters): Promise<string> {
  const salt = randomBytes(saltBytes);
  const key = await deriveKey(password, salt, parameters);
  return ["scrypt", parameters.N, parameters.r, parameters.p, salt.toString("base64"), key.toString("base64")].join("$");
}

function parseHash(stored: string) {
  const [scheme, N, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return null;
  const parameters = { N: Number(N), r: Number(r), p: Number(p) };
  if (!Object.values(parameters).every((value) => Number.isSafeInteger(value) && value > 0)) return null;
  return { parameters, salt: Buffer.from(salt, "base64"), key: Buffer.from(key, "base64") };
}

/** Compares in constant time, so the time taken says nothing about how close a guess was. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const candidate = await deriveKey(password, parsed.salt, parsed.parameters);
  return candidate.length === parsed.key.length && timingSafeEqual(candidate, parsed.key);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time a real verification would when the email is unknown, so that the answer's
 * timing does not tell an attacker which emails have accounts.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("not a real password");
  await verifyPassword(password, await dummyHash);
  return false;
}

/** A password for a new account when none is given: 18 random bytes, 24 characters. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
