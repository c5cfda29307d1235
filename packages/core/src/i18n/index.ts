import type { ServerKey } from "./fi.ts";
import { format, type Locale } from "./locale.ts";
import { en as mailEn } from "./mail/en.ts";
import { fi as mailFi } from "./mail/fi.ts";
import { sv as mailSv } from "./mail/sv.ts";
import { en as publicEn } from "./public/en.ts";
import { fi as publicFi } from "./public/fi.ts";
import { sv as publicSv } from "./public/sv.ts";

export type { MessageKey, ServerKey } from "./fi.ts";
export {
  defaultLocale,
  format,
  isLocale,
  type Locale,
  localeNames,
  locales,
  negotiate,
} from "./locale.ts";

/** The server's texts: the coordinator UI's catalog stays out of the Lambda bundle. */
const catalogs: Record<Locale, Record<ServerKey, string>> = {
  fi: { ...publicFi, ...mailFi },
  sv: { ...publicSv, ...mailSv },
  en: { ...publicEn, ...mailEn },
};

/** Translate a key, filling `{name}` placeholders. */
export function t(locale: Locale, key: ServerKey, vars?: Record<string, string | number>): string {
  return format(catalogs[locale][key], vars);
}
