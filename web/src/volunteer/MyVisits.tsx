import type { Sector } from "@rinnalla/core/request";
import { For, onMount } from "solid-js";
import { api } from "../lib/api.ts";
import { formatAppointment, formatDuration, formatNumber } from "../lib/format.ts";
import { type MessageKey, tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { Loaded, OrEmpty } from "../lib/ui.tsx";
import { useVolunteerApi } from "./api.ts";
import type { MyVisit } from "./types.ts";

const outcomeLabels: Record<string, MessageKey> = {
  no_show: "volunteer.visits.outcome.no_show",
  cancelled: "volunteer.visits.outcome.cancelled",
};

/** Where a visit stands, in the volunteer's words. */
function statusText(visit: MyVisit, now: number): string {
  if (visit.status === "cancelled") return tr("volunteer.visits.status.cancelled");
  if (visit.status === "planned") {
    const ends = Date.parse(visit.startsAt) + visit.durationMinutes * 60_000;
    return tr(ends > now ? "volunteer.visits.status.planned" : "volunteer.visits.status.waiting");
  }
  if (visit.outcome === "yes") {
    return visit.minutes
      ? tr("volunteer.visits.outcome.yesMinutes", { duration: formatDuration(visit.minutes) })
      : tr("volunteer.visits.outcome.yes");
  }
  const label = outcomeLabels[visit.outcome ?? ""];
  return label ? tr(label) : (visit.outcome ?? "");
}

/** "1,5": hours with at most one decimal, in the UI's number format. */
const hours = (minutes: number) => formatNumber(Math.round(minutes / 6) / 10);

/** The volunteer's own visits, newest first, with what they add up to. */
export function MyVisitsSection() {
  const call = useVolunteerApi();
  const visits = createLoader(() => call(api.me.volunteer.visits.$get()));
  const now = Date.now();
  onMount(() => void visits.reload());

  return (
    <section aria-labelledby="me-visits-title" class="me-section" data-testid="my-visits">
      <h2 id="me-visits-title">{tr("volunteer.visits.title")}</h2>
      <Loaded loader={visits}>
        {(mine) => (
          <OrEmpty
            when={mine().visits.length > 0}
            text={tr("volunteer.visits.empty")}
            testId="my-visits-empty"
          >
            <dl class="visit-totals" aria-label={tr("volunteer.visits.totals")}>
              <div>
                <dt>{tr("volunteer.visits.done")}</dt>
                <dd data-testid="visits-done">{formatNumber(mine().totals.visits)}</dd>
              </div>
              <div>
                <dt>{tr("volunteer.visits.hours")}</dt>
                <dd data-testid="visits-hours">
                  {tr("volunteer.visits.hoursValue", { hours: hours(mine().totals.minutes) })}
                </dd>
              </div>
              <div>
                <dt>{tr("volunteer.visits.upcoming")}</dt>
                <dd data-testid="visits-upcoming">{formatNumber(mine().totals.upcoming)}</dd>
              </div>
            </dl>
            <p class="hint">{tr("volunteer.visits.hint")}</p>
            <ul class="my-visits" aria-label={tr("volunteer.visits.list")}>
              <For each={mine().visits}>
                {(visit) => (
                  <li class="my-visit" data-testid="my-visit" data-status={visit.status}>
                    <p class="my-visit__when">
                      <time datetime={visit.startsAt}>{formatAppointment(visit.startsAt)}</time>
                    </p>
                    <dl class="facts">
                      <dt>{tr("volunteer.visits.where")}</dt>
                      <dd>{visit.municipality}</dd>
                      <dt>{tr("volunteer.visits.what")}</dt>
                      <dd>{tr(`sector.${visit.sector as Sector}`)}</dd>
                      <dt>{tr("volunteer.visits.status")}</dt>
                      <dd data-testid="my-visit-status">{statusText(visit, now)}</dd>
                    </dl>
                  </li>
                )}
              </For>
            </ul>
          </OrEmpty>
        )}
      </Loaded>
    </section>
  );
}
