import { type JSX, onMount, Show } from "solid-js";
import type { ApiFailure } from "./api.ts";
import { failureText, redirected } from "./failure.ts";
import { tr } from "./i18n.ts";

/** Shared pieces of the coordinator pages. */

export function Loading() {
  return (
    <p class="loading" role="status">
      {tr("ui.loading")}
    </p>
  );
}

/** A load that failed, with a way to try again. */
export function LoadFailure(props: { failure: ApiFailure; retry: () => void }) {
  return (
    <div class="notice" role="alert">
      <p>{failureText(props.failure)}</p>
      <button type="button" class="button button--secondary" onClick={() => props.retry()}>
        {tr("ui.tryAgain")}
      </button>
    </div>
  );
}

/**
 * Data not there yet: "loading", or the failure with "try again" (nothing once the failure has
 * sent the user to sign in).
 */
export function LoadState(props: { failure: ApiFailure | undefined; retry: () => void }) {
  return (
    <Show when={props.failure} fallback={<Loading />}>
      {(failure) => (
        <Show when={!redirected(failure())}>
          <LoadFailure failure={failure()} retry={() => props.retry()} />
        </Show>
      )}
    </Show>
  );
}

export type Flash = { kind: "success" | "error"; text: string };

/**
 * A polite live region, always in the page so screen readers notice what is put in it; shown
 * as a success or error box when it has something to say.
 */
export function StatusMessage(props: { message: Flash | undefined; id?: string; testId?: string }) {
  return (
    <div id={props.id} role="status" class="flash-region">
      <Show when={props.message}>
        {(message) => (
          <p
            class="flash"
            data-testid={props.testId}
            classList={{
              "flash--success": message().kind === "success",
              "flash--error": message().kind === "error",
            }}
          >
            <Show when={message().kind === "error"}>
              <span class="visually-hidden">{tr("form.errorPrefix")} </span>
            </Show>
            {message().text}
          </p>
        )}
      </Show>
    </div>
  );
}

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
      aria-labelledby={titleId}
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!props.busy) props.onConfirm();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !props.busy) {
          event.preventDefault();
          props.onCancel();
        }
      }}
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
      <div class="button-row">
        <button
          type="submit"
          id={props.confirmId}
          class="button button--warning"
          disabled={props.busy}
          aria-busy={props.busy}
        >
          {props.busy ? (props.busyLabel ?? tr("ui.working")) : props.confirmLabel}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={props.busy}
          onClick={() => props.onCancel()}
        >
          {props.cancelLabel ?? tr("ui.back")}
        </button>
      </div>
    </form>
  );
}
