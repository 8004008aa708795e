// Reading requests safely: a size limit before parsing, JSON that must parse, a schema
// that must pass, and an Origin check for every state-changing request (Next gives
// route handlers no CSRF protection).
import type { z } from "zod";
import { AppError, zodIssues } from "../errors";
import { requestHost } from "../auth/client-address";

export const defaultBodyLimit = 2 * 1024 * 1024;

export async function readJson<S extends z.ZodType>(request: Request, schema: S, limitBytes = defaultBodyLimit): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("unsupported_media_type", "Send the body as JSON, with Content-Type: application/json");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const bytes = await readLimited(request, limitBytes);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON (UTF-8)");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError("validation_failed", "Some fields are not valid", zodIssues(parsed.error));
  return parsed.data;
}

/**
 * The body, refused once it passes `limitBytes` while it streams in: a body that does not
 * declare its length (chunked) is cut off there rather than read whole. `refusal` names the
 * limit in the caller's words.
 */
export async function readLimited(
  request: Request,
  limitBytes: number,
  refusal: () => AppError = () => tooLarge(limitBytes),
): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw refusal();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(limitBytes: number) {
  return new AppError("payload_too_large", `The body is larger than ${Math.round(limitBytes / 1024)} KB`);
}

/**
 * A browser always sends Origin on a cross-site POST/PUT/PATCH/DELETE; refuse it unless it
 * names this host. Requests without Origin (curl, other tools with a token) pass.
 */
export function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return;
  // X-Forwarded-Host is the client's own word unless a proxy of ours (TRUST_PROXY) set it.
  const host = requestHost(request.headers);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden", "The request's Origin is not valid");
  }
  if (!host || originHost !== host) throw new AppError("forbidden", "Cross-origin requests may not change data");
}
