import { createSignal } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import type { ApiResult } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { TextArea } from "../lib/fields.tsx";
import { focusSoon } from "../lib/focus.ts";
import { tr } from "../lib/i18n.ts";
import { type Flash, StatusMessage } from "../lib/ui.tsx";

/**
 * A coordinator's note on a request or a volunteer: the required text (`<prefix>-text`), its
 * "add" button (`<prefix>-add`) and, under the form, what came of it (`<prefix>-message`). What
 * is being written outlives a reload of the page's data.
 */
export function NoteForm(props: {
  prefix: "note" | "volunteer-note";
  name?: string;
  texts: "detail.note" | "volunteer.note";
  save: (text: string) => Promise<ApiResult<unknown>>;
  onSaved: () => Promise<void>;
}) {
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const id = `${props.prefix}-text`;
  const showError = (found: string) => {
    setError(found);
    focusSoon(() => document.getElementById(id) ?? undefined);
  };

  async function add(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const note = text().trim();
    if (!note) return showError(tr("error.required"));
    setError(undefined);
    setBusy(true);
    const result = await props.save(note);
    setBusy(false);
    if (result.ok) {
      setText("");
      await props.onSaved();
      setMessage({ kind: "success", text: tr(`${props.texts}.done`) });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && result.fields.text) return showError(result.fields.text);
    setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <>
      <form novalidate aria-busy={busy()} onSubmit={(event) => void add(event)}>
        <TextArea
          id={id}
          name={props.name}
          label={tr(`${props.texts}.label`)}
          hint={tr(`${props.texts}.hint`)}
          error={error()}
          rows={3}
          maxlength={4000}
          value={text()}
          onInput={setText}
        />
        <BusyButton
          id={`${props.prefix}-add`}
          class="button button--secondary"
          busy={busy()}
          label={tr(`${props.texts}.add`)}
          busyLabel={tr("ui.saving")}
        />
      </form>
      <StatusMessage message={message()} id={`${props.prefix}-message`} />
    </>
  );
}
