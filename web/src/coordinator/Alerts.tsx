import { A } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import { api, params } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { formatDateTime } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { type Flash, LoadFailure, StatusMessage } from "../lib/ui.tsx";
import { useApi } from "./api.ts";
import { UrgentBadge } from "./badges.tsx";
import { type Alert, alertTarget, alertText } from "./request/matching.ts";

/**
 * What needs the coordinator without anyone asking: every volunteer declined, the offers ran
 * out, the requester or the volunteer called the visit off, a report flagged safety, a
 * follow-up or a wish to talk. Urgent ones come first and say so in words. Each links to its
 * request and is marked handled here. The box is not shown while there is nothing to say.
 */
export function Alerts() {
  const call = useApi();
  const alerts = createLoader(() => call(api.alerts.$get()));
  const [busy, setBusy] = createSignal<string>();
  const [message, setMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;
  onMount(() => void alerts.reload());

  const list = () => alerts.data()?.alerts ?? [];

  async function resolve(alert: Alert, index: number) {
    if (busy()) return;
    setBusy(alert.id);
    const result = await call(api.alerts[":id"].resolve.$post({ param: params({ id: alert.id }) }));
    setBusy(undefined);
    if (!result.ok && redirected(result)) return;
    await alerts.reload();
    setMessage(
      result.ok
        ? { kind: "success", text: tr("alerts.resolved", alertTarget(alert, tr).vars) }
        : { kind: "error", text: failureText(result) },
    );
    // Continue with the alert that took this one's place; when none is left, from the page's
    // heading (the status message says what was done).
    focusSoon(() => {
      const buttons = document.querySelectorAll<HTMLElement>("[data-testid=alert-resolve]");
      return (
        buttons[Math.min(index, buttons.length - 1)] ??
        (heading?.isConnected ? heading : undefined) ??
        document.querySelector<HTMLElement>("main h1") ??
        undefined
      );
    });
  }

  return (
    <>
      <Show when={list().length > 0}>
        <section class="alerts" aria-labelledby="alerts-title" data-testid="alerts">
          <h2 id="alerts-title" ref={heading} tabindex="-1">
            {tr("alerts.title")}
          </h2>
          <p class="hint">{tr("alerts.intro")}</p>
          <ul class="alerts__list">
            <For each={list()}>
              {(alert, index) => (
                <li
                  class="alerts__item"
                  classList={{ "alerts__item--urgent": alert.urgent }}
                  data-testid="alert"
                  data-kind={alert.kind}
                  data-urgent={alert.urgent ? "true" : undefined}
                >
                  <p class="alerts__text">
                    <Show when={alert.urgent}>
                      <UrgentBadge />{" "}
                    </Show>
                    <A class="alerts__link" href={alertTarget(alert, tr).href}>
                      {tr(alertText(alert.kind), alertTarget(alert, tr).vars)}
                    </A>{" "}
                    <span class="muted">
                      (<time datetime={alert.at}>{formatDateTime(alert.at)}</time>)
                    </span>
                  </p>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    data-testid="alert-resolve"
                    disabled={!!busy()}
                    aria-busy={busy() === alert.id}
                    onClick={() => void resolve(alert, index())}
                  >
                    {busy() === alert.id ? tr("ui.working") : tr("alerts.resolve")}
                    <span class="visually-hidden">
                      {" "}
                      {tr("alerts.resolve.context", alertTarget(alert, tr).vars)}
                    </span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={alerts.failure()}>
        {(failure) => (
          <Show when={!redirected(failure())}>
            <LoadFailure failure={failure()} retry={() => void alerts.reload()} />
          </Show>
        )}
      </Show>
      <StatusMessage message={message()} id="alerts-message" />
    </>
  );
}
