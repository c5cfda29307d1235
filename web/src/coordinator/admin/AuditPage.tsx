import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, Show, untrack } from "solid-js";
import { api } from "../../lib/api.ts";
import { TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { currentMonth, formatDateTime, formatMonth } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { createLoadMore, DataTable, LoadMore } from "../table.tsx";
import type { AuditEntry } from "../types.ts";
import { AdminPage } from "./AdminOnly.tsx";
import { actionText, actorOf } from "./audit.ts";

const labelOf = (action: string) => {
  const key = actionText(action);
  return key ? tr(key) : action;
};

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

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
  return (
    <AdminPage title={tr("admin.audit.title")}>
      <Audit month={one(props.location.query.month)} />
    </AdminPage>
  );
}

/** The audit log, one month at a time, newest first; read-only. */
function Audit(props: { month: string | undefined }) {
  const call = useApi();
  const navigate = useNavigate();
  const month = () =>
    props.month && monthPattern.test(props.month) ? props.month : currentMonth();
  const [chosen, setChosen] = createSignal(month());
  const [monthError, setMonthError] = createSignal<string>();
  const [message, setMessage] = createSignal<Flash>();
  const page = (cursor?: string) =>
    call(api.admin.audit.$get({ query: { month: month(), cursor } }));
  const log = createLoader(() => page());

  createEffect(() => {
    const current = month();
    untrack(() => {
      setChosen(current);
      setMessage(undefined);
      void log.reload();
    });
  });

  const show = (event: SubmitEvent) => {
    event.preventDefault();
    const value = chosen().trim();
    if (!monthPattern.test(value)) {
      setMonthError(tr("admin.audit.month.invalid"));
      focusSoon(() => document.getElementById("audit-month") ?? undefined);
      return;
    }
    setMonthError(undefined);
    navigate(`/coordinator/admin/audit?month=${value}`);
  };

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
      <form class="month-form" novalidate onSubmit={show}>
        <TextField
          id="audit-month"
          label={tr("admin.audit.month")}
          hint={tr("admin.audit.month.hint")}
          error={monthError()}
          type="month"
          max={currentMonth()}
          value={chosen()}
          onInput={setChosen}
        />
        <button type="submit" id="audit-show" class="button button--secondary">
          {tr("admin.audit.show")}
        </button>
      </form>

      <section aria-labelledby="audit-month-title">
        <h2 id="audit-month-title">{formatMonth(month())}</h2>
        <Loaded loader={log}>
          {(data) => (
            <OrEmpty
              when={data().entries.length > 0}
              text={tr("admin.audit.empty", { month: formatMonth(month()) })}
              testId="audit-empty"
            >
              <DataTable
                testId="audit-table"
                caption={tr("admin.audit.caption", { month: formatMonth(month()) })}
                columns={[
                  "admin.audit.at",
                  "admin.audit.action",
                  "admin.audit.subject",
                  "admin.audit.actor",
                  "admin.audit.details",
                ]}
                rows={data().entries}
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
              <LoadMore id="audit-load-more" label={tr("admin.audit.loadMore")} more={more} />
            </OrEmpty>
          )}
        </Loaded>
        <StatusMessage message={message()} id="audit-message" />
      </section>
    </>
  );
}
