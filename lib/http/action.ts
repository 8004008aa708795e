// Server actions answer {ok: true, data} or {ok: false, error} with the same error shape as
// the JSON endpoints, so forms can show which field is wrong and why.
import type { z } from "zod";
import { AppError, type ErrorIssue, zodIssues } from "../errors";
import { log } from "../log";

export type ActionError = { code: string; message: string; issues?: ErrorIssue[]; details?: Record<string, unknown> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export function validatedAction<S extends z.ZodType, T>(schema: S, run: (input: z.output<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: "validation_failed", message: "Some fields are not valid", issues: zodIssues(parsed.error) } };
    }
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, issues: error.issues, details: error.details } };
      }
      log.error({ err: error }, "unexpected error in a server action");
      return { ok: false, error: { code: "internal", message: "Something went wrong on our side; nothing was saved" } };
    }
  };
}
