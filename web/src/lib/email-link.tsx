import { createSignal, type JSX, Show } from "solid-js";
import { call, type Sent } from "./api.ts";
import { Field } from "./Field.tsx";
import { failureText } from "./failure.ts";
import { focusSoon } from "./focus.ts";
import { tr } from "./i18n.ts";

/**
 * Asking for a sign-in link by email (coordinators and volunteers): the address and its error,
 * and the request. The answer is the same whether or not the address is known. The page keeps
 * "busy" and the problem, which it may share with other steps.
 */
export function createEmailLink(options: {
  /** Asks the API to send the link to the address. */
  send: (email: string) => Sent;
  /** The email field's id. */
  fieldId: string;
  busy: () => boolean;
  setBusy: (busy: boolean) => void;
  setProblem: (text: string | undefined) => void;
  problemBox: () => HTMLElement | undefined;
  onSent: (address: string) => void;
}) {
  const [email, setEmail] = createSignal("");
  const [error, setError] = createSignal<string>();
  const focusField = () => focusSoon(() => document.getElementById(options.fieldId) ?? undefined);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (options.busy()) return;
    options.setProblem(undefined);
    const address = email().trim();
    if (!address) {
      setError(tr("error.required"));
      focusField();
      return;
    }
    setError(undefined);
    options.setBusy(true);
    const result = await call(options.send(address));
    options.setBusy(false);
    if (result.ok) {
      options.onSent(address);
      return;
    }
    if (result.kind === "validation" && result.fields.email) {
      setError(result.fields.email);
      focusField();
      return;
    }
    options.setProblem(failureText(result));
    focusSoon(options.problemBox);
  }

  return { email, setEmail, error, submit };
}

/** The email address to send the link to. */
export function EmailField(props: {
  id: string;
  label: string;
  hint: string;
  link: ReturnType<typeof createEmailLink>;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.link.error()} required>
      {(control) => (
        <input
          {...control}
          type="email"
          autocomplete="email"
          spellcheck={false}
          value={props.link.email()}
          onInput={(e) => props.link.setEmail(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** Why the page was opened (signed out, session expired), if it says. */
export function PanelNote(props: { text: string | undefined }) {
  return (
    <Show when={props.text}>
      {(text) => (
        <div class="panel-note">
          <p>{text()}</p>
        </div>
      )}
    </Show>
  );
}

/** "Check your email", focused once the link is on its way. */
export function SentBox(props: {
  ref: (el: HTMLDivElement) => void;
  testId: string;
  title: string;
  children: JSX.Element;
}) {
  return (
    <div ref={props.ref} class="success-box" tabindex="-1" data-testid={props.testId}>
      <h2>{props.title}</h2>
      {props.children}
    </div>
  );
}
