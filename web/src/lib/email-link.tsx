import { createSignal, type JSX, type Ref, Show } from "solid-js";
import { call, type Json, type Sent } from "./api.ts";
import { failureText } from "./failure.ts";
import { TextField } from "./fields.tsx";
import { focusSoon } from "./focus.ts";
import { createOneField } from "./one-field.ts";

/**
 * Signing in with an emailed link (coordinators and volunteers): asking for the link, and
 * continuing with it. The steps of a page share "busy" and the problem the page shows.
 */

export type SignInState = ReturnType<typeof createSignInState>;

/** "Busy" and the problem box the page focuses when something went wrong. */
export function createSignInState() {
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  let box: HTMLDivElement | undefined;
  return {
    busy,
    setBusy,
    problem,
    setProblem,
    showProblem(text: string) {
      setProblem(text);
      focusSoon(() => box);
    },
    problemRef(el: HTMLDivElement) {
      box = el;
    },
  };
}

/** The emailed link's token, taken from the address once and then removed from it and history. */
export function takeToken(): string | undefined {
  const token = location.hash.slice(1);
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
  return token || undefined;
}

/**
 * Asking for a sign-in link: the address and its error, and the request. The answer is the same
 * whether or not the address is known: where it was sent (`sentTo`), in a box (`sentRef`) that
 * takes focus.
 */
export function createEmailLink(
  state: SignInState,
  options: {
    /** Asks the API to send the link to the address. */
    send: (email: string) => Sent;
    /** The email field's id. */
    fieldId: string;
  },
) {
  const [sentTo, setSentTo] = createSignal<string>();
  let sentBox: HTMLDivElement | undefined;
  const form = createOneField({
    fieldId: () => options.fieldId,
    name: "email",
    busy: state,
    start: () => state.setProblem(undefined),
    send: (address) => call(options.send(address)),
    sent: (_, address) => {
      setSentTo(address);
      focusSoon(() => sentBox);
    },
    failed: (failure) => state.showProblem(failureText(failure)),
  });

  return {
    email: form.value,
    setEmail: form.setValue,
    error: form.error,
    submit: form.submit,
    sentTo,
    sentRef: (el: HTMLDivElement) => {
      sentBox = el;
    },
  };
}

/**
 * Continuing with the link's token, by a button: opening the link does nothing by itself, so
 * mail scanners that open links do not use it up. A refused token (used, expired, unknown) is
 * remembered: only a new link helps then.
 */
export function createContinue<R extends Awaited<Sent>>(
  state: SignInState,
  options: { send: (token: string) => Promise<R>; done: (answer: Json<R>) => void },
) {
  const [refused, setRefused] = createSignal(false);
  async function run(token: string | undefined) {
    if (!token || state.busy()) return;
    state.setBusy(true);
    state.setProblem(undefined);
    const result = await call(options.send(token));
    state.setBusy(false);
    if (result.ok) return options.done(result.data);
    setRefused(result.kind === "rejected" || result.kind === "validation");
    state.showProblem(failureText(result));
  }
  return { refused, setRefused, run };
}

/** The email address to send the link to. */
export function EmailField(props: {
  id: string;
  label: string;
  hint: string;
  link: ReturnType<typeof createEmailLink>;
}) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.link.error()}
      required
      type="email"
      autocomplete="email"
      spellcheck={false}
      value={props.link.email()}
      onInput={props.link.setEmail}
    />
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
  ref?: Ref<HTMLDivElement>;
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
