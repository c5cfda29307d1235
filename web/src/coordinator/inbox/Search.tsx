import { createEffect, createSignal, on, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { Loading, Notice, OrEmpty } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { InboxTable } from "./InboxTable.tsx";

/** Search by reference number or client name; the address keeps the query (`?q=`). */
export function SearchForm(props: { query: string; onSearch: (query: string) => void }) {
  const [search, setSearch] = createSignal(props.query);
  createEffect(on(() => props.query, setSearch, { defer: true }));
  return (
    <search>
      <form
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSearch(search().trim());
        }}
      >
        <label class="label" for="inbox-search">
          {tr("inbox.search.label")}
        </label>
        <p id="inbox-search-hint" class="hint">
          {tr("inbox.search.hint")}
        </p>
        <div class="search-form__row">
          <input
            id="inbox-search"
            name="q"
            type="search"
            autocomplete="off"
            spellcheck={false}
            maxlength={100}
            aria-describedby="inbox-search-hint"
            value={search()}
            onInput={(e) => setSearch(e.currentTarget.value)}
          />
          <button type="submit" class="button" id="inbox-search-submit">
            {tr("inbox.search.submit")}
          </button>
        </div>
      </form>
    </search>
  );
}

/** The requests a search found, with the way back to the list it came from. */
export function SearchResults(props: {
  query: string;
  back: string;
  announce: (text: string) => void;
}) {
  const call = useApi();
  const found = createLoader(() => call(api.inbox.search.$get({ query: { q: props.query } })));
  createEffect(
    on(
      () => props.query,
      async (q) => {
        await found.reload();
        const count = found.data()?.requests.length;
        if (count !== undefined && q === props.query) {
          props.announce(
            count > 0 ? tr("inbox.search.count", { count }) : tr("inbox.search.none", { query: q }),
          );
        }
      },
    ),
  );
  return (
    <section aria-labelledby="inbox-search-title">
      <h2 id="inbox-search-title">{tr("inbox.search.title", { query: props.query })}</h2>
      <p>
        <a href={props.back} id="inbox-search-clear">
          {tr("inbox.search.clear")}
        </a>
      </p>
      <Show
        when={!found.loading() ? found.data() : undefined}
        fallback={
          <Show
            when={found.failure() && !found.loading() ? found.failure() : undefined}
            fallback={<Loading />}
          >
            {(failure) => (
              <Show when={!redirected(failure())}>
                <Notice alert text={failureText(failure())} />
              </Show>
            )}
          </Show>
        }
      >
        {(result) => (
          <OrEmpty
            when={result().requests.length > 0}
            text={tr("inbox.search.none", { query: props.query })}
            testId="inbox-empty"
          >
            <p>{tr("inbox.search.count", { count: result().requests.length })}</p>
            <InboxTable
              caption={tr("inbox.search.caption", { query: props.query })}
              requests={result().requests}
            />
          </OrEmpty>
        )}
      </Show>
    </section>
  );
}
