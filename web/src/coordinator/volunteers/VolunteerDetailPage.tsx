import { A, type RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { focusHeadingOnNavigation } from "../../lib/focus.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { createItem } from "../../lib/load.ts";
import { Loaded } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { bankHref } from "./BankFilters.tsx";
import { InterviewSection } from "./InterviewSection.tsx";
import type { VolunteerPage } from "./page.ts";
import { RecognitionSection } from "./RecognitionSection.tsx";
import { StatusActions } from "./StatusActions.tsx";
import { VolunteerBadge } from "./StatusBadge.tsx";
import { TrainingSection } from "./TrainingSection.tsx";
import { VolunteerDataSection, VolunteerErasureBanner } from "./VolunteerData.tsx";
import {
  ApplicationSection,
  HistorySection,
  NotesSection,
  ProfileSection,
} from "./VolunteerSections.tsx";

/**
 * One volunteer: application, interview, lifecycle, profile, training, gatherings and thanks,
 * notes and history.
 */
export default function VolunteerDetailPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const detail = createItem(
    () => props.params.id ?? "",
    (param) => call(api.volunteers[":id"].$get({ param })),
    (data) => data.volunteer.id,
  );
  const volunteer = () => detail.loaded()?.volunteer;
  // An anonymised volunteer's name is gone: the page says so rather than showing a dash.
  const name = () => {
    const v = volunteer();
    if (!v) return tr("volunteer.detail.loading");
    return v.anonymisedAt ? tr("personal.volunteer.anonymisedName") : v.name;
  };
  useTitle(name);
  const status = () => volunteer()?.status ?? "active";

  return (
    <article class="detail">
      <p class="breadcrumb">
        <A href={bankHref({ status: status() })}>
          {tr("volunteer.detail.back", { status: tr(`volunteer.status.${status()}`) })}
        </A>
      </p>
      <h1 ref={headingRef} tabindex="-1">
        {name()}
      </h1>
      <Loaded loader={detail} when={detail.loaded()}>
        {(current) => {
          const page: VolunteerPage = {
            call,
            volunteer: () => current().volunteer,
            param: detail.param,
            saved: detail.set,
            reload: detail.reload,
          };
          const v = page.volunteer;
          return (
            <>
              <p class="detail__status">
                {tr("volunteer.detail.status")}{" "}
                <VolunteerBadge
                  status={v().status}
                  pausedUntil={v().pausedUntil}
                  testId="volunteer-status"
                />
              </p>
              <VolunteerErasureBanner page={page} />
              <StatusActions page={page} />
              <ApplicationSection page={page} />
              <InterviewSection page={page} interview={current().interview} />
              <ProfileSection page={page} />
              <TrainingSection page={page} />
              <RecognitionSection page={page} />
              <NotesSection page={page} notes={current().notes} />
              <HistorySection history={current().history} />
              <VolunteerDataSection page={page} />
              <Show when={v().status !== "ended"}>
                <StatusActions page={page} end />
              </Show>
            </>
          );
        }}
      </Loaded>
    </article>
  );
}
