/** Which languages exist, without their catalogs: the form's schema needs only this. */
export const locales = ["fi", "sv", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fi";

/** Each language named in itself, for the language switcher. */
export const localeNames: Record<Locale, string> = { fi: "Suomi", sv: "Svenska", en: "English" };

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

/** Picks the best supported locale from an Accept-Language header. */
export function negotiate(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0], q: q ? Number(q.split("=")[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return (ranked.find((r) => isLocale(r.lang))?.lang as Locale | undefined) ?? defaultLocale;
}
