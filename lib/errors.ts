// Errors the app answers on purpose. Every JSON endpoint turns them into DESIGN.md's shape:
// HTTP status + {"error": {"code", "message", "issues"?: [{"path", "message"}]}}.

import type { z } from "zod";

export type ErrorIssue = { path: string; message: string };

/** zod's issues in the error shape's words: a dotted path ("(body)" for the whole body) and a message. */
export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(body)", message: issue.message }));
}

export const errorCodes = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  version_conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  upstream_failed: 502,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
    /** Anything a client may need to recover (the current record on a version conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
    this.status = errorCodes[code];
  }
}

/** A missing record answers 404 through this one helper. */
export function invariantFound<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new AppError("not_found", `${what} not found`);
  return value;
}
