import { createSignal, type JSX, Show } from "solid-js";
import { addMessages, tr } from "../lib/i18n.ts";

/**
 * A statement page's texts (every language, a few KB), fetched when the page opens so the request
 * form does not carry them; asked again on the next visit if the fetch failed.
 */
export function lazyTexts(load: () => Promise<Parameters<typeof addMessages>[0]>) {
  let texts: Promise<void> | undefined;
  return () => {
    texts ??= load().then(addMessages, (error: unknown) => {
      texts = undefined;
      throw error;
    });
    return texts;
  };
}

/** The page once its texts are here; a network error if they could not be had. */
export function WithTexts(props: { load: () => Promise<void>; children: JSX.Element }) {
  const [state, setState] = createSignal<"loading" | "ready" | "failed">("loading");
  props.load().then(
    () => setState("ready"),
    () => setState("failed"),
  );
  return (
    <Show
      when={state() === "ready"}
      fallback={
        <Show when={state() === "failed"}>
          <div class="notice" role="alert">
            <p>{tr("error.network")}</p>
          </div>
        </Show>
      }
    >
      {props.children}
    </Show>
  );
}
