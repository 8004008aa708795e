// Is a new password too easy to guess? zxcvbn estimates the guesses an attacker with the
// common-password lists, English words, names, keyboard walks, repeats and dates would need,
// offline (its dictionaries ship in the npm packages). Twelve spaces or "password1234" pass a
// length rule; they do not pass this. docs/decisions/0016.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * zxcvbn's score 3 ("safely unguessable: moderate protection from an offline slow-hash
 * attack", over 10^8 guesses): with scrypt behind it, that is years of guessing per account.
 */
export const minimumPasswordScore = 3;

let estimator: ZxcvbnFactory | undefined;

// Building the dictionaries takes about a second: once, on the first password checked.
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/** Why the password is refused, in words for the person choosing it; null when it is strong enough. */
export function weakPasswordReason(password: string): string | null {
  if (password.trim() === "") return "A password cannot be blank";
  // Past 256 characters zxcvbn's matching grows slow, and such a passphrase is not guessable.
  const result = passwordEstimator().check(password.slice(0, 256));
  if (result.score >= minimumPasswordScore) return null;
  const hint = result.feedback.warning ?? result.feedback.suggestions[0];
  return `This password is too easy to guess${hint ? `: ${hint.replace(/\.$/, "").toLowerCase()}` : ""}. Try a few unrelated words`;
}
