import { createSignal } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import type { ApiResult } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { TextArea } from "../lib/fields.tsx";
import { focusSoon } from "../lib/focus.ts";
import { tr } from "../lib/i18n.ts";
import { type Flash, StatusMessage } from "../lib/ui.tsx";

/** What is being written in a note form; made by the page, so it outlives a reload of the data. */
export function createNote() {
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  return { text, setText, error, setError, busy, setBusy, message, setMessage };
}

/**
 * A coordinator's note on a request or a volunteer: the required text (`id`), its "add" button
 * (`addId`) and, under the form, what came of it (`messageId`).
 */
export function NoteForm(props: {
  note: ReturnType<typeof createNote>;
  id: string;
  name?: string;
  addId: string;
  messageId: string;
  texts: "detail.note" | "volunteer.note";
  save: (text: string) => Promise<ApiResult<unknown>>;
  onSaved: () => Promise<void>;
}) {
  const n = () => props.note;
  async function add(event: SubmitEvent) {
    event.preventDefault();
    if (n().busy()) return;
    const text = n().text().trim();
    if (!text) {
      n().setError(tr("error.required"));
      focusSoon(() => document.getElementById(props.id) ?? undefined);
      return;
    }
    n().setError(undefined);
    n().setBusy(true);
    const result = await props.save(text);
    n().setBusy(false);
    if (result.ok) {
      n().setText("");
      await props.onSaved();
      n().setMessage({ kind: "success", text: tr(`${props.texts}.done`) });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && result.fields.text) {
      n().setError(result.fields.text);
      focusSoon(() => document.getElementById(props.id) ?? undefined);
      return;
    }
    n().setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <>
      <form novalidate aria-busy={n().busy()} onSubmit={(event) => void add(event)}>
        <TextArea
          id={props.id}
          name={props.name}
          label={tr(`${props.texts}.label`)}
          hint={tr(`${props.texts}.hint`)}
          error={n().error()}
          rows={3}
          maxlength={4000}
          value={n().text()}
          onInput={n().setText}
        />
        <BusyButton
          id={props.addId}
          class="button button--secondary"
          busy={n().busy()}
          label={tr(`${props.texts}.add`)}
          busyLabel={tr("ui.saving")}
        />
      </form>
      <StatusMessage message={n().message()} id={props.messageId} />
    </>
  );
}
