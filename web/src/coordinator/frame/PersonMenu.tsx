import { type Locale, localeNames, locales } from "@rinnalla/core/i18n";
import { useLocation, useSearchParams } from "@solidjs/router";
import { createEffect, For, on, Show } from "solid-js";
import { createDisclosure } from "../../lib/disclosure.ts";
import { locale, setLocale, tr } from "../../lib/i18n.ts";
import { useApi } from "../api.ts";
import { useMe } from "../session.ts";
import { createPreferences, MonthlyReportChoice } from "./Preferences.tsx";

/** "KK" for Kaisa Koordinaattori: the person menu's button on a phone. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toLocaleUpperCase())
    .join("");

/**
 * The signed-in person in one place: who they are, the language of the workspace, setting up
 * an authenticator app, signing out here or everywhere. A disclosure: the button opens the
 * panel below it; Escape closes it and returns to the button.
 */
export function PersonMenu(props: {
  busy: boolean;
  onSignOut: () => void;
  onSignOutEverywhere: () => void;
  everywhereOpen: boolean;
}) {
  const me = useMe();
  const menu = createDisclosure();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const preferences = createPreferences(useApi());
  // The preferences are read the first time the menu opens.
  createEffect(() => {
    if (menu.open()) void preferences.load();
  });
  // Moving to another page closes it.
  createEffect(
    on(
      () => location.pathname,
      () => menu.setOpen(false),
      { defer: true },
    ),
  );

  const choose = (next: Locale) => {
    void setLocale(next);
    // A `?lang=` in the address would win on reload, so it follows the choice.
    if (params.lang) setParams({ lang: next }, { replace: true });
    // Emails to this coordinator (the monthly report) follow the language they choose.
    void preferences.save({ locale: next });
  };

  return (
    <div class="person">
      <button
        type="button"
        id="person-menu-button"
        ref={menu.buttonRef}
        class="person__button"
        aria-expanded={menu.open()}
        aria-controls="person-menu"
        onClick={menu.toggle}
      >
        <span class="visually-hidden">{tr("coord.person.menu")}: </span>
        <span class="person__initials" aria-hidden="true">
          {initials(me().name)}
        </span>
        <span id="coordinator-name" class="person__name">
          {me().name}
        </span>
        <span class="person__caret" aria-hidden="true" />
      </button>
      <div
        id="person-menu"
        ref={menu.panelRef}
        class="person__panel"
        hidden={!menu.open()}
        data-testid="person-menu"
      >
        <p class="person__who">
          {tr("coord.signedInAs")} <strong>{me().name}</strong>
          <br />
          <span class="muted">
            {me().email}
            <Show when={me().role === "admin"}> · {tr("admin.role.admin")}</Show>
          </span>
        </p>
        <fieldset class="person__languages">
          <legend class="person__label">{tr("coord.person.language")}</legend>
          <ul>
            <For each={locales}>
              {(option) => (
                <li>
                  <button
                    type="button"
                    id={`ws-lang-${option}`}
                    lang={option}
                    class="person__lang"
                    aria-pressed={locale() === option}
                    onClick={() => choose(option)}
                  >
                    {localeNames[option]}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </fieldset>
        <MonthlyReportChoice preferences={preferences} />
        <ul class="person__actions">
          <Show when={!me().totpEnrolled}>
            <li>
              <a href="/sign-in/enrol" id="nav-enrol">
                {tr("coord.nav.enrol")}
              </a>
            </li>
          </Show>
          <li>
            <button
              type="button"
              id="sign-out"
              class="person__action"
              disabled={props.busy}
              onClick={() => props.onSignOut()}
            >
              {tr("coord.signOut")}
            </button>
          </li>
          <li>
            <button
              type="button"
              id="sign-out-everywhere"
              class="person__action"
              aria-expanded={props.everywhereOpen}
              disabled={props.busy}
              onClick={() => {
                menu.setOpen(false);
                props.onSignOutEverywhere();
              }}
            >
              {tr("coord.signOutEverywhere")}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
