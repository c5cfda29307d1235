import { createSignal, type JSX, Show } from "solid-js";
import { type ApiFailure, call, type Json, type Sent } from "../lib/api.ts";
import { ErrorMessage } from "../lib/Field.tsx";
import { failureText } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { type MessageKey, tr } from "../lib/i18n.ts";
import { linkProblem } from "./link.ts";

/**
 * An answer sent from a link page with an optional reason: the reason and its error, "busy"
 * while it is on its way, a failure that can be retried, and the confirm step ("I can't come",
 * "I can't take it") that opens under its own heading and closes back to its button.
 */
export function createAnswer(reload: () => Promise<void>) {
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<ApiFailure>();
  const [confirming, setConfirming] = createSignal(false);
  let failureBox: HTMLDivElement | undefined;
  let confirmHeading: HTMLHeadingElement | undefined;
  let openButton: HTMLButtonElement | undefined;

  /**
   * Posts the answer. A reason the API turns down is shown at the field (`reasonId`), a link that
   * no longer works reloads the page (which then says so), other failures are shown above the
   * buttons. Once it is taken, the page is reloaded and the API's answer returned.
   */
  async function send<R extends Awaited<Sent>>(
    sent: () => Promise<R>,
    reasonId: string,
  ): Promise<Json<R> | undefined> {
    setFailure(undefined);
    setReasonError(undefined);
    setBusy(true);
    const result = await call(sent());
    if (!result.ok) {
      setBusy(false);
      if (result.kind === "validation" && result.fields.reason) {
        setReasonError(result.fields.reason);
        focusSoon(() => document.getElementById(reasonId) ?? undefined);
        return undefined;
      }
      if (linkProblem(result)) {
        await reload();
        return undefined;
      }
      setFailure(result);
      focusSoon(() => failureBox);
      return undefined;
    }
    await reload();
    setBusy(false);
    return result.data;
  }

  return {
    reason,
    setReason,
    reasonError,
    busy,
    failure,
    confirming,
    send,
    /** For a new link: no open confirm step, no failure from the last one. */
    reset() {
      setConfirming(false);
      setFailure(undefined);
    },
    open() {
      setFailure(undefined);
      setConfirming(true);
      focusSoon(() => confirmHeading);
    },
    close() {
      setConfirming(false);
      setReasonError(undefined);
      focusSoon(() => openButton);
    },
    /** After an answer was taken. */
    closed() {
      setConfirming(false);
    },
    failureRef: (el: HTMLDivElement) => {
      failureBox = el;
    },
    headingRef: (el: HTMLHeadingElement) => {
      confirmHeading = el;
    },
    openButtonRef: (el: HTMLButtonElement) => {
      openButton = el;
    },
  };
}

export type Answer = ReturnType<typeof createAnswer>;

/** A failure to send the answer, focused so it is read out. */
export function SendFailure(props: { answer: Answer }) {
  return (
    <Show when={props.answer.failure()}>
      {(failure) => (
        <div ref={props.answer.failureRef} class="notice" tabindex="-1" role="alert">
          <p>{failureText(failure())}</p>
        </div>
      )}
    </Show>
  );
}

/** The optional reason, with its hint and the API's error. */
export function ReasonField(props: {
  id: string;
  label: MessageKey;
  hint: MessageKey;
  answer: Answer;
}) {
  const error = () => props.answer.reasonError();
  return (
    <div class="field" classList={{ "field--error": !!error() }}>
      <label class="label" for={props.id}>
        {tr(props.label)} <span class="optional-mark">{tr("form.optional")}</span>
      </label>
      <p id={`${props.id}-hint`} class="hint">
        {tr(props.hint)}
      </p>
      <ErrorMessage id={`${props.id}-error`} text={error()} />
      <textarea
        id={props.id}
        name="reason"
        rows={3}
        maxlength={1000}
        aria-invalid={error() ? "true" : undefined}
        aria-describedby={`${props.id}-hint${error() ? ` ${props.id}-error` : ""}`}
        value={props.answer.reason()}
        onInput={(e) => props.answer.setReason(e.currentTarget.value)}
      />
    </div>
  );
}

/**
 * The confirm step: a heading, what it means (`children`), the reason, and confirm and back
 * buttons (`{prefix}-confirm`, `{prefix}-back`). Escape goes back, as the back button does.
 */
export function ConfirmForm(props: {
  answer: Answer;
  /** `{prefix}-form`, `{prefix}-reason`, `{prefix}-confirm`, `{prefix}-back`. */
  prefix: string;
  titleId: string;
  title: MessageKey;
  reasonLabel: MessageKey;
  reasonHint: MessageKey;
  confirm: MessageKey;
  confirmClass: string;
  /** The id of what confirming means, read with the button. */
  confirmDescribedBy?: string;
  onSubmit: () => void;
  children?: JSX.Element;
}) {
  const answer = () => props.answer;
  return (
    <form
      id={`${props.prefix}-form`}
      class="answer"
      aria-labelledby={props.titleId}
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !answer().busy()) {
          event.preventDefault();
          answer().close();
        }
      }}
    >
      <h2 id={props.titleId} ref={props.answer.headingRef} tabindex="-1">
        {tr(props.title)}
      </h2>
      {props.children}
      <ReasonField
        id={`${props.prefix}-reason`}
        label={props.reasonLabel}
        hint={props.reasonHint}
        answer={props.answer}
      />
      <div class="answer__buttons">
        <button
          type="submit"
          id={`${props.prefix}-confirm`}
          class={props.confirmClass}
          disabled={answer().busy()}
          aria-busy={answer().busy()}
          aria-describedby={props.confirmDescribedBy}
        >
          {answer().busy() ? tr("links.working") : tr(props.confirm)}
        </button>
        <button
          type="button"
          id={`${props.prefix}-back`}
          class="button button--secondary button--large"
          disabled={answer().busy()}
          onClick={() => answer().close()}
        >
          {tr("ui.back")}
        </button>
      </div>
    </form>
  );
}
