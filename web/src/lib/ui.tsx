import { type Accessor, type JSX, type Ref, Show } from "solid-js";
import type { ApiFailure } from "./api.ts";
import { failureText, redirected } from "./failure.ts";
import { tr } from "./i18n.ts";
import type { Loader } from "./load.ts";

/** Shared pieces of the pages behind the public form: loading, messages, notices, buttons, facts. */

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
    <Notice alert text={failureText(props.failure)}>
      <button type="button" class="button button--secondary" onClick={() => props.retry()}>
        {tr("ui.tryAgain")}
      </button>
    </Notice>
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
 * A notice box: what went wrong, or why something is not there (nothing while `text` is empty
 * and there are no children). With `ref` it can take focus: the page moves focus to it.
 */
export function Notice(props: {
  text?: string | undefined;
  ref?: Ref<HTMLDivElement>;
  /** Announced at once (`role="alert"`). */
  alert?: boolean;
  id?: string;
  testId?: string;
  children?: JSX.Element;
}) {
  return (
    <Show when={props.text || "children" in props}>
      <div
        ref={props.ref}
        id={props.id}
        class="notice"
        tabindex={"ref" in props ? "-1" : undefined}
        role={props.alert ? "alert" : undefined}
        data-testid={props.testId}
      >
        <Show when={props.text}>
          <p>{props.text}</p>
        </Show>
        {props.children}
      </div>
    </Show>
  );
}

/** A term and its value in a term list; with `when`, a missing value says "not given". */
export function Fact(props: { term: string; when?: unknown; children: JSX.Element }) {
  return (
    <>
      <dt>{props.term}</dt>
      <dd>
        <Show
          when={"when" in props ? props.when : true}
          fallback={<span class="muted">{tr("ui.notGiven")}</span>}
        >
          {props.children}
        </Show>
      </dd>
    </>
  );
}

/**
 * What a loader brings, once it is here (`when` may narrow it, e.g. to the address's item);
 * until then "loading", or the failure with "try again".
 */
export function Loaded<T>(props: {
  loader: Loader<T>;
  when?: T | undefined;
  children: (data: Accessor<NonNullable<T>>) => JSX.Element;
}) {
  return (
    <Show
      when={"when" in props ? props.when : props.loader.data()}
      fallback={
        <LoadState failure={props.loader.failure()} retry={() => void props.loader.reload()} />
      }
    >
      {(data) => props.children(data)}
    </Show>
  );
}

/** A list's content, or a line saying there is nothing. */
export function OrEmpty(props: {
  when: boolean;
  text: string;
  testId?: string;
  children: JSX.Element;
}) {
  return (
    <Show
      when={props.when}
      fallback={
        <p class="empty" data-testid={props.testId}>
          {props.text}
        </p>
      }
    >
      {props.children}
    </Show>
  );
}
