// Server actions answer {ok: true, data} or {ok: false, error} with the same error shape as
// the JSON endpoints, so forms can show which field is wrong and why. Their arguments come
// from the network like any request body: anyone can post any value to an action, so a value
// of the wrong kind is answered as a bad request (code "bad_request", HTTP 400), never with a
// crash (500). A refusal's HTTP status follows its code, as the JSON endpoints' do
// (action-status.ts). docs/decisions/0016.
import type { z } from "zod";
import { AppError, type ErrorIssue, errorCodes, zodIssues } from "../errors";
import { log } from "../log";
import { answerActionWith } from "./action-status";

export type ActionError = { code: string; message: string; issues?: ErrorIssue[]; details?: Record<string, unknown> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** The answer to arguments no form of ours sends (not a form, not an object): HTTP 400. */
export function malformedAction(): ActionError {
  return refused({
    code: "bad_request",
    message: "The request could not be read (its arguments are not what this form sends): reload the page and try again",
  });
}

/** A refusal, sent with the HTTP status its code has on the JSON endpoints. */
function refused(error: ActionError): ActionError {
  answerActionWith(errorCodes[error.code as keyof typeof errorCodes] ?? 500);
  return error;
}

/** A form action's form: FormData, or null when the caller posted something else. */
export function postedForm(value: unknown): FormData | null {
  return value instanceof FormData ? value : null;
}

/** A useActionState previous state: an object, or null when the caller posted something else. */
export function previousState<T extends object>(value: unknown): T | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as T) : null;
}

function toActionError(error: unknown): ActionError {
  if (error instanceof AppError) return refused({ code: error.code, message: error.message, issues: error.issues, details: error.details });
  log.error({ err: error }, "unexpected error in a server action");
  return refused({ code: "internal", message: "Something went wrong on our side; nothing was saved" });
}

/**
 * An action of one input: `authorise` first (who is asking, before the input is looked at),
 * then the schema, then `run`.
 */
export function validatedAction<S extends z.ZodType, T>(schema: S, run: (input: z.output<S>) => Promise<T>, authorise?: () => Promise<void>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    try {
      await authorise?.();
    } catch (error) {
      return { ok: false, error: toActionError(error) };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: refused({ code: "validation_failed", message: "Some fields are not valid", issues: zodIssues(parsed.error) }) };
    }
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (error) {
      return { ok: false, error: toActionError(error) };
    }
  };
}
