// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, generated from its zod schemas.
import { openApiDocument } from "@/lib/openapi/document";
import { conditionalJson, listEtag } from "@/lib/http/etag";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const document = openApiDocument();
const etag = listEtag(document);

export const GET = route(async (request: Request) => conditionalJson(request, document, etag, { headers: { "cache-control": "public, max-age=300" } }));
