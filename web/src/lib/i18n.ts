import { format, isLocale, type Locale, negotiate, publicTexts } from "@rinnalla/core/i18n";
import type { Sector } from "@rinnalla/core/request";
import { createEffect, createSignal } from "solid-js";
import type { MessageKey } from "../i18n/keys.ts";
import { setRequestLocale } from "./locale.ts";

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

/**
 * The browser holds only the texts it needs: when a language is chosen, its public texts are
 * fetched (two small files: the site's own, and the server's error messages and sector names from
 * core), and each lazily loaded part adds its own texts when it loads (`addMessages`).
 */
type Messages = Partial<Record<MessageKey, string>>;
const catalogs: Record<Locale, Messages> = { fi: {}, sv: {}, en: {} };
const publicLoaders: Record<Locale, () => Promise<Messages>> = {
  fi: () => import("../i18n/public/fi.ts").then((m) => m.fi),
  sv: () => import("../i18n/public/sv.ts").then((m) => m.sv),
  en: () => import("../i18n/public/en.ts").then((m) => m.en),
};
const loaded = new Set<Locale>();
const [revision, setRevision] = createSignal(0);

async function ensureLoaded(next: Locale): Promise<void> {
  if (loaded.has(next)) return;
  const [own, server] = await Promise.all([publicLoaders[next](), publicTexts[next]()]);
  Object.assign(catalogs[next], server, own);
  loaded.add(next);
  setRevision((n) => n + 1);
}

/** Texts of a lazily loaded part of the app, per language. */
export function addMessages(extra: Record<Locale, Messages>) {
  for (const l of Object.keys(extra) as Locale[]) Object.assign(catalogs[l], extra[l]);
  setRevision((n) => n + 1);
}

const [locale, setLocaleSignal] = createSignal<Locale>("fi");

export { locale };

/** Switches language once its texts are here, so nothing flashes in the wrong language. */
export async function setLocale(next: Locale, remember = true): Promise<void> {
  if (remember) store(next);
  try {
    await ensureLoaded(next);
    setLocaleSignal(next);
    setRequestLocale(next);
  } catch {
    // Offline: stay in the current language rather than show keys.
  }
}

/** Loads the starting language; the app renders after this. */
export const ready = setLocale(initial, false);

/** Translate in the current UI language (reactive when called inside JSX or an effect). */
export function tr(key: MessageKey, vars?: Record<string, string | number>): string {
  revision();
  const text = catalogs[locale()][key] ?? key;
  return format(text, vars);
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

/** A sector's name in the UI language (the server's text: emails name it too). */
export const sectorName = (sector: Sector) => tr(`sector.${sector}`);

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
