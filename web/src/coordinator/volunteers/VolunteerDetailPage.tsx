import { A, type RouteSectionProps } from "@solidjs/router";
import { createEffect, Show, untrack } from "solid-js";
import { api, params } from "../../lib/api.ts";
import { focusHeadingOnNavigation } from "../../lib/focus.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { LoadState } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { bankHref } from "./BankFilters.tsx";
import { InterviewSection } from "./InterviewSection.tsx";
import type { VolunteerPage } from "./page.ts";
import { StatusActions } from "./StatusActions.tsx";
import { VolunteerBadge } from "./StatusBadge.tsx";
import {
  ApplicationSection,
  HistorySection,
  NotesSection,
  ProfileSection,
} from "./VolunteerSections.tsx";

/** One volunteer: application, interview, lifecycle, profile, notes and history. */
export default function VolunteerDetailPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const id = () => props.params.id ?? "";
  const param = () => params({ id: id() });
  const detail = createLoader(() => call(api.volunteers[":id"].$get({ param: param() })));

  createEffect(() => {
    id();
    untrack(() => void detail.reload());
  });

  /** The page's sections appear with the volunteer of the address, never the previous one. */
  const loaded = () => (detail.data()?.volunteer.id === id() ? detail.data() : undefined);
  const volunteer = () => loaded()?.volunteer;
  useTitle(() => volunteer()?.name ?? tr("volunteer.detail.loading"));
  const status = () => volunteer()?.status ?? "active";

  return (
    <article class="detail">
      <p class="breadcrumb">
        <A href={bankHref({ status: status() })}>
          {tr("volunteer.detail.back", { status: tr(`volunteer.status.${status()}`) })}
        </A>
      </p>
      <h1 ref={headingRef} tabindex="-1">
        {volunteer()?.name ?? tr("volunteer.detail.loading")}
      </h1>
      <Show
        when={loaded()}
        fallback={<LoadState failure={detail.failure()} retry={() => void detail.reload()} />}
      >
        {(current) => {
          const page: VolunteerPage = {
            call,
            volunteer: () => current().volunteer,
            param,
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
              <StatusActions page={page} />
              <ApplicationSection page={page} />
              <InterviewSection page={page} interview={current().interview} />
              <ProfileSection page={page} />
              <NotesSection page={page} notes={current().notes} />
              <HistorySection history={current().history} />
            </>
          );
        }}
      </Show>
    </article>
  );
}
