import { createSignal, Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import { api, params } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Request } from "../types.ts";

/**
 * Links this request with an earlier one of the same client, so the suggestions favour a
 * volunteer the client already knows.
 */
export function SameClient(props: { request: Request; reload: () => Promise<void> }) {
  const call = useApi();
  const [reference, setReference] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();

  const focusField = () =>
    focusSoon(() => document.getElementById("same-client-reference") ?? undefined);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const value = reference().trim().toUpperCase();
    if (!value) {
      setError(tr("error.required"));
      focusField();
      return;
    }
    setError(undefined);
    setBusy(true);
    const result = await call(
      api.requests[":id"]["same-client"].$post({
        param: params({ id: props.request.id }),
        json: { reference: value },
      }),
    );
    setBusy(false);
    if (result.ok) {
      setReference("");
      await props.reload();
      setMessage({ kind: "success", text: tr("detail.sameClient.done", { reference: value }) });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation") {
      setError(result.fields.reference ?? result.message);
      focusField();
      return;
    }
    setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <section aria-labelledby="same-client-title" data-testid="same-client">
      <h2 id="same-client-title">{tr("detail.sameClient.title")}</h2>
      <p>{tr("detail.sameClient.intro")}</p>
      <Show when={props.request.clientKey}>
        <p class="panel-note" data-testid="same-client-linked">
          {tr("detail.sameClient.linked")}
        </p>
      </Show>
      <form class="search-form" novalidate aria-busy={busy()} onSubmit={(e) => void submit(e)}>
        <TextField
          id="same-client-reference"
          label={tr("detail.sameClient.reference")}
          hint={tr("detail.sameClient.hint")}
          error={error()}
          required
          autocomplete="off"
          spellcheck={false}
          class="input--reference"
          value={reference()}
          onInput={setReference}
        />
        <BusyButton
          id="same-client-submit"
          class="button button--secondary"
          busy={busy()}
          label={tr("detail.sameClient.submit")}
          busyLabel={tr("ui.saving")}
        />
      </form>
      <StatusMessage message={message()} id="same-client-message" testId="same-client-message" />
    </section>
  );
}
