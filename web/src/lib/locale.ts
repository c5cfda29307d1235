import type { Locale } from "@rinnalla/core/i18n";

/**
 * The UI language as a plain value, for the API client's Accept-Language: the client must not
 * pull in the reactive texts (the request form loads it only when it sends, as a chunk of its
 * own). `lib/i18n.ts` keeps it in step with the UI language.
 */
let current: Locale = "fi";

export const requestLocale = (): Locale => current;

export function setRequestLocale(locale: Locale) {
  current = locale;
}
