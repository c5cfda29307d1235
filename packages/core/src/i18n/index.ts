import { en } from "./en.ts";
import { fi, type PublicKey, type ServerKey } from "./fi.ts";
import { format, type Locale } from "./locale.ts";
import { sv } from "./sv.ts";

export type { PublicKey, ServerKey } from "./fi.ts";
export {
  defaultLocale,
  format,
  isLocale,
  type Locale,
  localeNames,
  locales,
  negotiate,
} from "./locale.ts";

/** What the server says, per language. The UI's own texts live in web/ and never reach the Lambda. */
const catalogs: Record<Locale, Record<ServerKey, string>> = { fi, sv, en };

/** Translate a key, filling `{name}` placeholders. */
export function t(locale: Locale, key: ServerKey, vars?: Record<string, string | number>): string {
  return format(catalogs[locale][key], vars);
}

/**
 * The server's texts that the site shows too (error messages, sector names), one language at a
 * time: the web loads them beside its own texts rather than keeping a copy that could drift.
 */
export const publicTexts: Record<Locale, () => Promise<Record<PublicKey, string>>> = {
  fi: () => import("./public/fi.ts").then((m) => m.fi),
  sv: () => import("./public/sv.ts").then((m) => m.sv),
  en: () => import("./public/en.ts").then((m) => m.en),
};
