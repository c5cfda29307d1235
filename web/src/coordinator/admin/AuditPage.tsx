import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, Show, untrack } from "solid-js";
import { api } from "../../lib/api.ts";
import { Field } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { currentMonth, formatDateTime, formatMonth } from "../../lib/format.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, LoadState, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { DataTable, LoadMore } from "../table.tsx";
import type { AuditEntry } from "../types.ts";
import { AdminOnly } from "./AdminOnly.tsx";
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
  const headingRef = focusHeadingOnNavigation();
  useTitle(() => tr("admin.audit.title"));
  return (
    <>
      <h1 ref={headingRef} tabindex="-1">
        {tr("admin.audit.title")}
      </h1>
      <AdminOnly>
        <Audit month={one(props.location.query.month)} />
      </AdminOnly>
    </>
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
  const [more, setMore] = createSignal(false);
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

  async function loadMore() {
    const current = log.data();
    if (!current?.cursor || more()) return;
    setMore(true);
    const shown = current.entries.length;
    const result = await page(current.cursor);
    setMore(false);
    if (!result.ok) {
      if (!redirected(result)) setMessage({ kind: "error", text: failureText(result) });
      return;
    }
    log.set({ entries: [...current.entries, ...result.data.entries], cursor: result.data.cursor });
    setMessage({
      kind: "success",
      text: tr("admin.audit.loadedMore", { count: result.data.entries.length }),
    });
    focusSoon(
      () =>
        document.querySelectorAll<HTMLElement>("[data-testid=audit-row] th")[shown] ?? undefined,
    );
  }

  return (
    <>
      <form class="month-form" novalidate onSubmit={show}>
        <Field
          id="audit-month"
          label={tr("admin.audit.month")}
          hint={tr("admin.audit.month.hint")}
          error={monthError()}
        >
          {(control) => (
            <input
              {...control}
              type="month"
              value={chosen()}
              max={currentMonth()}
              onInput={(e) => setChosen(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" id="audit-show" class="button button--secondary">
          {tr("admin.audit.show")}
        </button>
      </form>

      <section aria-labelledby="audit-month-title">
        <h2 id="audit-month-title">{formatMonth(month())}</h2>
        <Show
          when={log.data()}
          fallback={<LoadState failure={log.failure()} retry={() => void log.reload()} />}
        >
          {(data) => (
            <Show
              when={data().entries.length > 0}
              fallback={
                <p class="empty" data-testid="audit-empty">
                  {tr("admin.audit.empty", { month: formatMonth(month()) })}
                </p>
              }
            >
              <DataTable
                testId="audit-table"
                caption={tr("admin.audit.caption", { month: formatMonth(month()) })}
                columns={[
                  tr("admin.audit.at"),
                  tr("admin.audit.action"),
                  tr("admin.audit.subject"),
                  tr("admin.audit.actor"),
                  tr("admin.audit.details"),
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
              <LoadMore
                id="audit-load-more"
                label={tr("admin.audit.loadMore")}
                when={data().cursor}
                busy={more()}
                onClick={() => void loadMore()}
              />
            </Show>
          )}
        </Show>
        <StatusMessage message={message()} id="audit-message" />
      </section>
    </>
  );
}
