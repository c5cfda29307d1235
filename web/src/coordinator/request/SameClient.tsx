import { createSignal, Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import { api, params } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import { createOneField } from "../../lib/one-field.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Request } from "../types.ts";

/**
 * Links this request with an earlier one of the same client, so the suggestions favour a
 * volunteer the client already knows.
 */
export function SameClient(props: { request: Request; reload: () => Promise<void> }) {
  const call = useApi();
  const [message, setMessage] = createSignal<Flash>();
  const form = createOneField({
    fieldId: () => "same-client-reference",
    name: "reference",
    read: (raw) => raw.trim().toUpperCase(),
    start: () => setMessage(undefined),
    send: (reference) =>
      call(
        api.requests[":id"]["same-client"].$post({
          param: params({ id: props.request.id }),
          json: { reference },
        }),
      ),
    sent: async (_, reference) => {
      form.setValue("");
      await props.reload();
      setMessage({ kind: "success", text: tr("detail.sameClient.done", { reference }) });
    },
    failed: (failure) => {
      if (redirected(failure)) return;
      if (failure.kind === "validation") form.showError(failure.message);
      else setMessage({ kind: "error", text: failureText(failure) });
    },
  });

  return (
    <section aria-labelledby="same-client-title" data-testid="same-client">
      <h2 id="same-client-title">{tr("detail.sameClient.title")}</h2>
      <p>{tr("detail.sameClient.intro")}</p>
      <Show when={props.request.clientKey}>
        <p class="panel-note" data-testid="same-client-linked">
          {tr("detail.sameClient.linked")}
        </p>
      </Show>
      <form
        class="search-form"
        novalidate
        aria-busy={form.busy()}
        onSubmit={(e) => void form.submit(e)}
      >
        <TextField
          id="same-client-reference"
          label={tr("detail.sameClient.reference")}
          hint={tr("detail.sameClient.hint")}
          error={form.error()}
          required
          autocomplete="off"
          spellcheck={false}
          class="input--reference"
          value={form.value()}
          onInput={form.setValue}
        />
        <BusyButton
          id="same-client-submit"
          class="button button--secondary"
          busy={form.busy()}
          label={tr("detail.sameClient.submit")}
          busyLabel={tr("ui.saving")}
        />
      </form>
      <StatusMessage message={message()} id="same-client-message" testId="same-client-message" />
    </section>
  );
}
