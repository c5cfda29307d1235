import { createEffect, createSignal, on, Show } from "solid-js";
import { api, params } from "../../lib/api.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loading, LoadState, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Request } from "../types.ts";
import { matchingStatuses } from "./matching.ts";
import { Offers } from "./Offers.tsx";
import { Suggestions } from "./Suggestions.tsx";

const looking = (request: Request) =>
  (matchingStatuses as readonly string[]).includes(request.status);

/**
 * Finding the volunteer: suggestions while the request is open for matching, and the offers
 * made so far. Loads `/matching` again whenever the request changes (a new version), and after
 * every action here together with the request itself.
 */
export function MatchingSections(props: { request: Request; reloadRequest: () => Promise<void> }) {
  const call = useApi();
  const matching = createLoader(() =>
    call(api.requests[":id"].matching.$get({ param: params({ id: props.request.id }) })),
  );
  const [message, setMessage] = createSignal<Flash>();
  let offersHeading: HTMLHeadingElement | undefined;

  createEffect(
    on(
      () => [props.request.id, props.request.version],
      () => void matching.reload(),
    ),
  );

  const refresh = async () => {
    await Promise.all([props.reloadRequest(), matching.reload()]);
  };
  const finished = async (flash: Flash) => {
    await refresh();
    setMessage(flash);
    focusSoon(() => offersHeading);
  };

  const data = () => matching.data();
  const failure = () => (data() ? undefined : matching.failure());

  return (
    <>
      <Show when={looking(props.request)}>
        <section aria-labelledby="match-title" data-testid="matching">
          <h2 id="match-title" tabindex="-1">
            {tr("detail.match.title")}
          </h2>
          <Show
            when={data()}
            fallback={<LoadState failure={failure()} retry={() => void matching.reload()} />}
          >
            {(loaded) => (
              <Suggestions
                request={props.request}
                matching={loaded()}
                call={call}
                finished={finished}
                refresh={refresh}
              />
            )}
          </Show>
        </section>
      </Show>
      <Show when={looking(props.request) || (data()?.offers.length ?? 0) > 0 || message()}>
        <section aria-labelledby="offers-title">
          <h2 id="offers-title" ref={offersHeading} tabindex="-1">
            {tr("detail.offers.title")}
          </h2>
          <Show when={data()} fallback={<Show when={!failure()}>{<Loading />}</Show>}>
            {(loaded) => (
              <Offers
                request={props.request}
                offers={loaded().offers}
                call={call}
                finished={finished}
              />
            )}
          </Show>
          <StatusMessage message={message()} id="offers-message" testId="offers-message" />
        </section>
      </Show>
    </>
  );
}
