import { en } from "./en.ts";
import { fi, type MessageKey } from "./fi.ts";
import type { Locale } from "./locale.ts";
import { sv } from "./sv.ts";

export { defaultLocale, isLocale, type Locale, locales, negotiate } from "./locale.ts";
export type { MessageKey };

const catalogs: Record<Locale, Record<MessageKey, string>> = { fi, sv, en };

/** Translate a key, filling `{name}` placeholders. */
export function t(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = catalogs[locale][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}
