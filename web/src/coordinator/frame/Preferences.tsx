import type { Locale } from "@rinnalla/core/i18n";
import { createSignal, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import type { Caller } from "../api.ts";

/**
 * The signed-in coordinator's own preferences, kept on the server: whether the monthly report
 * comes by email, and the language their emails are in (the workspace's language as they
 * choose it). Read when the person menu first opens; each change is saved at once.
 */
export function createPreferences(call: Caller) {
  const [monthlyReport, setMonthlyReport] = createSignal<boolean>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let loaded = false;

  async function load() {
    if (loaded) return;
    loaded = true;
    const result = await call(api.auth.preferences.$get());
    if (result.ok) setMonthlyReport(result.data.monthlyReport);
    else loaded = false;
  }

  async function save(change: { monthlyReport?: boolean; locale?: Locale }) {
    setBusy(true);
    setMessage(undefined);
    const result = await call(api.auth.preferences.$put({ json: change }));
    setBusy(false);
    if (result.ok) {
      setMonthlyReport(result.data.monthlyReport);
      return;
    }
    if (redirected(result)) return;
    setMessage({ kind: "error", text: failureText(result) });
  }

  return { monthlyReport, busy, message, load, save };
}

export type Preferences = ReturnType<typeof createPreferences>;

/** "Monthly report by email": a checkbox that saves as it changes. */
export function MonthlyReportChoice(props: { preferences: Preferences }) {
  const p = () => props.preferences;
  return (
    <div class="person__preference">
      <Show when={p().monthlyReport() !== undefined}>
        <div class="choice">
          <input
            type="checkbox"
            id="monthly-report"
            checked={p().monthlyReport()}
            disabled={p().busy()}
            aria-describedby="monthly-report-hint"
            onChange={(e) => void p().save({ monthlyReport: e.currentTarget.checked })}
          />
          <label for="monthly-report">{tr("coord.person.monthlyReport")}</label>
        </div>
        <p id="monthly-report-hint" class="hint hint--indented">
          {tr("coord.person.monthlyReport.hint")}
        </p>
      </Show>
      <StatusMessage message={p().message()} id="preferences-message" />
    </div>
  );
}
