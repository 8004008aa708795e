"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

type Props = { returnPath: string; signedOut: boolean };

export function SignInForm({ returnPath, signedOut }: Props) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { email: "" });
  const emailError = state.fieldErrors?.email?.[0];
  const passwordError = state.fieldErrors?.password?.[0];
  return (
    <section className="sign-in" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">Sign in</h1>
      {signedOut && !state.message && (
        <p className="sign-in-notice" role="status">
          You have signed out.
        </p>
      )}
      {state.message && (
        <p className="sign-in-error" role="alert">
          {state.message}
        </p>
      )}
      <form action={formAction} noValidate>
        <input type="hidden" name="next" value={returnPath} />
        <div className="field">
          <label htmlFor="sign-in-email">Email</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state.email}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "sign-in-email-error" : undefined}
          />
          {emailError && (
            <p id="sign-in-email-error" className="field-error">
              {emailError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">Password</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? "sign-in-password-error" : undefined}
          />
          {passwordError && (
            <p id="sign-in-password-error" className="field-error">
              {passwordError}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </section>
  );
}
