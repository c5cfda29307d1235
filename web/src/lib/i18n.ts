import {
  baseLocale,
  type ClientLocale,
  direction,
  type ExtraLocale,
  extraPublicTexts,
  format,
  intlLocale,
  isClientLocale,
  isLocale,
  type Locale,
  negotiateClient,
  publicTexts,
} from "@rinnalla/core/i18n";
import type { Sector } from "@rinnalla/core/request";
import { createEffect, createSignal } from "solid-js";
import type { MessageKey } from "../i18n/keys.ts";
import { setRequestLocale } from "./locale.ts";

export type { ClientLocale, Locale, MessageKey };

const STORAGE_KEY = "rinnalla.locale";

/**
 * Where the UI language comes from, most explicit first: `?lang=`, the saved choice, the browser.
 * Any client language may be asked for by name; from the browser's languages plain Finnish is
 * never picked (no browser sends it).
 */
export function pickLocale(source: {
  search?: string;
  stored?: string | null;
  languages?: readonly string[];
}): ClientLocale {
  const fromUrl = new URLSearchParams(source.search ?? "").get("lang");
  if (isClientLocale(fromUrl)) return fromUrl;
  if (isClientLocale(source.stored)) return source.stored;
  return negotiateClient(source.languages?.join(",") || null);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (privacy mode): fall back to the browser's languages
  }
}

function store(locale: ClientLocale) {
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
 * core), and each lazily loaded part adds its own texts when it loads (`addMessages`). A client
 * language beyond fi, sv and en also loads its base language (plain Finnish: Finnish; the others:
 * English), which fills any key it lacks.
 */
type Messages = Partial<Record<MessageKey, string>>;
type PerLocale<T> = Partial<Record<ClientLocale, T>>;
const catalogs: PerLocale<Messages> = {};
/** A language's texts so far, added to as its parts load. */
const catalog = (l: ClientLocale): Messages => (catalogs[l] ??= {});
const publicLoaders: Record<Locale, () => Promise<Messages>> = {
  fi: () => import("../i18n/public/fi.ts").then((m) => m.fi),
  sv: () => import("../i18n/public/sv.ts").then((m) => m.sv),
  en: () => import("../i18n/public/en.ts").then((m) => m.en),
};
/** The machine-assisted languages' note (shown by the page frame, app.tsx), loaded with their texts. */
const machineNotes: Partial<Record<ClientLocale, string>> = {};

const extraChunks: Record<ExtraLocale, () => Promise<{ texts: Messages; note?: string }>> = {
  "fi-selko": () => import("../i18n/extra/fi-selko.ts"),
  uk: () => import("../i18n/extra/uk.ts"),
  ru: () => import("../i18n/extra/ru.ts"),
  ar: () => import("../i18n/extra/ar.ts"),
  so: () => import("../i18n/extra/so.ts"),
};

/**
 * The site's public texts in a language. Each of the five beyond fi, sv and en is one chunk with
 * all a client page says in it (the form, the link pages, the shared words).
 */
async function ownTexts(l: ClientLocale): Promise<Messages> {
  if (isLocale(l)) return publicLoaders[l]();
  const { texts, note } = await extraChunks[l]();
  if (note) machineNotes[l] = note;
  return texts;
}

const loaded = new Set<ClientLocale>();
const [revision, setRevision] = createSignal(0);

async function loadOne(next: ClientLocale): Promise<void> {
  if (loaded.has(next)) return;
  const [own, server] = await Promise.all([
    ownTexts(next),
    isLocale(next) ? publicTexts[next]() : extraPublicTexts(next),
  ]);
  Object.assign(catalog(next), server, own);
  loaded.add(next);
}

async function ensureLoaded(next: ClientLocale): Promise<void> {
  await Promise.all([loadOne(next), loadOne(baseLocale(next))]);
  setRevision((n) => n + 1);
}

/** Texts of a lazily loaded part of the app, per language. */
export function addMessages(extra: PerLocale<Messages>) {
  for (const l of Object.keys(extra) as ClientLocale[]) Object.assign(catalog(l), extra[l]);
  setRevision((n) => n + 1);
}

const [chosen, setChosen] = createSignal<ClientLocale>("fi");
/** Whether the page is one a client reads (the form, its done page, the client's link pages). */
const [clientPage, setClientPageSignal] = createSignal(true);

/**
 * The language the page shows: the chosen one on the client pages; elsewhere (staff, volunteers)
 * its base language, as only fi, sv and en exist there.
 */
export const uiLocale = (): ClientLocale => (clientPage() ? chosen() : baseLocale(chosen()));

/** What the API is told: the UI language, and its base when the server may lack it. */
const acceptLanguage = (l = uiLocale()) => (l === locale() ? l : `${l}, ${locale()};q=0.9`);

/** The product language (fi, sv or en) nearest the chosen one: for staff and volunteer data. */
export const locale = (): Locale => baseLocale(chosen());

export { clientPage };

/** The page frame says whether the current page is a client page (see `uiLocale`). */
export function setClientPage(value: boolean) {
  setClientPageSignal(value);
  setRequestLocale(acceptLanguage());
}

/** Switches language once its texts are here, so nothing flashes in the wrong language. */
export async function setLocale(next: ClientLocale, remember = true): Promise<void> {
  if (remember) store(next);
  try {
    await ensureLoaded(next);
    setChosen(next);
    setRequestLocale(acceptLanguage());
  } catch {
    // Offline: stay in the current language rather than show keys.
  }
}

/** Loads the starting language; the app renders after this. */
export const ready = setLocale(initial, false);

/** Translate in the current UI language (reactive when called inside JSX or an effect). */
export function tr(key: MessageKey, vars?: Record<string, string | number>): string {
  revision();
  const l = uiLocale();
  const text = catalogs[l]?.[key] ?? catalogs[baseLocale(l)]?.[key] ?? key;
  return format(text, vars);
}

/** On a client page in a machine-assisted language, the note saying so (in that language). */
export function machineNote(): string | undefined {
  revision();
  return clientPage() ? machineNotes[uiLocale()] : undefined;
}

/** The tag `Intl` formats dates and numbers with in the UI language. */
export const intlTag = (): string => intlLocale(uiLocale());

/** Keeps `<html lang>` and `dir` in step with the UI language. Call once, inside the app's root. */
export function syncDocumentLanguage() {
  createEffect(() => {
    const l = uiLocale();
    // Plain Finnish is Finnish to screen readers and hyphenation.
    document.documentElement.lang = l === "fi-selko" ? "fi" : l;
    document.documentElement.dir = direction(l);
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

const languageNames = new Map<ClientLocale, Intl.DisplayNames | null>();

/** A sector's name in the UI language (the server's text: emails name it too). */
export const sectorName = (sector: Sector) => tr(`sector.${sector}`);

/** A language's name in the UI language, e.g. "ruotsi"; sign languages come from the catalog. */
export function languageName(code: string): string {
  const catalogKey = catalogLanguages[code];
  if (catalogKey) return tr(catalogKey);
  const current = uiLocale();
  if (!languageNames.has(current)) {
    languageNames.set(
      current,
      typeof Intl.DisplayNames === "function"
        ? new Intl.DisplayNames([intlLocale(current)], { type: "language", fallback: "code" })
        : null,
    );
  }
  const name = languageNames.get(current)?.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(intlLocale(current)) + name.slice(1);
}
