/** The inputs the sign-in steps ask codes in. */

/** An authenticator app's digits: a numeric keypad, and the browser may fill a one-time code. */
export const appCode = {
  inputmode: "numeric",
  autocomplete: "one-time-code",
  maxlength: 8,
  spellcheck: false,
  class: "input--code",
} as const;

/** A recovery code: typed as it is printed, never capitalised or corrected. */
export const recoveryCode = {
  autocomplete: "off",
  autocapitalize: "none",
  spellcheck: false,
  class: "input--code",
} as const;
