/**
 * The UI language as a plain value, for the API client's Accept-Language: the client must not
 * pull in the reactive texts (the request form loads it only when it sends, as a chunk of its
 * own). `lib/i18n.ts` keeps it in step with the UI language.
 */
let current = "fi";

export const requestLocale = (): string => current;

/** A client language beyond fi, sv and en names its base after it (`uk, en;q=0.9`). */
export function setRequestLocale(acceptLanguage: string) {
  current = acceptLanguage;
}
