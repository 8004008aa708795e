// Any /api/v1/ path no route handles: the JSON error shape's 404, not the HTML page, so that
// an API client reads the same shape for every answer. (Next tries every named route first.)
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

async function unknownPath(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(new AppError("not_found", `No API endpoint at ${pathname}: the endpoints are listed at /api/v1/openapi.json`));
}

export {
  unknownPath as DELETE,
  unknownPath as GET,
  unknownPath as HEAD,
  unknownPath as OPTIONS,
  unknownPath as PATCH,
  unknownPath as POST,
  unknownPath as PUT,
};
