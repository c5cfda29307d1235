import type { RouteSectionProps } from "@solidjs/router";
import { type Component, createComponent, createSignal, Show } from "solid-js";
import { tr } from "./i18n.ts";

type Page = Component<RouteSectionProps>;

/**
 * A route component whose code loads on first use. Like Solid's `lazy`, but with signals only:
 * `lazy` brings Suspense into the public form's bundle (~1.7 KB gzipped); this costs a few
 * hundred bytes. The page mounts once its code is here, so its own focus handling runs as usual.
 */
export function lazyPage(load: () => Promise<Page>): Page {
  let loaded: Page | undefined;
  return (props) => {
    const [page, setPage] = createSignal(loaded);
    const [failed, setFailed] = createSignal(false);
    if (!loaded) {
      load().then(
        (found) => setPage(() => (loaded = found)),
        () => setFailed(true),
      );
    }
    return (
      <Show
        when={page()}
        fallback={
          <Show when={failed()}>
            <div class="notice" role="alert">
              <p>{tr("error.network")}</p>
            </div>
          </Show>
        }
      >
        {(found) => createComponent(found(), props)}
      </Show>
    );
  };
}
