import { en } from "./en.ts";
import { fi, type MessageKey } from "./fi.ts";
import { format, type Locale } from "./locale.ts";
import { sv } from "./sv.ts";

export {
  defaultLocale,
  format,
  isLocale,
  type Locale,
  localeNames,
  locales,
  negotiate,
} from "./locale.ts";
export type { MessageKey };

const catalogs: Record<Locale, Record<MessageKey, string>> = { fi, sv, en };

/** Translate a key, filling `{name}` placeholders. */
export function t(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  return format(catalogs[locale][key], vars);
}
