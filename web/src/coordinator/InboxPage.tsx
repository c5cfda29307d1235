import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, Show, untrack } from "solid-js";
import { api } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { formatAppointment, formatDate } from "../lib/format.ts";
import { sectorName, tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { type Flash, Loading, LoadState, Notice, OrEmpty, StatusMessage } from "../lib/ui.tsx";
import { Alerts } from "./Alerts.tsx";
import { useApi } from "./api.ts";
import { StatusBadge, UrgentBadge } from "./badges.tsx";
import { createLoadMore, DataTable, LoadMore, StatusTabs } from "./table.tsx";
import { type RequestSummary, type Status, statuses } from "./types.ts";

const PAGE_SIZE = 25;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const isStatus = (value: string | undefined): value is Status =>
  (statuses as readonly string[]).includes(value ?? "");

export const inboxHref = (status: Status) =>
  status === "received" ? "/coordinator" : `/coordinator?status=${status}`;

/** The requests table: one row per request, in the order the API gives (soonest first). */
function RequestTable(props: {
  caption: string;
  requests: RequestSummary[];
  showStatus?: boolean;
}) {
  return (
    <DataTable
      testId="inbox-table"
      caption={props.caption}
      columns={[
        "inbox.col.reference",
        "inbox.col.appointment",
        "inbox.col.client",
        "inbox.col.sector",
        "inbox.col.municipality",
        ...(props.showStatus ? (["inbox.col.status"] as const) : []),
        "inbox.col.received",
      ]}
      rows={props.requests}
    >
      {(request) => (
        <tr data-testid="inbox-row" classList={{ "row--urgent": request.urgent }}>
          <th scope="row">
            <A href={`/coordinator/requests/${encodeURIComponent(request.id)}`}>
              {request.reference}
            </A>
            <Show when={request.urgent}>
              {" "}
              <UrgentBadge />
            </Show>
          </th>
          <td>
            <time datetime={request.startsAt}>{formatAppointment(request.startsAt)}</time>
          </td>
          <td>{request.clientName}</td>
          <td>{sectorName(request.sector)}</td>
          <td>{request.municipality}</td>
          <Show when={props.showStatus}>
            <td>
              <StatusBadge status={request.status} />
            </td>
          </Show>
          <td>
            <time datetime={request.createdAt}>{formatDate(request.createdAt)}</time>
          </td>
        </tr>
      )}
    </DataTable>
  );
}

/** Requests by status, soonest appointment first, with search by reference or client name. */
export default function InboxPage(props: RouteSectionProps) {
  const call = useApi();
  const navigate = useNavigate();
  const status = (): Status => {
    const asked = one(props.location.query.status);
    return isStatus(asked) ? asked : "received";
  };
  const query = () => one(props.location.query.q)?.trim() ?? "";
  const [search, setSearch] = createSignal(query());
  const [message, setMessage] = createSignal<Flash>();
  /** Said to screen readers when a list or search result arrives (it is on screen already). */
  const [announcement, setAnnouncement] = createSignal("");

  const page = (status: Status, cursor?: string) =>
    call(api.inbox.$get({ query: { status, limit: String(PAGE_SIZE), cursor } }));
  const list = createLoader(() => page(status()));
  const found = createLoader(() => call(api.inbox.search.$get({ query: { q: query() } })));

  // Runs again when the address changes (another status tab, a new search).
  createEffect(() => {
    const q = query();
    status();
    untrack(async () => {
      setMessage(undefined);
      setAnnouncement("");
      setSearch(q);
      if (q) {
        await found.reload();
        const count = found.data()?.requests.length;
        if (count !== undefined && q === query()) {
          setAnnouncement(
            count > 0 ? tr("inbox.search.count", { count }) : tr("inbox.search.none", { query: q }),
          );
        }
      } else {
        await list.reload();
        const page = list.data();
        if (page && page.status === status()) {
          setAnnouncement(
            `${tr(`status.${page.status}`)}: ${tr("inbox.showing", {
              shown: page.requests.length,
              total: page.counts[page.status],
            })}`,
          );
        }
      }
    });
  });

  const more = createLoadMore({
    list,
    items: "requests",
    next: (cursor) => page(list.data()?.status ?? status(), cursor),
    // Continue where the new rows begin.
    rows: "[data-testid=inbox-row] a",
    loaded: (_, added) =>
      setMessage({
        kind: "success",
        text: tr("inbox.loadedMore", { count: added.requests.length }),
      }),
    failed: (text) => setMessage({ kind: "error", text }),
  });

  const submitSearch = (event: SubmitEvent) => {
    event.preventDefault();
    const q = search().trim();
    navigate(q ? `/coordinator?q=${encodeURIComponent(q)}` : inboxHref(status()));
  };

  return (
    <>
      <PageHeading title={tr("inbox.title")} />

      <Alerts />

      <search>
        <form class="search-form" onSubmit={submitSearch}>
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

      <p class="visually-hidden" role="status">
        {announcement()}
      </p>

      <Show
        when={query()}
        fallback={
          <>
            <StatusTabs
              label={tr("inbox.tabs.label")}
              options={statuses}
              current={status()}
              href={inboxHref}
              name={(option) => tr(`status.${option}`)}
              count={(option) => list.data()?.counts[option]}
              testId="inbox-tab"
            />

            <Show
              when={list.data()?.status === status() ? list.data() : undefined}
              fallback={<LoadState failure={list.failure()} retry={() => void list.reload()} />}
            >
              {(page) => (
                <section aria-labelledby="inbox-list-title">
                  <h2 id="inbox-list-title">{tr(`status.${page().status}`)}</h2>
                  <OrEmpty
                    when={page().requests.length > 0}
                    text={tr("inbox.empty", { status: tr(`status.${page().status}`) })}
                    testId="inbox-empty"
                  >
                    <Show when={page().requests.some((r) => r.urgent)}>
                      <p class="hint">{tr("inbox.urgent.hint")}</p>
                    </Show>
                    <RequestTable
                      caption={tr("inbox.caption", {
                        status: tr(`status.${page().status}`),
                      })}
                      requests={page().requests}
                    />
                    <p class="table-count">
                      {tr("inbox.showing", {
                        shown: page().requests.length,
                        total: page().counts[page().status],
                      })}
                    </p>
                    <LoadMore id="inbox-load-more" label={tr("inbox.loadMore")} more={more} />
                  </OrEmpty>
                  <StatusMessage message={message()} />
                </section>
              )}
            </Show>
          </>
        }
      >
        <section aria-labelledby="inbox-search-title">
          <h2 id="inbox-search-title">{tr("inbox.search.title", { query: query() })}</h2>
          <p>
            <a href={inboxHref(status())} id="inbox-search-clear">
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
                text={tr("inbox.search.none", { query: query() })}
                testId="inbox-empty"
              >
                <p>{tr("inbox.search.count", { count: result().requests.length })}</p>
                <RequestTable
                  caption={tr("inbox.search.caption", { query: query() })}
                  requests={result().requests}
                  showStatus
                />
              </OrEmpty>
            )}
          </Show>
        </section>
      </Show>
    </>
  );
}
