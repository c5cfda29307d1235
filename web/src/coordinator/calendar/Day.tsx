import { A } from "@solidjs/router";
import { For, Match, Show, Switch } from "solid-js";
import { formatClock, TIME_ZONE } from "../../lib/format.ts";
import { locale, sectorName, tr } from "../../lib/i18n.ts";
import { endOf, topicName } from "../training/topics.ts";
import type { CalendarEntry } from "./types.ts";

const intlLocale = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const;

/** "9.30" / "09:30": an instant's Helsinki clock time. */
export const clockOf = (at: string) =>
  new Intl.DateTimeFormat(intlLocale[locale()], {
    timeZone: TIME_ZONE,
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(at));

/** "maanantai 4.5." for a day heading (the year shows in the range heading). */
export function dayName(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, 12));
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(intlLocale[locale()], { timeZone: "UTC", ...options }).format(at);
  return `${format({ weekday: "long" })} ${format({ day: "numeric", month: "numeric" })}`;
}

type VisitEntry = Extract<CalendarEntry, { kind: "visit" }>;
type TrainingEntry = Extract<CalendarEntry, { kind: "training" }>;
type GatheringEntry = Extract<CalendarEntry, { kind: "gathering" }>;

/** One visit: when, the request (linked) and its client, what and where, and who goes. */
function Visit(props: { entry: VisitEntry }) {
  const e = () => props.entry;
  return (
    <li
      class="cal-entry"
      classList={{ "cal-entry--reported": e().status === "reported" }}
      data-testid="calendar-entry"
    >
      <p class="cal-entry__time">
        <time datetime={e().startsAt}>{clockOf(e().startsAt)}</time>–
        <time datetime={e().endsAt}>{clockOf(e().endsAt)}</time>
        <Show when={e().status === "reported"}>
          {" "}
          <span class="badge">{tr("calendar.reported")}</span>
        </Show>
      </p>
      <p class="cal-entry__what">
        <A href={`/coordinator/requests/${encodeURIComponent(e().requestId)}`}>{e().reference}</A>
        {" · "}
        {e().clientName}
      </p>
      <p class="cal-entry__where">
        {sectorName(e().sector)}, {e().municipality}
      </p>
      <p class="cal-entry__who">
        {tr("calendar.volunteer")}{" "}
        <Show when={e().volunteerName} fallback={<span class="muted">{tr("ui.notGiven")}</span>}>
          <A href={`/coordinator/volunteers/${encodeURIComponent(e().volunteerId)}`}>
            {e().volunteerName}
          </A>
        </Show>
      </p>
    </li>
  );
}

/** One training session: when, its cohort (linked), which session and topic, where and who trains. */
function Training(props: { entry: TrainingEntry }) {
  const e = () => props.entry;
  return (
    <li class="cal-entry cal-entry--training" data-testid="calendar-training">
      <p class="cal-entry__time">
        <time datetime={e().startsAt}>{clockOf(e().startsAt)}</time>–
        <time datetime={endOf(e())}>{clockOf(endOf(e()))}</time>{" "}
        <span class="badge badge--training">{tr("calendar.training")}</span>
      </p>
      <p class="cal-entry__what">
        <A href={`/coordinator/training/${encodeURIComponent(e().cohortId)}`}>{e().name}</A>
      </p>
      <p>{tr("calendar.training.session", { n: e().n, topic: topicName(e()) })}</p>
      <p class="cal-entry__where">{e().place}</p>
      <Show when={e().trainer}>
        <p class="cal-entry__who">
          {tr("calendar.training.trainer")} {e().trainer}
        </p>
      </Show>
    </li>
  );
}

/** A volunteers' gathering: when, its title (linked), where, and seats taken of how many. */
function Gathering(props: { entry: GatheringEntry }) {
  const e = () => props.entry;
  return (
    <li class="cal-entry cal-entry--gathering" data-testid="calendar-gathering">
      <p class="cal-entry__time">
        <time datetime={e().startsAt}>{formatClock(e().startTime)}</time>
        <Show when={e().endTime}>–{formatClock(e().endTime ?? "")}</Show>{" "}
        <span class="badge badge--gathering">{tr("calendar.gathering")}</span>
      </p>
      <p class="cal-entry__what">
        <A href={`/coordinator/gatherings/${encodeURIComponent(e().gatheringId)}`}>{e().title}</A>
      </p>
      <p class="cal-entry__where">{e().place}</p>
      <p>
        {e().capacity === undefined
          ? tr("calendar.gathering.seatsOpen", { seated: e().seated })
          : tr("calendar.gathering.seats", { seated: e().seated, capacity: e().capacity ?? 0 })}
      </p>
    </li>
  );
}

function Entry(props: { entry: CalendarEntry }) {
  const visit = () => (props.entry.kind === "visit" ? props.entry : undefined);
  const training = () => (props.entry.kind === "training" ? props.entry : undefined);
  const gathering = () => (props.entry.kind === "gathering" ? props.entry : undefined);
  return (
    <Switch>
      <Match when={visit()}>{(entry) => <Visit entry={entry()} />}</Match>
      <Match when={training()}>{(entry) => <Training entry={entry()} />}</Match>
      <Match when={gathering()}>{(entry) => <Gathering entry={entry()} />}</Match>
    </Switch>
  );
}

/** A day: its heading (today marked) and its visits, or that there are none. */
export function Day(props: { date: string; today: string; entries: CalendarEntry[] }) {
  const id = () => `day-${props.date}`;
  return (
    <section
      class="cal-day"
      classList={{
        "cal-day--today": props.date === props.today,
        "cal-day--empty": props.entries.length === 0,
      }}
      aria-labelledby={id()}
      data-testid="calendar-day"
      data-date={props.date}
    >
      <h3 id={id()} class="cal-day__title">
        {dayName(props.date)}
        <Show when={props.date === props.today}>
          {" "}
          <span class="badge badge--today">{tr("calendar.today")}</span>
        </Show>
      </h3>
      <Show
        when={props.entries.length > 0}
        fallback={<p class="cal-day__none muted">{tr("calendar.day.none")}</p>}
      >
        <ul class="cal-day__list">
          <For each={props.entries}>{(entry) => <Entry entry={entry} />}</For>
        </ul>
      </Show>
    </section>
  );
}
