import { createEffect, createSignal, on, Show } from "solid-js";
import { api, params } from "../../lib/api.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loading, LoadState, StatusMessage } from "../../lib/ui.tsx";
import { type Caller, useApi } from "../api.ts";
import type { Request } from "../types.ts";
import { matchingStatuses } from "./matching.ts";
import { Offers } from "./Offers.tsx";
import { Suggestions } from "./Suggestions.tsx";

/** Whether the coordinator is still looking for a volunteer for the request. */
export const looking = (request: Request) =>
  (matchingStatuses as readonly string[]).includes(request.status);

/**
 * Finding the volunteer, shared by its two sections (the suggestions beside the summary, the
 * offers below): `/matching`, loaded again whenever the request changes (a new version), and
 * after every action here together with the request itself; the outcome is said in the offers
 * section, whose heading takes focus.
 */
export function createMatching(props: {
  request: () => Request;
  reloadRequest: () => Promise<void>;
}) {
  const call = useApi();
  const matching = createLoader(() =>
    call(api.requests[":id"].matching.$get({ param: params({ id: props.request().id }) })),
  );
  const [message, setMessage] = createSignal<Flash>();
  let offersHeading: HTMLHeadingElement | undefined;

  createEffect(
    on(
      () => [props.request().id, props.request().version],
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
  return {
    call,
    matching,
    data,
    failure: () => (data() ? undefined : matching.failure()),
    message,
    refresh,
    finished,
    offersHeading: (el: HTMLHeadingElement) => {
      offersHeading = el;
    },
  };
}

export type MatchingState = ReturnType<typeof createMatching> & { call: Caller };

/** Who could go: the ranked suggestions and the ways to offer or assign. */
export function SuggestionsSection(props: { request: Request; state: MatchingState }) {
  const s = props.state;
  return (
    <section aria-labelledby="match-title" data-testid="matching" class="matching">
      <h2 id="match-title" tabindex="-1">
        {tr("detail.match.title")}
      </h2>
      <Show
        when={s.data()}
        fallback={<LoadState failure={s.failure()} retry={() => void s.matching.reload()} />}
      >
        {(loaded) => (
          <Suggestions
            request={props.request}
            matching={loaded()}
            call={s.call}
            finished={s.finished}
            refresh={s.refresh}
          />
        )}
      </Show>
    </section>
  );
}

/** The offers made so far (and the outcome of the last action in matching). */
export function OffersSection(props: { request: Request; state: MatchingState }) {
  const s = props.state;
  return (
    <Show when={looking(props.request) || (s.data()?.offers.length ?? 0) > 0 || s.message()}>
      <section aria-labelledby="offers-title">
        <h2 id="offers-title" ref={s.offersHeading} tabindex="-1">
          {tr("detail.offers.title")}
        </h2>
        <Show when={s.data()} fallback={<Show when={!s.failure()}>{<Loading />}</Show>}>
          {(loaded) => (
            <Offers
              request={props.request}
              offers={loaded().offers}
              call={s.call}
              finished={s.finished}
            />
          )}
        </Show>
        <StatusMessage message={s.message()} id="offers-message" testId="offers-message" />
      </section>
    </Show>
  );
}
