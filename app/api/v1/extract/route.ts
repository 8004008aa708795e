// POST /api/v1/extract — proposes the claims in a text (DESIGN.md's fixed interface).
import { listKnownSources } from "@/lib/data/known-sources";
import { extractCandidates } from "@/lib/extract";
import { readJson } from "@/lib/http/request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { extractRequestSchema } from "@/lib/schemas/extract-request";

// A 1,000,000-character text is up to 4 MB of UTF-8, plus JSON escaping.
const bodyLimitBytes = 5 * 1024 * 1024;

export const POST = route(async (request) => {
  const { text, publishedAt } = await readJson(request, extractRequestSchema, bodyLimitBytes);
  const candidates = extractCandidates(text, { publishedAt, knownSources: await listKnownSources() });
  return json({ candidates });
});
