import { isLocale, type Locale, type MessageKey, negotiate, t } from "@rinnalla/core/i18n/index.ts";
import { createEffect, createSignal } from "solid-js";

export type { Locale, MessageKey };

const STORAGE_KEY = "rinnalla.locale";

/** Where the UI language comes from, most explicit first: `?lang=`, the saved choice, the browser. */
export function pickLocale(source: {
  search?: string;
  stored?: string | null;
  languages?: readonly string[];
}): Locale {
  const fromUrl = new URLSearchParams(source.search ?? "").get("lang");
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(source.stored)) return source.stored;
  return negotiate(source.languages?.join(",") || null);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): fall back to the browser's languages
  }
}

function store(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled: the choice lasts for this page view only, which is acceptable
  }
}

const initial = pickLocale({
  search: location.search,
  stored: readStored(),
  languages: navigator.languages ?? [navigator.language],
});
if (new URLSearchParams(location.search).has("lang")) store(initial);

const [locale, setLocaleSignal] = createSignal<Locale>(initial);

export { locale };

export function setLocale(next: Locale) {
  setLocaleSignal(next);
  store(next);
}

/** Translate in the current UI language (reactive when called inside JSX or an effect). */
export function tr(key: MessageKey, vars?: Record<string, string | number>): string {
  return t(locale(), key, vars);
}

/** Keeps `<html lang>` in step with the UI language. Call once, inside the app's root. */
export function syncDocumentLanguage() {
  createEffect(() => {
    document.documentElement.lang = locale();
  });
}

/** Sets the document title for the current page, re-translated when the language changes. */
export function useTitle(title: () => string) {
  createEffect(() => {
    document.title = `${title()} – ${tr("app.name")}`;
  });
}

/** Languages that `Intl.DisplayNames` does not name reliably (Finnish and Finland-Swedish Sign Language). */
const catalogLanguages: Partial<Record<string, MessageKey>> = {
  fse: "language.fse",
  fss: "language.fss",
};

const languageNames = new Map<Locale, Intl.DisplayNames | null>();

/** A language's name in the UI language, e.g. "ruotsi"; sign languages come from the catalog. */
export function languageName(code: string): string {
  const catalogKey = catalogLanguages[code];
  if (catalogKey) return tr(catalogKey);
  const current = locale();
  if (!languageNames.has(current)) {
    languageNames.set(
      current,
      typeof Intl.DisplayNames === "function"
        ? new Intl.DisplayNames([current], { type: "language", fallback: "code" })
        : null,
    );
  }
  const name = languageNames.get(current)?.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(current) + name.slice(1);
}
