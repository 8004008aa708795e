// One error shape for every JSON endpoint, and the mapping of everything that can be
// thrown into it: our AppError, zod's issues, Prisma's known errors (by code, never by text).
import { z } from "zod";
import { AppError, type ErrorIssue, zodIssues } from "../errors";
import { log } from "../log";

export function json(body: unknown, init: ResponseInit = {}) {
  return jsonText(JSON.stringify(body), init);
}

/** A JSON answer already serialised (by the extraction pool's thread, say). */
export function jsonText(body: string, init: ResponseInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.set("cache-control", headers.get("cache-control") ?? "no-store");
  return new Response(body, { ...init, headers });
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  // Only our own failures are logged; an upstream site failing (502) is not a bug here.
  if (appError.code === "internal") log.error({ err: error }, "unexpected error");
  const body: { error: { code: string; message: string; issues?: ErrorIssue[] } & Record<string, unknown> } = {
    error: { code: appError.code, message: appError.message, ...(appError.issues ? { issues: appError.issues } : {}), ...appError.details },
  };
  const retryAfter = appError.details?.retryAfterSeconds;
  return json(body, { status: appError.status, headers: typeof retryAfter === "number" ? { "retry-after": String(Math.ceil(retryAfter)) } : {} });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return new AppError("validation_failed", "Some fields are not valid", zodIssues(error));
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") return new AppError("duplicate", "A record with the same unique value already exists");
  if (code === "P2025") return new AppError("not_found", "The record was not found");
  if (code === "P2003") return new AppError("validation_failed", "A linked record does not exist");
  return new AppError("internal", "Something went wrong on our side; nothing was saved");
}
