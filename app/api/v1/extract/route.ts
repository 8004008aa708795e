// POST /api/v1/extract — proposes the claims in a text (DESIGN.md's fixed interface).
// Open to anonymous callers, within tighter limits than signed-in ones (lib/auth/limits.ts):
// who is asking is known before the body is read, and the reading itself runs in the
// extraction pool, off the event loop, within a time budget. docs/decisions/0016.
import { actorFromRequest } from "@/lib/auth/current-actor";
import { appLimits, extractionLimits } from "@/lib/auth/limits";
import { listKnownSources } from "@/lib/data/known-sources";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/auth/client-address";
import { readJson } from "@/lib/http/request";
import { jsonText } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { extractRequestSchema } from "@/lib/schemas/extract-request";
import { extractAnswerJsonInPool } from "@/lib/workers/extraction-pool";

// A character is up to 4 bytes of UTF-8, and JSON escaping adds more: the character limit,
// checked after parsing, is the one that counts; this only stops a body far past it.
const bodyLimitBytes = (maxCharacters: number) => maxCharacters * 5 + 64 * 1024;

export const POST = route(async (request) => {
  const actor = await actorFromRequest(request);
  const signedIn = actor.kind === "user";
  const limits = extractionLimits(signedIn);
  const verdict = await (signedIn
    ? appLimits().extractionsPerAccount.take(actor.userId)
    : appLimits().anonymousExtractionsPerAddress.take(clientAddress(request.headers)));
  if (!verdict.allowed) {
    const whose = signedIn ? "this account" : "this address; signed-in callers may send more";
    throw new AppError("rate_limited", `Too many texts to read from ${whose}. Try again in ${verdict.retryAfterSeconds} s.`, undefined, {
      retryAfterSeconds: verdict.retryAfterSeconds,
    });
  }
  const { text, publishedAt } = await readJson(request, extractRequestSchema, bodyLimitBytes(limits.maxCharacters));
  if (text.length > limits.maxCharacters) {
    const more = signedIn ? "" : " without an account; sign in (or use an API token) to send up to 1,000,000";
    throw new AppError(
      "payload_too_large",
      `The text has ${text.length.toLocaleString("en-US")} characters: at most ${limits.maxCharacters.toLocaleString("en-US")} may be sent${more}.`,
    );
  }
  // The answer is serialised in the pool's thread: this one only passes the text on.
  return jsonText(await extractAnswerJsonInPool(text, { publishedAt, knownSources: await listKnownSources() }, limits.budgetMs));
});
