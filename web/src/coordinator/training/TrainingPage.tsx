import { helsinkiDate } from "@rinnalla/core/util";
import { A } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Loaded, OrEmpty } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { useMe } from "../session.ts";
import { spanOf, splitCohorts } from "./cohorts.ts";
import type { CohortSummary } from "./types.ts";

/** A cohort's kind as text (colour only helps). */
export function KindBadge(props: { kind: CohortSummary["kind"] }) {
  return (
    <span class={`badge badge--${props.kind === "course" ? "training" : "continuing"}`}>
      {tr(`coord.training.kind.${props.kind}`)}
    </span>
  );
}

function CohortTable(props: { id: string; caption: string; cohorts: CohortSummary[] }) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid={props.id}>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr("coord.training.col.name")}</th>
            <th scope="col">{tr("coord.training.col.kind")}</th>
            <th scope="col">{tr("coord.training.col.dates")}</th>
            <th scope="col">{tr("coord.training.col.sessions")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.cohorts}>
            {(c) => (
              <tr data-testid="cohort-row">
                <th scope="row">
                  <A href={`/coordinator/training/${encodeURIComponent(c.id)}`}>{c.name}</A>
                </th>
                <td>
                  <KindBadge kind={c.kind} />
                </td>
                <td>
                  {spanOf(c).first === spanOf(c).last
                    ? formatDay(spanOf(c).first)
                    : tr("coord.training.dates", {
                        first: formatDay(spanOf(c).first),
                        last: formatDay(spanOf(c).last),
                      })}
                </td>
                <td>{formatNumber(c.sessions.length)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** Training: the cohorts coming and past, a new one, and (admins) the course's content. */
export default function TrainingPage() {
  const call = useApi();
  const me = useMe();
  const list = createLoader(() => call(api.training.cohorts.$get()));
  onMount(() => void list.reload());
  const today = helsinkiDate(new Date());

  return (
    <div>
      <PageHeading title={tr("coord.training.title")} />
      <p class="lead">{tr("coord.training.lead")}</p>
      <div class="button-row">
        <A href="/coordinator/training/new" class="button" id="training-new">
          {tr("coord.training.new")}
        </A>
        <Show when={me().role === "admin"}>
          <A href="/coordinator/training/course" class="button button--secondary" id="course-edit">
            {tr("coord.training.course")}
          </A>
        </Show>
      </div>
      <Loaded loader={list}>
        {(data) => {
          const split = () => splitCohorts(data().cohorts, today);
          return (
            <>
              <section aria-labelledby="training-coming-title">
                <h2 id="training-coming-title">{tr("coord.training.coming")}</h2>
                <OrEmpty
                  when={split().coming.length > 0}
                  text={tr("coord.training.emptyComing")}
                  testId="training-empty"
                >
                  <CohortTable
                    id="training-coming"
                    caption={tr("coord.training.coming")}
                    cohorts={split().coming}
                  />
                </OrEmpty>
              </section>
              <section aria-labelledby="training-past-title">
                <h2 id="training-past-title">{tr("coord.training.past")}</h2>
                <OrEmpty when={split().past.length > 0} text={tr("coord.training.emptyPast")}>
                  <CohortTable
                    id="training-past"
                    caption={tr("coord.training.past")}
                    cohorts={split().past}
                  />
                </OrEmpty>
              </section>
            </>
          );
        }}
      </Loaded>
    </div>
  );
}
