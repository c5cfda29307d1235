import { type JSX, Show } from "solid-js";
import { ErrorMessage, Marker } from "./Field.tsx";
import { tr } from "./i18n.ts";

/** The public forms' last parts: consent, the honeypot, a failure to send, and "send". */

/** The required consent checkbox; its label is `children`. */
export function Consent(props: {
  id: string;
  checked: boolean;
  error: string | undefined;
  onChange: (checked: boolean) => void;
  children: JSX.Element;
}) {
  return (
    <div class="field field--consent" classList={{ "field--error": !!props.error }}>
      <ErrorMessage id={`${props.id}-error`} text={props.error} />
      <div class="choice">
        <input
          type="checkbox"
          id={props.id}
          name="consent"
          checked={props.checked}
          required
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={props.error ? `${props.id}-error` : undefined}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <label for={props.id}>
          {props.children}
          <Marker required />
        </label>
      </div>
    </div>
  );
}

/** People never see or reach it; bots that fill every field give themselves away. */
export function Honeypot(props: { id: string; value: string; onInput: (value: string) => void }) {
  return (
    <div class="hp" aria-hidden="true">
      <label for={props.id}>{tr("form.honeypot")}</label>
      <input
        type="text"
        id={props.id}
        name="website"
        tabindex="-1"
        autocomplete="off"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

/** Why the form could not be sent (the form focuses it), and the submit button. */
export function SubmitWithNotice(props: {
  notice: string | undefined;
  noticeId?: string;
  noticeRef: (el: HTMLDivElement) => void;
  busy: boolean;
  label: string;
}) {
  return (
    <>
      <Show when={props.notice}>
        {(text) => (
          <div ref={props.noticeRef} id={props.noticeId} class="notice notice--error" tabindex="-1">
            <p>{text()}</p>
          </div>
        )}
      </Show>

      <button type="submit" class="button" disabled={props.busy} aria-busy={props.busy}>
        {props.busy ? tr("form.submitting") : props.label}
      </button>
    </>
  );
}
