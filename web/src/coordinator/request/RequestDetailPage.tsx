import { A, type RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { createItem } from "../../lib/load.ts";
import { Loaded, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { StatusBadge } from "../badges.tsx";
import { createEmailRetry } from "../emails.ts";
import { lastInbox } from "../inbox/filters.ts";
import { NoteForm } from "../NoteForm.tsx";
import { ActionsSection } from "./Actions.tsx";
import { ClientDataSection, ClientErasureBanner } from "./ClientData.tsx";
import { FollowUpRequest } from "./FollowUp.tsx";
import { createMatching, looking, OffersSection, SuggestionsSection } from "./Matching.tsx";
import { OwnerControl } from "./Owner.tsx";
import type { RequestPage } from "./page.ts";
import { VisitOutcomeSection } from "./Report.tsx";
import { SameClient } from "./SameClient.tsx";
import { ContactSection, SummarySection } from "./Summary.tsx";
import { Timeline } from "./Timeline.tsx";

/** Coordinators' notes on the request (they show in the timeline), and a new one. */
function NotesSection(props: { page: RequestPage }) {
  const p = props.page;
  return (
    <section aria-labelledby="note-title">
      <h2 id="note-title">{tr("detail.note.title")}</h2>
      <NoteForm
        prefix="note"
        name="note"
        texts="detail.note"
        save={(text) =>
          p.call(api.requests[":id"].notes.$post({ param: p.param(), json: { text } }))
        }
        onSaved={p.reload}
      />
    </section>
  );
}

/** Everything that happened to the request; a failed email can be sent again from here. */
function TimelineSection(props: { page: RequestPage }) {
  const p = props.page;
  let heading: HTMLHeadingElement | undefined;
  // The Retry button is gone once the email is back in line: continue from the timeline.
  const { retrying, message, retry } = createEmailRetry({
    call: p.call,
    reload: p.reload,
    after: () => focusSoon(() => heading),
  });

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" ref={heading} tabindex="-1">
        {tr("detail.timeline.title")}
      </h2>
      <p class="hint">{tr("detail.timeline.order")}</p>
      <Timeline
        events={p.detail().timeline}
        retrying={retrying()}
        onRetry={(email) => void retry(p.request().id, email)}
      />
      <StatusMessage message={message()} id="timeline-message" />
    </section>
  );
}

/**
 * One request. At the top, who handles it; then the summary and the ranked suggestions side
 * by side on a wide screen (the summary first on a phone), so the coordinator sees both without
 * scrolling; the contact details under the summary; then offers, status actions, the visit's
 * outcome, notes and the timeline.
 */
export default function RequestDetailPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const detail = createItem(
    () => props.params.id ?? "",
    (param) => call(api.requests[":id"].$get({ param })),
    (data) => data.request.id,
  );
  const request = () => detail.data()?.request;
  useTitle(() => {
    const current = request();
    return current ? tr("detail.title", { reference: current.reference }) : tr("detail.loading");
  });

  return (
    <article class="detail request-page">
      <p class="breadcrumb">
        <A href={lastInbox()}>{tr("detail.backToInbox")}</A>
      </p>
      {/* One heading for loading and loaded, so the focus it takes on navigation stays put. */}
      <h1 ref={headingRef} tabindex="-1">
        <Show when={detail.loaded()} fallback={tr("detail.loading")}>
          {(current) => (
            <>
              {tr("detail.heading")}{" "}
              <span data-testid="detail-reference">{current().request.reference}</span>
            </>
          )}
        </Show>
      </h1>
      <Loaded loader={detail} when={detail.loaded()}>
        {(current) => {
          const page: RequestPage = {
            call,
            detail: current,
            request: () => current().request,
            param: detail.param,
            saved: detail.set,
            reload: detail.reload,
          };
          const r = page.request;
          const matching = createMatching({ request: r, reloadRequest: detail.reload });
          return (
            <>
              <div class="request-head">
                <p class="detail__status">
                  {tr("detail.status")} <StatusBadge status={r().status} testId="detail-status" />
                </p>
                <OwnerControl page={page} />
              </div>
              <ClientErasureBanner page={page} />
              <div class="request-layout" classList={{ "request-layout--matching": looking(r()) }}>
                <div class="request-layout__summary">
                  <SummarySection request={r()} />
                </div>
                <Show when={looking(r())}>
                  <div class="request-layout__matching">
                    <SuggestionsSection request={r()} state={matching} />
                  </div>
                </Show>
                <div class="request-layout__contact">
                  <ContactSection request={r()} />
                </div>
              </div>
              <OffersSection request={r()} state={matching} />
              <ActionsSection page={page} />
              <VisitOutcomeSection detail={current()} onSaved={detail.set} reload={detail.reload} />
              <Show when={r().status === "completed"}>
                <FollowUpRequest detail={current()} />
              </Show>
              <SameClient request={r()} reload={detail.reload} />
              <NotesSection page={page} />
              <TimelineSection page={page} />
              <ClientDataSection page={page} />
            </>
          );
        }}
      </Loaded>
    </article>
  );
}
