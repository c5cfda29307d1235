import { helsinkiDate } from "@rinnalla/core/util";
import { A } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { formatClock, formatDay, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Loaded, OrEmpty } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { useMe } from "../session.ts";
import { type SeasonRow, seasonRows, splitGatherings } from "./gatherings.ts";
import { GatheringBadge, SeasonName, seatsText } from "./parts.tsx";
import type { GatheringSummary } from "./types.ts";

export const gatheringHref = (id: string) => `/coordinator/gatherings/${encodeURIComponent(id)}`;

/** A season in a line: its name, its state in words (missed said plainly) and its gathering. */
function SeasonItem(props: { row: SeasonRow }) {
  const r = () => props.row;
  return (
    <li class="season" data-testid="season" data-season={r().season} data-state={r().state}>
      <span class="season__name">
        <SeasonName year={r().year} name={r().name} />
      </span>{" "}
      <span class={`badge badge--season-${r().state}`}>
        {tr(`coord.gatherings.season.${r().state}`)}
      </span>
      <span class="season__more">
        {r().state === "missed"
          ? tr("coord.gatherings.season.missedText", { date: formatDay(r().inviteBy) })
          : r().state === "drafted" || r().state === "upcoming"
            ? tr("coord.gatherings.season.deadline", { date: formatDay(r().inviteBy) })
            : ""}
        <Show when={r().gatheringId}>
          {(id) => (
            <>
              {" "}
              <A href={gatheringHref(id())}>{tr("coord.gatherings.season.open")}</A>
            </>
          )}
        </Show>
      </span>
    </li>
  );
}

function GatheringTable(props: { id: string; caption: string; rows: GatheringSummary[] }) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid={props.id}>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr("coord.gatherings.col.title")}</th>
            <th scope="col">{tr("coord.gatherings.col.when")}</th>
            <th scope="col">{tr("coord.gatherings.col.place")}</th>
            <th scope="col">{tr("coord.gatherings.col.seats")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(g) => (
              <tr data-testid="gathering-row" data-id={g.id}>
                <th scope="row">
                  <A href={gatheringHref(g.id)}>{g.title}</A> <GatheringBadge status={g.status} />
                </th>
                <td>
                  <Show when={g.date} fallback={<span class="muted">{tr("ui.notGiven")}</span>}>
                    {formatDay(g.date ?? "")}
                    <Show when={g.startTime}> {formatClock(g.startTime ?? "")}</Show>
                  </Show>
                </td>
                <td>{g.place ?? <span class="muted">{tr("ui.notGiven")}</span>}</td>
                <td>{seatsText(g.seated, g.capacity)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

function Listed(props: { id: string; title: string; empty: string; rows: GatheringSummary[] }) {
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>
        {props.title} <span class="table-count">({formatNumber(props.rows.length)})</span>
      </h2>
      <OrEmpty when={props.rows.length > 0} text={props.empty} testId={`${props.id}-empty`}>
        <GatheringTable id={props.id} caption={props.title} rows={props.rows} />
      </OrEmpty>
    </section>
  );
}

/** Gatherings: each season's state, the drafts to complete, those coming and those held. */
export default function GatheringsPage() {
  const call = useApi();
  const me = useMe();
  const list = createLoader(async () => {
    const [gatherings, seasons] = await Promise.all([
      call(api.gatherings.$get()),
      call(api.gatherings.seasons.$get()),
    ]);
    if (!gatherings.ok) return gatherings;
    if (!seasons.ok) return seasons;
    return { ...gatherings, data: { ...gatherings.data, days: seasons.data } };
  });
  onMount(() => void list.reload());
  const today = helsinkiDate(new Date());

  return (
    <div>
      <PageHeading title={tr("coord.gatherings.title")} />
      <p class="lead">{tr("coord.gatherings.lead")}</p>
      <div class="button-row">
        <A href="/coordinator/gatherings/new" class="button" id="gathering-new">
          {tr("coord.gatherings.new")}
        </A>
        <Show when={me().role === "admin"}>
          <A
            href="/coordinator/gatherings/seasons"
            class="button button--secondary"
            id="seasons-edit"
          >
            {tr("coord.gatherings.seasonDays")}
          </A>
        </Show>
      </div>
      <Loaded loader={list}>
        {(data) => {
          const split = () => splitGatherings(data().gatherings, today);
          return (
            <>
              <section aria-labelledby="seasons-title">
                <h2 id="seasons-title">{tr("coord.gatherings.seasons")}</h2>
                <p>{tr("coord.gatherings.seasons.lead")}</p>
                <ul class="seasons" data-testid="seasons">
                  <For each={seasonRows(data().seasons, data().days, today)}>
                    {(row) => <SeasonItem row={row} />}
                  </For>
                </ul>
              </section>
              <Listed
                id="gatherings-drafts"
                title={tr("coord.gatherings.drafts")}
                empty={tr("coord.gatherings.emptyDrafts")}
                rows={split().drafts}
              />
              <Listed
                id="gatherings-coming"
                title={tr("coord.gatherings.coming")}
                empty={tr("coord.gatherings.emptyComing")}
                rows={split().coming}
              />
              <Listed
                id="gatherings-past"
                title={tr("coord.gatherings.past")}
                empty={tr("coord.gatherings.emptyPast")}
                rows={split().past}
              />
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
