import { createSignal, Show } from "solid-js";
import { BusyButton, OpenButton } from "../lib/actions.tsx";
import { api, withToken } from "../lib/api.ts";
import { formatDateTime } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { ConfirmForm, SendFailure } from "./answer.tsx";
import { type Panel, useLinkTitle } from "./link.ts";
import { createLinkPage } from "./page.ts";
import { Details, LinkPage, RoleReminder, VisitFacts } from "./parts.tsx";
import type { OfferLinkView, OfferOutcome } from "./types.ts";

/** What each answer means to the volunteer, in their words. */
const panels: Record<OfferOutcome, Panel> = {
  accepted: {
    kind: "success",
    title: "links.result.accepted.title",
    body: "links.result.accepted.body",
  },
  already_accepted: {
    kind: "success",
    title: "links.result.alreadyAccepted.title",
    body: "links.result.alreadyAccepted.body",
  },
  covered: { kind: "info", title: "links.result.covered.title", body: "links.result.covered.body" },
  declined: {
    kind: "info",
    title: "links.result.declined.title",
    body: "links.result.declined.body",
  },
  already_declined: {
    kind: "info",
    title: "links.result.alreadyDeclined.title",
    body: "links.result.alreadyDeclined.body",
  },
  withdrawn: {
    kind: "info",
    title: "links.result.withdrawn.title",
    body: "links.result.withdrawn.body",
  },
  expired: { kind: "info", title: "links.result.expired.title", body: "links.result.expired.body" },
};

/** An offer already answered, as if the answer had just been given on this page. */
const answered = (status: OfferLinkView["status"]): OfferOutcome | undefined =>
  status === "pending"
    ? undefined
    : status === "accepted"
      ? "already_accepted"
      : status === "declined"
        ? "already_declined"
        : status;

/** The page's view of its link (opening it changes nothing). */
const open = (token: string) => api.links.offer.$get(undefined, withToken(token));

/**
 * A volunteer's offer, opened from their email. Opening it changes nothing (mail scanners open
 * links too): only "I can come" and "I can't come" send anything. After an answer, focus moves
 * to what it meant; once the visit is theirs, the client's details follow.
 */
export default function OfferPage() {
  const page = createLinkPage(open, createSignal<OfferOutcome>());
  const { answer } = page;

  const panel = () => {
    const shown = page.outcome() ?? answered(page.view.data()?.status ?? "pending");
    return shown ? panels[shown] : undefined;
  };

  useLinkTitle({
    problem: page.problem,
    panel,
    own: () => (page.view.data() ? "links.offer.title" : undefined),
  });

  async function send(kind: "accept" | "decline") {
    const current = page.token();
    if (!current || answer.busy()) return;
    const result = await answer.send(
      () =>
        kind === "decline"
          ? api.links.offer.decline.$post(
              { json: { reason: answer.reason().trim() || undefined } },
              withToken(current),
            )
          : api.links.offer.accept.$post(undefined, withToken(current)),
      "decline-reason",
    );
    if (!result) return;
    // The page shows what is true now (and the client's details once the visit is theirs).
    answer.closed();
    page.answered(result.outcome);
  }

  return (
    <LinkPage
      page={page}
      panel={panel()}
      intro={(loaded) => (
        <>
          <h1>{tr("links.offer.title")}</h1>
          <p class="lead">{tr("links.offer.greeting", { name: loaded().volunteerFirstName })}</p>
          <p>{tr("links.offer.intro")}</p>
          <p>
            <strong>
              {tr("links.offer.answerBy", { when: formatDateTime(loaded().expiresAt) })}
            </strong>
          </p>
          <section aria-labelledby="visit-title">
            <h2 id="visit-title">{tr("links.visit.title")}</h2>
            <VisitFacts visit={loaded().visit} />
          </section>
          <RoleReminder />
          <SendFailure answer={answer} />
          <Show
            when={answer.confirming()}
            fallback={
              <section aria-labelledby="answer-title" class="answer">
                <h2 id="answer-title">{tr("links.offer.question")}</h2>
                <div class="answer__buttons">
                  <BusyButton
                    type="button"
                    id="offer-accept"
                    class="button button--large"
                    busy={answer.busy()}
                    label={tr("links.offer.accept")}
                    busyLabel={tr("links.working")}
                    onClick={() => void send("accept")}
                  />
                  <OpenButton
                    id="offer-decline"
                    ref={answer.openButtonRef}
                    class="button button--secondary button--large"
                    disabled={answer.busy()}
                    onClick={() => answer.open()}
                    label={tr("links.offer.decline")}
                  />
                </div>
                <p class="hint">{tr("links.offer.noChange")}</p>
              </section>
            }
          >
            <ConfirmForm
              answer={answer}
              prefix="decline"
              titleId="decline-title"
              title="links.offer.decline.title"
              reasonLabel="links.offer.decline.reason"
              reasonHint="links.offer.decline.hint"
              confirm="links.offer.decline.confirm"
              confirmClass="button button--large"
              onSubmit={() => void send("decline")}
            />
          </Show>
        </>
      )}
    >
      {(loaded) => (
        <Show when={panel() && loaded().details}>
          {(details) => <Details details={details()} visit={loaded().visit} />}
        </Show>
      )}
    </LinkPage>
  );
}
