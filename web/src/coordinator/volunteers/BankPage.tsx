import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, Show, untrack } from "solid-js";
import { api } from "../../lib/api.ts";
import { formatDate } from "../../lib/format.ts";
import { languageName, sectorName, tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { type Flash, LoadState, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { createLoadMore, DataTable, LoadMore, StatusTabs } from "../table.tsx";
import {
  BankFilters,
  bankHref,
  type Filters,
  filtersOf,
  statusFilters,
  statusName,
} from "./BankFilters.tsx";
import { setNewApplicants } from "./counts.ts";
import { VolunteerBadge } from "./StatusBadge.tsx";
import type { BankPage as BankAnswer } from "./types.ts";

const PAGE_SIZE = 50;

const notGiven = () => <span class="muted">{tr("ui.notGiven")}</span>;

/** The bank's table: a volunteer a row, with what matching looks at. */
function BankTable(props: { page: BankAnswer; filters: Filters }) {
  return (
    <DataTable
      testId="bank-table"
      caption={tr(
        props.filters.sort === "lastVisit" ? "bank.caption.lastVisit" : "bank.caption.name",
        {
          status: statusName(props.filters.status),
        },
      )}
      columns={[
        "bank.col.name",
        "bank.col.status",
        "bank.col.languages",
        "bank.col.areas",
        "bank.col.sectors",
        "bank.col.lastVisit",
      ]}
      rows={props.page.volunteers}
    >
      {(card) => (
        <tr data-testid="bank-row">
          <th scope="row">
            <A href={`/coordinator/volunteers/${encodeURIComponent(card.id)}`}>{card.name}</A>
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
              .join(", ") || notGiven()}
          </td>
          <td>{card.areas.join(", ") || card.municipality}</td>
          <td>{card.sectors.map(sectorName).join(", ") || notGiven()}</td>
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
  );
}

/** The volunteer bank: filter by status, language, sector, area and a free date. */
export default function BankPage(props: RouteSectionProps) {
  const call = useApi();
  const navigate = useNavigate();
  const filters = () => filtersOf(props.location.query);
  const [form, setForm] = createSignal<Filters>(filters());
  const [message, setMessage] = createSignal<Flash>();
  const [announcement, setAnnouncement] = createSignal("");

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
  const countText = (answer: BankAnswer) =>
    answer.total === 0
      ? tr("bank.count.none")
      : tr("bank.count", { shown: answer.volunteers.length, total: answer.total });
  const more = createLoadMore({
    list,
    items: "volunteers",
    next: (cursor) => page(filters(), cursor),
    rows: "[data-testid=bank-row] a",
    loaded: (merged) => setAnnouncement(countText(merged)),
    failed: (text) => setMessage({ kind: "error", text }),
  });

  createEffect(() => {
    const current = filters();
    const key = JSON.stringify(current);
    untrack(async () => {
      setForm(current);
      setMessage(undefined);
      setAnnouncement("");
      await list.reload();
      const answer = list.data();
      if (answer && key === JSON.stringify(filters())) {
        setNewApplicants(answer.counts.applicant);
        setAnnouncement(countText(answer));
      }
    });
  });

  /** The loader drops answers to older filters, so a finished load belongs to the current ones. */
  const loaded = () => (list.loading() ? undefined : list.data());

  return (
    <>
      <PageHeading title={tr("bank.title")} />

      <StatusTabs
        label={tr("bank.tabs.label")}
        options={statusFilters}
        current={filters().status}
        href={(status) => bankHref({ ...filters(), status })}
        name={statusName}
        count={(status) => (status === "all" ? undefined : list.data()?.counts[status])}
        testId="bank-tab"
      />

      <BankFilters
        value={form()}
        onChange={(name, value) => setForm((f) => ({ ...f, [name]: value }))}
        onApply={() => navigate(bankHref(form()))}
      />

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
        {(answer) => (
          <section aria-labelledby="bank-list-title">
            <h2 id="bank-list-title">{statusName(filters().status)}</h2>
            <OrEmpty
              when={answer().volunteers.length > 0}
              text={tr("bank.empty")}
              testId="bank-empty"
            >
              <BankTable page={answer()} filters={filters()} />
              <LoadMore id="bank-load-more" label={tr("bank.loadMore")} more={more} />
            </OrEmpty>
            <StatusMessage message={message()} />
          </section>
        )}
      </Show>
    </>
  );
}
