import { ar as arMail } from "./client-mail/ar.ts";
import { fiSelko as fiSelkoMail } from "./client-mail/fi-selko.ts";
import { ru as ruMail } from "./client-mail/ru.ts";
import { so as soMail } from "./client-mail/so.ts";
import { uk as ukMail } from "./client-mail/uk.ts";
import { en } from "./en.ts";
import { fi, type PublicKey, type ServerKey } from "./fi.ts";
import { baseLocale, type ClientLocale, type ExtraLocale, format, type Locale } from "./locale.ts";
import { ar as arPublic } from "./public/ar.ts";
import { fiSelko as fiSelkoPublic } from "./public/fi-selko.ts";
import { ru as ruPublic } from "./public/ru.ts";
import { so as soPublic } from "./public/so.ts";
import { uk as ukPublic } from "./public/uk.ts";
import { sv } from "./sv.ts";

export type { ClientMailKey } from "./client-mail/keys.ts";
export type { ClientSurveyWords } from "./client-survey/keys.ts";
export type { PublicKey, ServerKey } from "./fi.ts";
export {
  baseLocale,
  type ClientLocale,
  clientLocales,
  defaultLocale,
  direction,
  type ExtraLocale,
  extraLocales,
  format,
  intlLocale,
  isClientLocale,
  isLocale,
  type Locale,
  localeNames,
  locales,
  negotiate,
  negotiateClient,
} from "./locale.ts";

/** What the server says, per language. The UI's own texts live in web/ and never reach the Lambda. */
const catalogs: Record<Locale, Record<ServerKey, string>> = { fi, sv, en };

/**
 * The client languages beyond fi, sv and en translate only what a client sees: the public texts
 * (error messages, sector names) and the client's emails. Anything else falls back to the base.
 * Plain object literals only at the top level, so a bundle that never calls `t` (the site's)
 * drops them all.
 */
const extraPublic = {
  "fi-selko": fiSelkoPublic,
  uk: ukPublic,
  ru: ruPublic,
  ar: arPublic,
  so: soPublic,
};
const extraMail = { "fi-selko": fiSelkoMail, uk: ukMail, ru: ruMail, ar: arMail, so: soMail };

function extraText(locale: ExtraLocale, key: ServerKey): string | undefined {
  const mail: Partial<Record<ServerKey, string>> = extraMail[locale];
  const pub: Partial<Record<ServerKey, string>> = extraPublic[locale];
  return mail[key] ?? pub[key];
}

/** Translate a key, filling `{name}` placeholders; a client language falls back to its base. */
export function t(
  locale: ClientLocale,
  key: ServerKey,
  vars?: Record<string, string | number>,
): string {
  const extra = locale in extraPublic ? extraText(locale as ExtraLocale, key) : undefined;
  return format(extra || catalogs[baseLocale(locale)][key], vars);
}

/**
 * The server's texts that the site shows too (error messages, sector names), one language at a
 * time: the web loads them beside its own texts rather than keeping a copy that could drift.
 * The five client languages beyond fi, sv and en come in one chunk (`extraPublicTexts`): one
 * loader costs the form's entry less than five.
 */
export const publicTexts: Record<Locale, () => Promise<Record<PublicKey, string>>> = {
  fi: () => import("./public/fi.ts").then((m) => m.fi),
  sv: () => import("./public/sv.ts").then((m) => m.sv),
  en: () => import("./public/en.ts").then((m) => m.en),
};

export const extraPublicTexts = (l: ExtraLocale): Promise<Record<PublicKey, string>> =>
  import("./public/extra.ts").then((m) => m.extraPublic[l]);
