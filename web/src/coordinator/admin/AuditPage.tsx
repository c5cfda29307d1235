import { A, type RouteSectionProps } from "@solidjs/router";
import { createEffect, createMemo, createSignal, Show, untrack } from "solid-js";
import { api } from "../../lib/api.ts";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { locale, tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { createLoadMore, DataTable, LoadMore } from "../table.tsx";
import type { AuditEntry } from "../types.ts";
import { AdminPage } from "./AdminOnly.tsx";
import { AuditFilters } from "./AuditFilters.tsx";
import { actionText, actorOf } from "./audit.ts";
import { type AuditFilters as Filters, filtersOf, queryOf } from "./audit-filters.ts";

const labelOf = (action: string) => {
  const key = actionText(action);
  return key ? tr(key) : action;
};

/** `request#req_…` links to the request; other subjects are shown as they are. */
function Subject(props: { subject: string }) {
  const requestId = () =>
    props.subject.startsWith("request#") ? props.subject.slice("request#".length) : undefined;
  return (
    <Show when={requestId()} fallback={<span class="break">{props.subject}</span>}>
      {(id) => (
        <A href={`/coordinator/requests/${encodeURIComponent(id())}`} class="break">
          {props.subject}
        </A>
      )}
    </Show>
  );
}

/** Who acted, in words; a volunteer or a request they acted on links to its page. */
function Actor(props: { entry: AuditEntry }) {
  const actor = () => actorOf(props.entry);
  const text = () => {
    const current = actor();
    if ("text" in current) return current.text;
    const values = { ...current.values, ...(current.nameKey && { name: tr(current.nameKey) }) };
    return tr(current.key, values);
  };
  const href = () => {
    const current = actor();
    return "href" in current ? current.href : undefined;
  };
  return (
    <Show when={href()} fallback={text()}>
      {(to) => <A href={to()}>{text()}</A>}
    </Show>
  );
}

const detailsText = (details: Record<string, unknown> | undefined) =>
  details
    ? Object.entries(details)
        .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
        .join("; ")
    : "";

export default function AuditPage(props: RouteSectionProps) {
  const filters = createMemo(() => filtersOf(props.location.query), undefined, {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  return (
    <AdminPage title={tr("admin.audit.title")}>
      <Audit filters={filters()} />
    </AdminPage>
  );
}

/** The audit log, filtered as the address says, newest first; read-only. */
function Audit(props: { filters: Filters }) {
  const call = useApi();
  const [message, setMessage] = createSignal<Flash>();
  const page = (cursor?: string) =>
    call(api.admin.audit.$get({ query: { ...queryOf(props.filters), cursor } }));
  const log = createLoader(() => page());
  const csvHref = () =>
    api.admin.audit.csv.$path({ query: { ...queryOf(props.filters), lang: locale() } });

  createEffect(() => {
    props.filters;
    untrack(() => {
      setMessage(undefined);
      void log.reload();
    });
  });

  // A filter the API refused (a range over 24 months, a day that does not exist) is said at its field.
  const errors = () => {
    const failure = log.failure();
    return failure?.kind === "validation" ? failure.fields : undefined;
  };
  const caption = (days: { from: string; to: string }) =>
    tr("admin.audit.caption", { from: formatDate(days.from), to: formatDate(days.to) });

  const more = createLoadMore({
    list: log,
    items: "entries",
    next: page,
    rows: "[data-testid=audit-row] th",
    loaded: (_, added) =>
      setMessage({
        kind: "success",
        text: tr("admin.audit.loadedMore", { count: added.entries.length }),
      }),
    failed: (text) => setMessage({ kind: "error", text }),
  });

  return (
    <>
      <AuditFilters filters={props.filters} errors={errors()} csvHref={csvHref()} />
      <section aria-labelledby="audit-list-title">
        <h2 id="audit-list-title">{tr("admin.audit.list")}</h2>
        <Show when={!errors()} fallback={<p class="empty">{tr("admin.audit.fixFilters")}</p>}>
          <Loaded loader={log}>
            {(data) => (
              <>
                <OrEmpty
                  when={data().entries.length > 0}
                  text={
                    data().cursor
                      ? tr("admin.audit.emptySoFar")
                      : tr("admin.audit.empty", { period: caption(data().days) })
                  }
                  testId="audit-empty"
                >
                  <AuditTable entries={data().entries} caption={caption(data().days)} />
                </OrEmpty>
                <LoadMore id="audit-load-more" label={tr("admin.audit.loadMore")} more={more} />
              </>
            )}
          </Loaded>
        </Show>
        <StatusMessage message={message()} id="audit-message" />
      </section>
    </>
  );
}

function AuditTable(props: { entries: AuditEntry[]; caption: string }) {
  return (
    <DataTable
      testId="audit-table"
      caption={props.caption}
      columns={[
        "admin.audit.at",
        "admin.audit.action",
        "admin.audit.subject",
        "admin.audit.actor",
        "admin.audit.details",
      ]}
      rows={props.entries}
    >
      {(entry) => (
        <tr data-testid="audit-row">
          <th scope="row" tabindex="-1">
            <time datetime={entry.at}>{formatDateTime(entry.at)}</time>
          </th>
          <td>{labelOf(entry.action)}</td>
          <td>
            <Subject subject={entry.subject} />
          </td>
          <td class="break">
            <Actor entry={entry} />
          </td>
          <td class="break">{detailsText(entry.details)}</td>
        </tr>
      )}
    </DataTable>
  );
}
