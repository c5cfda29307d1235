import { type JSX, onMount, type Ref, Show } from "solid-js";
import { tr } from "./i18n.ts";

/** Buttons and the steps they open: a form's buttons, a busy button, a confirm panel. */

/**
 * A confirmation step shown in place (no modal): its heading takes focus when it opens, Escape
 * or "Back" closes it, and the caller returns focus to the button that opened it.
 */
export function ConfirmPanel(props: {
  id: string;
  title: string;
  level?: 2 | 3;
  confirmId: string;
  confirmLabel: string;
  busyLabel?: string;
  cancelLabel?: string;
  busy?: boolean;
  /** `plain` for a step that loses nothing (publishing, thanks): no warning colours. */
  tone?: "warning" | "plain";
  onConfirm: () => void;
  onCancel: () => void;
  children?: JSX.Element;
}) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const titleId = `${props.id}-title`;
  return (
    <form
      id={props.id}
      class="confirm"
      classList={{ "confirm--plain": props.tone === "plain" }}
      aria-labelledby={titleId}
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!props.busy) props.onConfirm();
      }}
      onKeyDown={escapeCloses(() => props.busy === true, props.onCancel)}
    >
      <Show
        when={props.level === 2}
        fallback={
          <h3 id={titleId} ref={heading} tabindex="-1" class="confirm__title">
            {props.title}
          </h3>
        }
      >
        <h2 id={titleId} ref={heading} tabindex="-1" class="confirm__title">
          {props.title}
        </h2>
      </Show>
      {props.children}
      <FormActions
        submitId={props.confirmId}
        submitClass={props.tone === "plain" ? "button" : "button button--warning"}
        submit={props.confirmLabel}
        busy={props.busy === true}
        busyLabel={props.busyLabel ?? tr("ui.working")}
        cancel={{ label: props.cancelLabel ?? tr("ui.back"), onClick: props.onCancel }}
      />
    </form>
  );
}

/** Escape closes a form opened in place, unless it is on its way. */
export const escapeCloses = (busy: () => boolean, close: () => void) => (event: KeyboardEvent) => {
  if (event.key === "Escape" && !busy()) {
    event.preventDefault();
    close();
  }
};

/**
 * A form's buttons: submit (its label while busy is `busyLabel`) and, when the form can be left,
 * a secondary button that leaves it.
 */
export function FormActions(props: {
  submitId?: string;
  submit: string;
  busy: boolean;
  busyLabel: string;
  /** The submit button's classes ("button" unless given). */
  submitClass?: string;
  /** What the submit button's consequence is said in, read with it. */
  describedBy?: string;
  cancel?: { id?: string; label: string; onClick: () => void };
  /** Full-width, phone-sized buttons. */
  large?: boolean;
  /** The row's class ("button-row" unless given). */
  class?: string;
}) {
  return (
    <div class={props.class ?? "button-row"}>
      <button
        type="submit"
        id={props.submitId}
        class={props.submitClass ?? "button"}
        classList={{ "button--large": props.large === true }}
        disabled={props.busy}
        aria-busy={props.busy}
        aria-describedby={props.describedBy}
      >
        {props.busy ? props.busyLabel : props.submit}
      </button>
      <Show when={props.cancel}>
        {(cancel) => (
          <button
            type="button"
            id={cancel().id}
            class="button button--secondary"
            classList={{ "button--large": props.large === true }}
            disabled={props.busy}
            onClick={() => cancel().onClick()}
          >
            {cancel().label}
          </button>
        )}
      </Show>
    </div>
  );
}

/** A button that says so while what it started is on its way (`type` "submit" unless given). */
export function BusyButton(props: {
  id?: string;
  type?: "submit" | "button";
  class?: string;
  busy: boolean;
  label: string;
  busyLabel: string;
  onClick?: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type={props.type ?? "submit"}
      id={props.id}
      class={props.class ?? "button"}
      disabled={props.busy || props.disabled === true}
      aria-busy={props.busy}
      onClick={() => props.onClick?.()}
    >
      {props.busy ? props.busyLabel : props.label}
    </button>
  );
}

/**
 * The button that opens a confirm panel or a form (`expanded` while it is open). The panel's
 * cancel gives focus back to it through `ref`.
 */
export function OpenButton(props: {
  id: string;
  label: JSX.Element;
  onClick: () => void;
  expanded?: boolean;
  disabled?: boolean;
  class?: string;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type="button"
      id={props.id}
      ref={props.ref}
      class={props.class ?? "button button--secondary"}
      aria-expanded={props.expanded ?? false}
      disabled={props.disabled}
      onClick={() => props.onClick()}
    >
      {props.label}
    </button>
  );
}
