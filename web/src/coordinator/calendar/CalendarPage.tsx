import { helsinkiDate } from "@rinnalla/core/util";
import type { RouteSectionProps } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { formatDate, formatMonth } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { LoadState } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { Day } from "./Day.tsx";
import {
  type CalendarView,
  calendarHref,
  calendarOf,
  calendarViews,
  daysBetween,
  rangeOf,
  step,
  weekNumber,
} from "./dates.ts";
import type { CalendarAnswer, CalendarEntry } from "./types.ts";

/** "Week 1: 28.12.2026–3.1.2027" or "January 2027". */
function rangeTitle(view: CalendarView, from: string, to: string) {
  return view === "week"
    ? tr("calendar.week.title", {
        week: weekNumber(from),
        from: formatDate(`${from}T12:00:00Z`),
        to: formatDate(`${to}T12:00:00Z`),
      })
    : capitalised(formatMonth(from.slice(0, 7)));
}

/** "visits: 2, training sessions: 1" (training only when there is some). */
function counted(entries: CalendarEntry[]) {
  const of = (kind: CalendarEntry["kind"]) => entries.filter((e) => e.kind === kind).length;
  const training = of("training");
  const gatherings = of("gathering");
  return [
    tr("calendar.count", { count: of("visit") }),
    ...(training ? [tr("calendar.count.training", { count: training })] : []),
    ...(gatherings ? [tr("calendar.count.gatherings", { count: gatherings })] : []),
  ].join(", ");
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The coming visits by week or by month: a list per day, each visit linking to its request and
 * its volunteer's profile. The address holds the view and the day (`?view=month&date=…`), so
 * reloads and the back button keep them. Training sessions share the days, linking to their
 * cohort; gatherings will join them.
 */
export default function CalendarPage(props: RouteSectionProps) {
  const call = useApi();
  const today = helsinkiDate(new Date());
  const where = () => calendarOf(props.location.query, today);
  const range = () => rangeOf(where().view, where().date);
  const calendar = createLoader(() => call(api.calendar.$get({ query: range() })));
  const [announcement, setAnnouncement] = createSignal("");

  createEffect(
    on(
      () => JSON.stringify(range()),
      async (wanted) => {
        await calendar.reload();
        const answer = calendar.data();
        if (answer && JSON.stringify({ from: answer.from, to: answer.to }) === wanted) {
          setAnnouncement(
            `${rangeTitle(where().view, answer.from, answer.to)}: ${counted(answer.entries)}`,
          );
        }
      },
    ),
  );

  const loaded = () => {
    const answer = calendar.data();
    return answer && answer.from === range().from && answer.to === range().to ? answer : undefined;
  };
  const byDay = (answer: CalendarAnswer) => {
    const days = new Map<string, CalendarEntry[]>();
    for (const entry of [...answer.entries].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
      days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
    }
    return days;
  };
  const href = (view: CalendarView, date: string) => calendarHref(view, date, today);
  const unit = () => (where().view === "week" ? "week" : "month");

  return (
    <div class="calendar-page">
      <PageHeading title={tr("calendar.title")} />
      <div class="cal-toolbar">
        <div class="filter-links">
          <span id="cal-view-label" class="filter-links__label">
            {tr("calendar.view.label")}
          </span>
          <ul aria-labelledby="cal-view-label">
            <For each={calendarViews}>
              {(view) => (
                <li>
                  <a
                    href={href(view, where().date)}
                    class="filter-links__link"
                    id={`calendar-view-${view}`}
                    aria-current={view === where().view ? "true" : undefined}
                  >
                    {tr(`calendar.view.${view}`)}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </div>
        <nav class="cal-steps" aria-label={tr("calendar.steps.label")}>
          <a
            href={href(where().view, step(where().view, where().date, -1))}
            id="calendar-previous"
            class="cal-steps__link"
          >
            <span aria-hidden="true">← </span>
            {tr(`calendar.previous.${unit()}`)}
          </a>
          <a href={href(where().view, today)} id="calendar-today" class="cal-steps__link">
            {tr("calendar.today.link")}
          </a>
          <a
            href={href(where().view, step(where().view, where().date, 1))}
            id="calendar-next"
            class="cal-steps__link"
          >
            {tr(`calendar.next.${unit()}`)}
            <span aria-hidden="true"> →</span>
          </a>
        </nav>
      </div>
      <h2 class="cal-range" data-testid="calendar-range">
        {rangeTitle(where().view, range().from, range().to)}
      </h2>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
      <Show
        when={loaded()}
        fallback={<LoadState failure={calendar.failure()} retry={() => void calendar.reload()} />}
      >
        {(answer) => {
          const days = () => byDay(answer());
          const shown = () =>
            where().view === "week"
              ? daysBetween(answer().from, answer().to)
              : [...days().keys()].sort();
          return (
            <Show
              when={answer().entries.length > 0}
              fallback={
                <p class="empty" data-testid="calendar-empty">
                  {tr(`calendar.empty.${unit()}`)}
                </p>
              }
            >
              <div class={`cal-days cal-days--${where().view}`} data-testid="calendar-days">
                <For each={shown()}>
                  {(day) => <Day date={day} today={today} entries={days().get(day) ?? []} />}
                </For>
              </div>
            </Show>
          );
        }}
      </Show>
    </div>
  );
}
