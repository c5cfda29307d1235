import { clientLanguages, sectors } from "@rinnalla/core/request";
import { volunteerStatuses } from "@rinnalla/core/volunteer";
import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, For, Show, untrack } from "solid-js";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { languageName, tr, useTitle } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, LoadState, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { DataTable, LoadMore } from "../table.tsx";
import { setNewApplicants } from "./counts.ts";
import { VolunteerBadge } from "./StatusBadge.tsx";
import type { BankPage as BankAnswer, VolunteerStatus } from "./types.ts";

const PAGE_SIZE = 50;
type StatusFilter = VolunteerStatus | "all";
type Sort = "name" | "lastVisit";
type Filters = {
  status: StatusFilter;
  language: (typeof clientLanguages)[number] | "";
  sector: (typeof sectors)[number] | "";
  area: string;
  freeOn: string;
  sort: Sort;
};

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";
const oneOf = <T extends string, F extends string>(
  value: string,
  options: readonly T[],
  fallback: F,
): T | F => ((options as readonly string[]).includes(value) ? (value as T) : fallback);

/** The filters as an address, so a filtered list can be bookmarked and Back works. */
export function bankHref(filters: Partial<Filters>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (
      !value ||
      (name === "status" && value === "active") ||
      (name === "sort" && value === "name")
    )
      continue;
    params.set(name, value);
  }
  const query = params.toString();
  return query ? `/coordinator/volunteers?${query}` : "/coordinator/volunteers";
}

/** The volunteer bank: filter by status, language, sector, area and a free date. */
export default function BankPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const navigate = useNavigate();
  const filters = (): Filters => {
    const q = props.location.query;
    return {
      status: oneOf(one(q.status), [...volunteerStatuses, "all"] as const, "active"),
      language: oneOf(one(q.language), clientLanguages, ""),
      sector: oneOf(one(q.sector), sectors, ""),
      area: one(q.area).slice(0, 100),
      freeOn: /^\d{4}-\d{2}-\d{2}$/.test(one(q.freeOn)) ? one(q.freeOn) : "",
      sort: oneOf(one(q.sort), ["name", "lastVisit"] as const, "name"),
    };
  };
  const [form, setForm] = createSignal<Filters>(filters());
  const [more, setMore] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const [announcement, setAnnouncement] = createSignal("");
  useTitle(() => tr("bank.title"));

  const page = (f: Filters, cursor?: string) =>
    call(
      api.volunteers.$get({
        query: {
          status: f.status,
          sort: f.sort,
          limit: String(PAGE_SIZE),
          language: f.language || undefined,
          sector: f.sector || undefined,
          area: f.area.trim() || undefined,
          freeOn: f.freeOn || undefined,
          cursor,
        },
      }),
    );
  const list = createLoader(() => page(filters()));

  createEffect(() => {
    const current = filters();
    const key = JSON.stringify(current);
    untrack(async () => {
      setForm(current);
      setMessage(undefined);
      setAnnouncement("");
      await list.reload();
      const page = list.data();
      if (page && key === JSON.stringify(filters())) {
        setNewApplicants(page.counts.applicant);
        setAnnouncement(countText(page));
      }
    });
  });

  const countText = (page: BankAnswer) =>
    page.total === 0
      ? tr("bank.count.none")
      : tr("bank.count", { shown: page.volunteers.length, total: page.total });

  /** The loader drops answers to older filters, so a finished load belongs to the current ones. */
  const loaded = () => (list.loading() ? undefined : list.data());

  async function loadMore() {
    const current = list.data();
    if (!current?.cursor || more()) return;
    setMore(true);
    const shown = current.volunteers.length;
    const result = await page(filters(), current.cursor);
    setMore(false);
    if (!result.ok) {
      if (!redirected(result)) setMessage({ kind: "error", text: failureText(result) });
      return;
    }
    const next = { ...result.data, volunteers: [...current.volunteers, ...result.data.volunteers] };
    list.set(next);
    setAnnouncement(countText(next));
    focusSoon(
      () => document.querySelectorAll<HTMLElement>("[data-testid=bank-row] a")[shown] ?? undefined,
    );
  }

  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    navigate(bankHref(form()));
  };
  const set = <K extends keyof Filters>(name: K, value: Filters[K]) =>
    setForm((f) => ({ ...f, [name]: value }));
  const count = (status: VolunteerStatus) => list.data()?.counts[status];
  const statusName = (status: StatusFilter) =>
    status === "all" ? tr("bank.status.all") : tr(`volunteer.status.${status}`);

  return (
    <>
      <h1 ref={headingRef} tabindex="-1">
        {tr("bank.title")}
      </h1>

      <nav class="status-tabs" aria-label={tr("bank.tabs.label")}>
        <ul>
          <For each={[...volunteerStatuses, "all"] as const}>
            {(option) => (
              <li>
                <a
                  href={bankHref({ ...filters(), status: option })}
                  data-testid={`bank-tab-${option}`}
                  aria-current={option === filters().status ? "page" : undefined}
                >
                  {statusName(option)}
                  <Show when={option !== "all" && count(option as VolunteerStatus) !== undefined}>
                    {" "}
                    <span class="count">{formatNumber(count(option as VolunteerStatus) ?? 0)}</span>
                  </Show>
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>

      <search>
        <form class="bank-filters" aria-labelledby="bank-filters-title" onSubmit={apply}>
          <h2 id="bank-filters-title" class="bank-filters__title">
            {tr("bank.filters")}
          </h2>
          <div class="bank-filters__grid">
            <div class="field">
              <label class="label" for="bank-status">
                {tr("bank.filter.status")}
              </label>
              <select
                id="bank-status"
                onChange={(e) => set("status", e.currentTarget.value as StatusFilter)}
              >
                <For each={[...volunteerStatuses, "all"] as const}>
                  {(option) => (
                    <option value={option} selected={form().status === option}>
                      {statusName(option)}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <div class="field">
              <label class="label" for="bank-language">
                {tr("bank.filter.language")}
              </label>
              <select
                id="bank-language"
                onChange={(e) => set("language", e.currentTarget.value as Filters["language"])}
              >
                <option value="" selected={form().language === ""}>
                  {tr("bank.filter.any")}
                </option>
                <For each={clientLanguages}>
                  {(code) => (
                    <option value={code} selected={form().language === code}>
                      {languageName(code)}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <div class="field">
              <label class="label" for="bank-sector">
                {tr("bank.filter.sector")}
              </label>
              <select
                id="bank-sector"
                onChange={(e) => set("sector", e.currentTarget.value as Filters["sector"])}
              >
                <option value="" selected={form().sector === ""}>
                  {tr("bank.filter.any")}
                </option>
                <For each={sectors}>
                  {(sector) => (
                    <option value={sector} selected={form().sector === sector}>
                      {tr(`sector.${sector}`)}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <div class="field">
              <label class="label" for="bank-area">
                {tr("bank.filter.area")}
              </label>
              <input
                id="bank-area"
                type="text"
                autocomplete="off"
                maxlength={100}
                value={form().area}
                onInput={(e) => set("area", e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="label" for="bank-freeOn">
                {tr("bank.filter.freeOn")}
              </label>
              <p id="bank-freeOn-hint" class="hint">
                {tr("bank.filter.freeOn.hint")}
              </p>
              <input
                id="bank-freeOn"
                type="date"
                aria-describedby="bank-freeOn-hint"
                value={form().freeOn}
                onInput={(e) => set("freeOn", e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="label" for="bank-sort">
                {tr("bank.filter.sort")}
              </label>
              <select id="bank-sort" onChange={(e) => set("sort", e.currentTarget.value as Sort)}>
                <option value="name" selected={form().sort === "name"}>
                  {tr("bank.sort.name")}
                </option>
                <option value="lastVisit" selected={form().sort === "lastVisit"}>
                  {tr("bank.sort.lastVisit")}
                </option>
              </select>
            </div>
          </div>
          <div class="button-row">
            <button type="submit" id="bank-apply" class="button">
              {tr("bank.apply")}
            </button>
            <A href="/coordinator/volunteers" class="button button--secondary" id="bank-clear">
              {tr("bank.clear")}
            </A>
          </div>
        </form>
      </search>

      <p class="table-count" role="status" data-testid="bank-count">
        {announcement()}
      </p>

      <Show
        when={loaded()}
        fallback={
          <LoadState
            failure={!list.loading() ? list.failure() : undefined}
            retry={() => void list.reload()}
          />
        }
      >
        {(page) => (
          <section aria-labelledby="bank-list-title">
            <h2 id="bank-list-title">{statusName(filters().status)}</h2>
            <Show
              when={page().volunteers.length > 0}
              fallback={
                <p class="empty" data-testid="bank-empty">
                  {tr("bank.empty")}
                </p>
              }
            >
              <DataTable
                testId="bank-table"
                caption={tr(
                  filters().sort === "lastVisit" ? "bank.caption.lastVisit" : "bank.caption.name",
                  {
                    status: statusName(filters().status),
                  },
                )}
                columns={[
                  tr("bank.col.name"),
                  tr("bank.col.status"),
                  tr("bank.col.languages"),
                  tr("bank.col.areas"),
                  tr("bank.col.sectors"),
                  tr("bank.col.lastVisit"),
                ]}
                rows={page().volunteers}
              >
                {(card) => (
                  <tr data-testid="bank-row">
                    <th scope="row">
                      <A href={`/coordinator/volunteers/${encodeURIComponent(card.id)}`}>
                        {card.name}
                      </A>
                    </th>
                    <td>
                      <VolunteerBadge status={card.status} pausedUntil={card.pausedUntil} />
                    </td>
                    <td>
                      {card.languages
                        .map(
                          (l) =>
                            `${languageName(l.code)} (${tr(`volunteer.level.${l.level}`).toLowerCase()})`,
                        )
                        .join(", ") || <span class="muted">{tr("ui.notGiven")}</span>}
                    </td>
                    <td>{card.areas.join(", ") || card.municipality}</td>
                    <td>
                      {card.sectors.map((s) => tr(`sector.${s}`)).join(", ") || (
                        <span class="muted">{tr("ui.notGiven")}</span>
                      )}
                    </td>
                    <td>
                      <Show
                        when={card.lastVisitAt}
                        fallback={<span class="muted">{tr("bank.noVisits")}</span>}
                      >
                        {(at) => <time datetime={at()}>{formatDate(at())}</time>}
                      </Show>
                    </td>
                  </tr>
                )}
              </DataTable>
              <LoadMore
                id="bank-load-more"
                label={tr("bank.loadMore")}
                when={page().cursor}
                busy={more()}
                onClick={() => void loadMore()}
              />
            </Show>
            <StatusMessage message={message()} />
          </section>
        )}
      </Show>
    </>
  );
}
