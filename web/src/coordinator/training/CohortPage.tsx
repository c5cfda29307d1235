import { A, type RouteSectionProps, useLocation } from "@solidjs/router";
import { For, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { focusHeadingOnNavigation } from "../../lib/focus.ts";
import { formatClock, formatDay, formatDuration } from "../../lib/format.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { createItem } from "../../lib/load.ts";
import { Loaded, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { AttendanceSection } from "./Attendance.tsx";
import { FeedbackSection } from "./Feedback.tsx";
import { ParticipantsSection } from "./Participants.tsx";
import type { CohortPageData } from "./page.ts";
import { KindBadge } from "./TrainingPage.tsx";
import { topicName } from "./topics.ts";
import type { Cohort } from "./types.ts";

function Sessions(props: { cohort: Cohort }) {
  return (
    <section aria-labelledby="cohort-sessions-title">
      <h2 id="cohort-sessions-title">{tr("coord.cohort.sessions")}</h2>
      <ol class="session-list" data-testid="cohort-sessions">
        <For each={props.cohort.sessions}>
          {(s) => (
            <li class="session-list__item">
              <p class="session-list__title">
                {props.cohort.kind === "course"
                  ? tr("coord.plan.session", { n: s.n, topic: topicName(s) })
                  : topicName(s)}
              </p>
              <p>
                {tr("coord.cohort.sessionWhen", {
                  date: formatDay(s.date),
                  time: formatClock(s.startTime),
                  length: formatDuration(s.minutes),
                })}
              </p>
              <p>{tr("coord.cohort.where", { place: s.place })}</p>
              <Show when={s.trainer}>
                <p>{tr("coord.cohort.trainer", { trainer: s.trainer })}</p>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

/** One cohort: its sessions, participants, attendance and (a course) its feedback. */
export default function CohortPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const location = useLocation<{ created?: boolean }>();
  const detail = createItem(
    () => props.params.id ?? "",
    (param) => call(api.training.cohorts[":id"].$get({ param })),
    (data) => data.cohort.id,
  );
  const cohort = () => detail.loaded()?.cohort;
  useTitle(() => cohort()?.name ?? tr("coord.cohort.loading"));

  return (
    <article class="detail">
      <p class="breadcrumb">
        <A href="/coordinator/training">{tr("coord.training.back")}</A>
      </p>
      <h1 ref={headingRef} tabindex="-1">
        {cohort()?.name ?? tr("coord.cohort.loading")}
      </h1>
      <StatusMessage
        message={
          location.state?.created
            ? { kind: "success", text: tr("coord.cohort.created") }
            : undefined
        }
      />
      <Loaded loader={detail} when={detail.loaded()}>
        {(current) => {
          const page: CohortPageData = {
            call,
            detail: current,
            param: detail.param,
            reload: detail.reload,
          };
          return (
            <>
              <p>
                <KindBadge kind={current().cohort.kind} />
              </p>
              <Sessions cohort={current().cohort} />
              <ParticipantsSection page={page} />
              <AttendanceSection page={page} />
              <Show when={current().cohort.kind === "course"}>
                <FeedbackSection page={page} />
              </Show>
            </>
          );
        }}
      </Loaded>
    </article>
  );
}
