import { createSignal, Show } from "solid-js";
import { OpenButton } from "../lib/actions.tsx";
import { api, call, withToken } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { type MessageKey, sectorName, tr } from "../lib/i18n.ts";
import { ReportForm, type SubmitOutcome } from "../lib/report/ReportForm.tsx";
import type { Report } from "../lib/report/report.ts";
import { ConfirmForm, SendFailure } from "./answer.tsx";
import { linkProblem, type Panel, useLinkTitle } from "./link.ts";
import { createLinkPage } from "./page.ts";
import { Details, LinkPage, RoleReminder, VisitFacts, visitTime } from "./parts.tsx";
import type { CantComeOutcome, ReportOutcome, VisitLinkView } from "./types.ts";

/** What was done on this page: the page says what it meant, whatever the visit is now. */
type Done =
  | { kind: "cantCome"; outcome: CantComeOutcome }
  | { kind: "report"; outcome: ReportOutcome; report: Report };

const cancelledPanel: Panel = {
  kind: "info",
  title: "links.visitPage.cancelled.title",
  body: "links.visitPage.cancelled.body",
};
const reportedPanel: Panel = {
  kind: "info",
  title: "links.visitPage.alreadyReported.title",
  body: "links.visitPage.alreadyReported.body",
};

function panelOf(done: Done | undefined, status: VisitLinkView["status"] | undefined) {
  if (done?.kind === "cantCome") {
    switch (done.outcome) {
      case "released":
        return {
          kind: "success",
          title: "links.visitPage.released.title",
          body: "links.visitPage.released.body",
        } satisfies Panel;
      case "already_cancelled":
        return cancelledPanel;
      case "reported":
        return reportedPanel;
      case "too_late":
        return {
          kind: "info",
          title: "links.visitPage.tooLate.title",
          body: "links.visitPage.tooLate.body",
        } satisfies Panel;
    }
  }
  if (done?.kind === "report") {
    switch (done.outcome) {
      case "reported":
        return {
          kind: "success",
          title: "links.visitPage.reported.title",
          body: "links.visitPage.reported.body",
          more: [
            ...(done.report.safety ? (["links.visitPage.reported.safety"] as const) : []),
            ...(done.report.wantsTalk ? (["links.visitPage.reported.talk"] as const) : []),
          ],
        } satisfies Panel;
      case "already_reported":
        return reportedPanel;
      case "cancelled":
        return cancelledPanel;
    }
  }
  if (status === "cancelled") return cancelledPanel;
  if (status === "reported") return reportedPanel;
  return undefined;
}

/** The page's view of its link (opening it changes nothing). */
const open = (token: string) => api.links.visit.$get(undefined, withToken(token));

/**
 * The volunteer's page for one confirmed visit, from the links in the confirmation, the
 * day-before reminder and the report request. Before the visit: its details and "I can't come"
 * (a confirm step; the coordinator is alerted and the request goes back to matching). Once it
 * has started: the report. Opening the page changes nothing; after each button, focus moves to
 * what it meant.
 */
export default function VisitPage() {
  const page = createLinkPage(open, createSignal<Done>());
  const { answer, view, token } = page;
  const done = page.outcome;

  const panel = () => panelOf(done(), view.data()?.status);
  const planned = () => view.data()?.status === "planned";
  /** "I can't come" was answered here: the page shows only what it meant. */
  const released = () => done()?.kind === "cantCome" && done()?.outcome === "released";

  /** The report's page once the visit has started, before that the visit's. */
  const ownTitle = (): MessageKey | undefined => {
    const data = view.data();
    if (!data) return undefined;
    return data.canReport ? "links.report.title" : "links.visitPage.title";
  };
  useLinkTitle({ problem: page.problem, panel, own: ownTitle });

  async function cantCome() {
    const current = token();
    if (!current || answer.busy()) return;
    const result = await answer.send(
      () =>
        api.links.visit["cant-come"].$post(
          { json: { reason: answer.reason().trim() || undefined } },
          withToken(current),
        ),
      "cant-come-reason",
    );
    if (!result) return;
    answer.closed();
    page.answered({ kind: "cantCome", outcome: result.outcome });
  }

  async function sendReport(report: Report): Promise<SubmitOutcome> {
    const current = token();
    if (!current) return { ok: false };
    page.forget();
    const result = await call(api.links.visit.report.$post({ json: report }, withToken(current)));
    if (result.ok) {
      await view.reload();
      page.answered({ kind: "report", outcome: result.data.outcome, report });
      return { ok: true };
    }
    if (result.kind === "validation") return { ok: false, fields: result.fields };
    if (linkProblem(result)) {
      await view.reload();
      return { ok: false };
    }
    if (result.kind === "rejected" && result.code === "too_early") {
      await view.reload();
      return { ok: false, message: tr("links.visitPage.tooEarly") };
    }
    return { ok: false, message: failureText(result) };
  }

  return (
    <LinkPage
      page={page}
      panel={panel()}
      intro={(loaded) => (
        <>
          <h1>{tr(loaded().canReport ? "links.report.title" : "links.visitPage.title")}</h1>
          <p class="lead">
            {tr(loaded().canReport ? "links.report.intro" : "links.visitPage.intro")}
          </p>
        </>
      )}
    >
      {(loaded) => (
        <>
          <Show
            when={planned() && !released()}
            fallback={
              <section aria-labelledby="visit-title">
                <h2 id="visit-title">{tr("links.visit.title")}</h2>
                <VisitFacts visit={loaded().visit} />
              </section>
            }
          >
            <Show when={loaded().canReport}>
              <p class="visit-line" data-testid="visit-line">
                <strong>{loaded().visit.firstName}</strong>
                {" · "}
                {sectorName(loaded().visit.sector)}
                {" · "}
                <time datetime={`${loaded().visit.date}T${loaded().visit.startTime}`}>
                  {visitTime(loaded().visit.date, loaded().visit.startTime)}
                </time>
              </p>
              <section class="answer" data-testid="report">
                {/* Under a result (the visit had started), the form needs its own heading. */}
                <Show when={panel()}>
                  <h2>{tr("links.report.title")}</h2>
                </Show>
                <ReportForm texts="links.report" idPrefix="report" large onSubmit={sendReport} />
              </section>
            </Show>

            <Show
              when={loaded().details}
              fallback={
                <section aria-labelledby="visit-title">
                  <h2 id="visit-title">{tr("links.visit.title")}</h2>
                  <VisitFacts visit={loaded().visit} />
                </section>
              }
            >
              {(details) => <Details details={details()} visit={loaded().visit} />}
            </Show>

            <Show when={loaded().canCancel}>
              <RoleReminder />
              <SendFailure answer={answer} />
              <Show
                when={answer.confirming()}
                fallback={
                  <section aria-labelledby="cant-come-title" class="answer">
                    <h2 id="cant-come-title">{tr("links.visitPage.cantCome.heading")}</h2>
                    <p>{tr("links.visitPage.cantCome.hint")}</p>
                    <div class="answer__buttons">
                      <OpenButton
                        id="cant-come"
                        ref={answer.openButtonRef}
                        class="button button--warning-outline button--large"
                        disabled={answer.busy()}
                        onClick={() => answer.open()}
                        label={tr("links.visitPage.cantCome")}
                      />
                    </div>
                  </section>
                }
              >
                <ConfirmForm
                  answer={answer}
                  prefix="cant-come"
                  titleId="cant-come-form-title"
                  title="links.visitPage.cantCome.title"
                  reasonLabel="links.visitPage.cantCome.reason"
                  reasonHint="links.visitPage.cantCome.reasonHint"
                  confirm="links.visitPage.cantCome.confirm"
                  confirmClass="button button--warning button--large"
                  confirmDescribedBy="cant-come-consequence"
                  onSubmit={() => void cantCome()}
                >
                  <p id="cant-come-consequence">{tr("links.visitPage.cantCome.body")}</p>
                </ConfirmForm>
              </Show>
            </Show>
          </Show>
        </>
      )}
    </LinkPage>
  );
}
