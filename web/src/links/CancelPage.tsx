import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import { api, withToken } from "../lib/api.ts";
import { tr } from "../lib/i18n.ts";
import { Fact } from "../lib/ui.tsx";
import { ReasonField, SendFailure } from "./answer.tsx";
import { type Panel, useLinkTitle } from "./link.ts";
import { createLinkPage } from "./page.ts";
import { LinkPage, visitTime } from "./parts.tsx";
import type { CancelOutcome } from "./types.ts";

/** Requests in these statuses can no longer be called off here. */
const ended = ["completed", "no_volunteer"];

/** The page's view of its link (opening it changes nothing). */
const open = (token: string) => api.links.cancel.$get(undefined, withToken(token));

/**
 * The requester calls the visit off with the link in their confirmation. Opening the page
 * changes nothing; the button does, and the page then says who has been told.
 */
export default function CancelPage() {
  const page = createLinkPage(open, createSignal<CancelOutcome>());
  const { answer } = page;
  const view = () => page.view.data();
  /** Whether a volunteer was coming: said before the cancellation removes them. */
  const [hadVolunteer, setHadVolunteer] = createSignal(false);

  const panel = (): Panel | undefined => {
    const done = page.outcome();
    const status = view()?.status;
    if (done === "cancelled")
      return {
        kind: "success",
        title: "links.cancel.done.title",
        body: hadVolunteer() ? "links.cancel.done.volunteer" : "links.cancel.done.noVolunteer",
      };
    if (done === "already_cancelled" || (!done && status === "cancelled"))
      return {
        kind: "info",
        title: "links.cancel.already.title",
        body: "links.cancel.already.body",
      };
    if (done === "closed" || (!done && status && ended.includes(status)))
      return { kind: "info", title: "links.cancel.closed.title", body: "links.cancel.closed.body" };
    return undefined;
  };

  useLinkTitle({
    problem: page.problem,
    panel,
    own: () => (view() ? "links.cancel.title" : undefined),
  });

  async function cancel(event: SubmitEvent) {
    event.preventDefault();
    const current = page.token();
    if (!current || answer.busy()) return;
    setHadVolunteer(!!view()?.volunteerFirstName);
    const result = await answer.send(
      () =>
        api.links.cancel.$post(
          { json: { reason: answer.reason().trim() || undefined } },
          withToken(current),
        ),
      "cancel-reason",
    );
    if (result) page.answered(result.outcome);
  }

  return (
    <LinkPage
      page={page}
      panel={panel()}
      intro={() => (
        <>
          <h1>{tr("links.cancel.title")}</h1>
          <p>{tr("links.cancel.intro")}</p>
        </>
      )}
    >
      {(loaded) => (
        <>
          <dl class="facts facts--large" data-testid="cancel-facts">
            <Fact term={tr("links.cancel.reference")}>
              <bdi data-testid="cancel-reference">{loaded().reference}</bdi>
            </Fact>
            <Fact term={tr("links.cancel.when")}>
              <bdi>
                <time datetime={`${loaded().date}T${loaded().startTime}`}>
                  {visitTime(loaded().date, loaded().startTime)}
                </time>
              </bdi>
            </Fact>
            <Show when={loaded().volunteerFirstName}>
              {(name) => <Fact term={tr("links.cancel.volunteer")}>{name()}</Fact>}
            </Show>
          </dl>
          <Show
            when={!panel()}
            fallback={
              <p class="after-notice">
                <A href="/" class="button button--secondary" id="new-request">
                  {tr("links.newRequest")}
                </A>
              </p>
            }
          >
            <SendFailure answer={answer} />
            <form
              id="cancel-form"
              class="answer"
              novalidate
              aria-busy={answer.busy()}
              onSubmit={(e) => void cancel(e)}
            >
              <ReasonField
                id="cancel-reason"
                label="links.cancel.reason"
                hint="links.cancel.reason.hint"
                answer={answer}
              />
              <BusyButton
                id="cancel-confirm"
                class="button button--warning button--large"
                busy={answer.busy()}
                label={tr("links.cancel.button")}
                busyLabel={tr("links.working")}
              />
            </form>
          </Show>
        </>
      )}
    </LinkPage>
  );
}
