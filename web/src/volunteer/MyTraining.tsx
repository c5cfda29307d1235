import { For, onMount, Show } from "solid-js";
import { api } from "../lib/api.ts";
import { formatDay, formatDuration, formatNumber } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import type { VolunteerStatus } from "../lib/profile/types.ts";
import { topicName } from "../lib/topics.ts";
import { Loaded, OrEmpty } from "../lib/ui.tsx";
import { useVolunteerApi } from "./api.ts";
import { type CourseLine, courseLine, newestFirst, roundedHours } from "./training.ts";
import type { MySession, MyTraining } from "./types.ts";

const hoursText = (hours: number) =>
  tr("volunteer.training.hoursValue", { hours: formatNumber(roundedHours(hours)) });

/** How a session was attended, in words (with the time when they were there). */
function markText(s: MySession): string {
  if (s.mark === "absent") return tr("volunteer.training.mark.absent");
  const duration = formatDuration(s.minutes);
  return s.mark === "partial"
    ? tr("volunteer.training.mark.partial", { duration })
    : tr("volunteer.training.mark.present", { duration });
}

const courseText = (line: CourseLine) =>
  line.kind === "complete"
    ? tr("volunteer.training.course.complete")
    : tr("volunteer.training.course.missing", { sessions: line.sessions.join(", ") });

/** The basic course: done, or what is still missing while in training. */
function CourseStatus(props: { status: VolunteerStatus; course: MyTraining["course"] }) {
  const line = () => courseLine(props.status, props.course);
  return (
    <Show when={line()}>
      {(shown) => (
        <div class="panel-note" data-testid="my-course" data-kind={shown().kind}>
          <p>
            <strong>{tr("volunteer.training.course")}: </strong>
            {courseText(shown())}
          </p>
          <Show when={shown().kind === "missing" && props.course.profileMissing}>
            <p>{tr("volunteer.training.course.profileMissing")}</p>
          </Show>
        </div>
      )}
    </Show>
  );
}

/** Hours in total and by year: zero is shown as zero, never left out. */
function Totals(props: { training: MyTraining }) {
  return (
    <dl class="visit-totals" aria-label={tr("volunteer.training.totals")}>
      <div>
        <dt>{tr("volunteer.training.hours")}</dt>
        <dd data-testid="training-hours">{hoursText(props.training.hours)}</dd>
      </div>
      <For each={[...props.training.byYear].reverse()}>
        {(year) => (
          <div>
            <dt>{tr("volunteer.training.year", { year: year.year })}</dt>
            <dd data-testid="training-year">{hoursText(year.hours)}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}

/**
 * The volunteer's own training: hours in total and by year (zero shown), the basic course's
 * completion, and every session attended, newest first.
 */
export function MyTrainingSection(props: { status: VolunteerStatus }) {
  const call = useVolunteerApi();
  const training = createLoader(() => call(api.me.volunteer.training.$get()));
  onMount(() => void training.reload());

  return (
    <section aria-labelledby="me-training-title" class="me-section" data-testid="my-training">
      <h2 id="me-training-title">{tr("volunteer.training.title")}</h2>
      <Loaded loader={training}>
        {(mine) => (
          <>
            <Totals training={mine()} />
            <CourseStatus status={props.status} course={mine().course} />
            <OrEmpty
              when={mine().attended.length > 0}
              text={tr("volunteer.training.empty")}
              testId="my-training-empty"
            >
              <ul class="my-visits" aria-label={tr("volunteer.training.list")}>
                <For each={newestFirst(mine().attended)}>
                  {(s) => (
                    <li class="my-visit" data-testid="my-training-session" data-mark={s.mark}>
                      <p class="my-visit__when">
                        <time datetime={s.date}>{formatDay(s.date)}</time>
                      </p>
                      <dl class="facts">
                        <dt>{tr("volunteer.training.topic")}</dt>
                        <dd>{topicName(s)}</dd>
                        <dt>{tr("volunteer.training.kind")}</dt>
                        <dd>{tr(`volunteer.training.kind.${s.kind}`)}</dd>
                        <dt>{tr("volunteer.training.attendance")}</dt>
                        <dd>{markText(s)}</dd>
                      </dl>
                    </li>
                  )}
                </For>
              </ul>
            </OrEmpty>
          </>
        )}
      </Loaded>
    </section>
  );
}
