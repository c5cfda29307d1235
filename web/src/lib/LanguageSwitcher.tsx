import { type ClientLocale, clientLocales, localeNames, locales } from "@rinnalla/core/i18n";
import { useSearchParams } from "@solidjs/router";
import { For } from "solid-js";
import { clientPage, setLocale, tr, uiLocale } from "./i18n.ts";

/**
 * The languages, each named in itself; the current one is marked pressed. A client page offers
 * every client language; the staff's and volunteers' pages fi, sv and en only (a client language
 * shows there as its base language, which is then the pressed one).
 */
export function LanguageSwitcher() {
  const [params, setParams] = useSearchParams();
  const choose = (next: ClientLocale) => {
    setLocale(next);
    // A `?lang=` in the address would win on reload, so it follows the choice.
    if (params.lang) setParams({ lang: next }, { replace: true });
  };
  const options = (): readonly ClientLocale[] => (clientPage() ? clientLocales : locales);
  return (
    <nav class="lang-switcher" aria-label={tr("lang.label")}>
      <ul>
        <For each={options()}>
          {(option) => (
            <li>
              <button
                type="button"
                id={`lang-${option}`}
                lang={option === "fi-selko" ? "fi" : option}
                aria-pressed={uiLocale() === option}
                onClick={() => choose(option)}
              >
                {localeNames[option]}
              </button>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
