import { type Locale, localeNames, locales } from "@rinnalla/core/i18n";
import { useSearchParams } from "@solidjs/router";
import { For } from "solid-js";
import { locale, setLocale, tr } from "./i18n.ts";

/** fi / sv / en, each named in its own language; the current one is marked pressed. */
export function LanguageSwitcher() {
  const [params, setParams] = useSearchParams();
  const choose = (next: Locale) => {
    setLocale(next);
    // A `?lang=` in the address would win on reload, so it follows the choice.
    if (params.lang) setParams({ lang: next }, { replace: true });
  };
  return (
    <nav class="lang-switcher" aria-label={tr("lang.label")}>
      <ul>
        <For each={locales}>
          {(option) => (
            <li>
              <button
                type="button"
                id={`lang-${option}`}
                lang={option}
                aria-pressed={locale() === option}
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
