/** Which languages exist, without their catalogs: the form's schema needs only this. */
export const locales = ["fi", "sv", "en"] as const;
/** The full product languages: every text, staff's and volunteers' too. */
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fi";

/**
 * The languages a client or requester can read: the product languages and, for the pages and
 * messages a client sees, plain Finnish (selkosuomi), Ukrainian, Russian, Arabic and Somali.
 */
export const clientLocales = ["fi", "sv", "en", "fi-selko", "uk", "ru", "ar", "so"] as const;
export type ClientLocale = (typeof clientLocales)[number];
/** The client languages beyond the product languages. */
export const extraLocales = ["fi-selko", "uk", "ru", "ar", "so"] as const;
export type ExtraLocale = (typeof extraLocales)[number];

/** Each language named in itself, for the language switcher. */
export const localeNames: Record<ClientLocale, string> = {
  fi: "Suomi",
  sv: "Svenska",
  en: "English",
  "fi-selko": "Selkosuomi",
  uk: "Українська",
  ru: "Русский",
  ar: "العربية",
  so: "Soomaali",
};

/**
 * The product language a client language falls back to, and the one used where only fi, sv and
 * en exist (staff views, volunteers' letters): plain Finnish to Finnish, the others to English.
 */
export const baseLocale = (l: ClientLocale): Locale =>
  l === "fi-selko" ? "fi" : isLocale(l) ? l : "en";

/** Which way a language's text runs. */
export const direction = (l: ClientLocale): "rtl" | "ltr" => (l === "ar" ? "rtl" : "ltr");

/**
 * The tag Intl formats dates and numbers with in a language: Finland's own for Swedish, British
 * English (day before month), and Latin digits for Arabic, so dates and times read the same as
 * the reference and the phone number beside them.
 */
export const intlLocale = (l: ClientLocale): string =>
  intlTags[l] ?? (l === "fi-selko" ? "fi-FI" : l);
const intlTags: Partial<Record<ClientLocale, string>> = {
  fi: "fi-FI",
  sv: "sv-FI",
  en: "en-GB",
  ar: "ar-u-nu-latn",
};

/** Fills `{name}` placeholders; an unknown placeholder is left as it is. */
export function format(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function isClientLocale(value: unknown): value is ClientLocale {
  return typeof value === "string" && (clientLocales as readonly string[]).includes(value);
}

/** The languages of an Accept-Language header, primary subtags, most wanted first. */
function ranked(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      // A weight that is not a number counts as 0: not wanted.
      return {
        lang: tag.trim().toLowerCase().split("-")[0] ?? "",
        q: q ? Number(q.trim().slice(2)) || 0 : 1,
      };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((r) => r.lang);
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiate(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return defaultLocale;
  return ranked(acceptLanguage).find(isLocale) ?? defaultLocale;
}

/**
 * Picks the best client language from an Accept-Language header. Plain Finnish has no tag of its
 * own a browser would send: it is only ever chosen by the reader.
 */
export function negotiateClient(acceptLanguage: string | undefined | null): ClientLocale {
  if (!acceptLanguage) return defaultLocale;
  return ranked(acceptLanguage).find(isClientLocale) ?? defaultLocale;
}
