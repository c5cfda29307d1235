import { type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, Show, untrack } from "solid-js";
import { api } from "../../lib/api.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { type Flash, LoadState, StatusMessage } from "../../lib/ui.tsx";
import { Alerts } from "../Alerts.tsx";
import { useApi } from "../api.ts";
import { createLoadMore, LoadMore } from "../table.tsx";
import type { InboxPage as InboxAnswer } from "../types.ts";
import { Filters } from "./Filters.tsx";
import {
  defaults,
  filtersOf,
  type InboxFilters,
  inboxHref,
  narrowed,
  setLastInbox,
  viewName,
} from "./filters.ts";
import { InboxTable } from "./InboxTable.tsx";
import { SearchForm, SearchResults } from "./Search.tsx";

const PAGE_SIZE = 25;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** "Received: showing 3 of 12", or without a total when a filter narrows the view. */
function showing(filters: InboxFilters, page: InboxAnswer) {
  return narrowed(filters)
    ? tr("inbox.showingFiltered", { shown: page.requests.length })
    : tr("inbox.showing", { shown: page.requests.length, total: page.counts[filters.view] });
}

/** What to say when nothing is there, with a way back to every open request if filtered. */
function Empty(props: { filters: InboxFilters }) {
  const f = () => props.filters;
  return (
    <div class="empty" data-testid="inbox-empty">
      <p>
        <Show
          when={narrowed(f())}
          fallback={
            f().view === "open"
              ? tr("inbox.empty.open")
              : tr("inbox.empty", { status: tr(viewName(f().view)) })
          }
        >
          {tr("inbox.empty.filtered")}
        </Show>
      </p>
      <Show when={narrowed(f()) || f().view !== "open"}>
        <p>
          <a href={inboxHref(defaults)} id="inbox-show-open">
            {tr("inbox.showOpen")}
          </a>
        </p>
      </Show>
    </div>
  );
}

/**
 * The inbox: every request still in hand by default, soonest appointment first; a status, an
 * owner and urgency narrow it, and the address keeps the choice. Search by reference or client.
 */
export default function InboxPage(props: RouteSectionProps) {
  const call = useApi();
  const navigate = useNavigate();
  const filters = () => filtersOf(props.location.query);
  const query = () => one(props.location.query.q)?.trim() ?? "";
  const [message, setMessage] = createSignal<Flash>();
  /** Said to screen readers when a list or search result arrives (it is on screen already). */
  const [announcement, setAnnouncement] = createSignal("");

  const page = (f: InboxFilters, cursor?: string) =>
    call(
      api.inbox.$get({
        query: {
          view: f.view,
          owner: f.owner,
          urgent: f.urgent ? "true" : "false",
          limit: String(PAGE_SIZE),
          cursor,
        },
      }),
    );
  const list = createLoader(() => page(filters()));
  const key = () => JSON.stringify(filters());
  const [loadedFor, setLoadedFor] = createSignal("");

  // Runs again when the address changes (another view or filter); a search has its own part.
  createEffect(() => {
    const q = query();
    const wanted = key();
    if (!q) setLastInbox(props.location.pathname + props.location.search);
    untrack(async () => {
      setMessage(undefined);
      setAnnouncement("");
      if (q) return;
      await list.reload();
      const answer = list.data();
      if (answer && wanted === key()) {
        setLoadedFor(wanted);
        setAnnouncement(`${tr(viewName(filters().view))}: ${showing(filters(), answer)}`);
      }
    });
  });

  const more = createLoadMore({
    list,
    items: "requests",
    next: (cursor) => page(filters(), cursor),
    // Continue where the new rows begin.
    rows: "[data-testid=inbox-row] a",
    loaded: (_, added) =>
      setMessage({
        kind: "success",
        text: tr("inbox.loadedMore", { count: added.requests.length }),
      }),
    failed: (text) => setMessage({ kind: "error", text }),
  });

  const current = () => (loadedFor() === key() && !list.loading() ? list.data() : undefined);

  return (
    <>
      <div class="page-head">
        <PageHeading title={tr("inbox.title")} />
        <SearchForm
          query={query()}
          onSearch={(q) => navigate(q ? `/coordinator?q=${encodeURIComponent(q)}` : inboxHref())}
        />
      </div>

      <Alerts />

      <p class="visually-hidden" role="status">
        {announcement()}
      </p>

      <Show when={query()}>
        <SearchResults query={query()} back={inboxHref(filters())} announce={setAnnouncement} />
      </Show>

      <Show when={!query()}>
        <Filters filters={filters()} page={list.data()} />
        <Show
          when={current()}
          fallback={
            <LoadState
              failure={list.loading() ? undefined : list.failure()}
              retry={() => void list.reload()}
            />
          }
        >
          {(answer) => (
            <section aria-labelledby="inbox-list-title">
              <h2 id="inbox-list-title" class="visually-hidden">
                {tr(viewName(filters().view))}
              </h2>
              <Show when={answer().requests.length > 0} fallback={<Empty filters={filters()} />}>
                <InboxTable
                  caption={tr("inbox.caption", { status: tr(viewName(filters().view)) })}
                  requests={answer().requests}
                />
                <p class="table-count">{showing(filters(), answer())}</p>
                <LoadMore id="inbox-load-more" label={tr("inbox.loadMore")} more={more} />
              </Show>
              <StatusMessage message={message()} />
            </section>
          )}
        </Show>
      </Show>
    </>
  );
}
