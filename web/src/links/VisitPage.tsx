import { createSignal, For, onMount, Show } from "solid-js";
import type { ApiFailure } from "../api.ts";
import { ErrorMessage } from "../components/Field.tsx";
import { failureText } from "../coordinator/api.ts";
import { createLoader } from "../coordinator/load.ts";
import { focusSoon } from "../focus.ts";
import { type MessageKey, tr, useTitle } from "../i18n.ts";
import { ReportForm, type SubmitOutcome } from "../report/ReportForm.tsx";
import type { Report } from "../report/report.ts";
import { currentToken, linkApi, linkProblem, onTokenChange } from "./link.ts";
import {
  Details,
  LinkTrouble,
  ResultPanel,
  RoleReminder,
  VisitFacts,
  visitTime,
} from "./parts.tsx";
import type { CantComeOutcome, ReportOutcome, VisitLinkView } from "./types.ts";

type Panel = {
  kind: "success" | "info";
  title: MessageKey;
  body: MessageKey;
  /** Further lines under the body (what a report set in motion). */
  more?: MessageKey[];
};

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

/**
 * The volunteer's page for one confirmed visit, from the links in the confirmation, the
 * day-before reminder and the report request. Before the visit: its details and "I can't come"
 * (a confirm step; the coordinator is alerted and the request goes back to matching). Once it
 * has started: the report. Opening the page changes nothing; after each button, focus moves to
 * what it meant.
 */
export default function VisitPage() {
  const [token, setToken] = createSignal(currentToken());
  const view = createLoader(() =>
    linkApi<VisitLinkView>("GET", `/api/links/visit/${encodeURIComponent(token() ?? "")}`),
  );
  const [done, setDone] = createSignal<Done>();
  const [declining, setDeclining] = createSignal(false);
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [sendFailure, setSendFailure] = createSignal<ApiFailure>();
  let resultBox: HTMLDivElement | undefined;
  let declineHeading: HTMLHeadingElement | undefined;
  let declineButton: HTMLButtonElement | undefined;
  let failureBox: HTMLDivElement | undefined;

  const load = () => {
    if (token()) void view.reload();
  };
  onMount(load);
  onTokenChange(() => {
    setToken(currentToken());
    setDone(undefined);
    setDeclining(false);
    setSendFailure(undefined);
    load();
  });

  const problem = () => {
    if (!token()) return "noToken" as const;
    const failure = view.failure();
    return failure ? linkProblem(failure) : undefined;
  };
  const panel = () => panelOf(done(), view.data()?.status);
  const planned = () => view.data()?.status === "planned";
  /** "I can't come" was answered here: the page shows only what it meant. */
  const released = () => done()?.kind === "cantCome" && done()?.outcome === "released";

  useTitle(() => {
    const p = problem();
    if (p) return tr(p === "expired" ? "links.expired.title" : "links.invalid.title");
    const current = panel();
    if (current) return tr(current.title);
    const data = view.data();
    if (!data) return tr("links.loading");
    return tr(data.canReport ? "links.report.title" : "links.visitPage.title");
  });

  const showResult = (next: Done) => {
    setDone(next);
    focusSoon(() => resultBox);
  };

  async function cantCome(event: SubmitEvent) {
    event.preventDefault();
    const current = token();
    if (!current || busy()) return;
    setSendFailure(undefined);
    setReasonError(undefined);
    setBusy(true);
    const result = await linkApi<{ outcome: CantComeOutcome }>(
      "POST",
      `/api/links/visit/${encodeURIComponent(current)}/cant-come`,
      { reason: reason().trim() || undefined },
    );
    if (!result.ok) {
      setBusy(false);
      if (result.kind === "validation" && result.fields.reason) {
        setReasonError(result.fields.reason);
        focusSoon(() => document.getElementById("cant-come-reason") ?? undefined);
        return;
      }
      if (linkProblem(result)) {
        await view.reload();
        return;
      }
      setSendFailure(result);
      focusSoon(() => failureBox);
      return;
    }
    await view.reload();
    setBusy(false);
    setDeclining(false);
    showResult({ kind: "cantCome", outcome: result.data.outcome });
  }

  async function sendReport(report: Report): Promise<SubmitOutcome> {
    const current = token();
    if (!current) return { ok: false };
    setDone(undefined);
    const result = await linkApi<{ outcome: ReportOutcome }>(
      "POST",
      `/api/links/visit/${encodeURIComponent(current)}/report`,
      report,
    );
    if (result.ok) {
      await view.reload();
      showResult({ kind: "report", outcome: result.data.outcome, report });
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

  const openDecline = () => {
    setSendFailure(undefined);
    setDeclining(true);
    focusSoon(() => declineHeading);
  };
  const closeDecline = () => {
    setDeclining(false);
    setReasonError(undefined);
    focusSoon(() => declineButton);
  };

  return (
    <div class="link-page">
      <Show
        when={!problem() && view.data()}
        fallback={
          <Show
            when={problem() || view.failure()}
            fallback={
              <>
                <h1>{tr("links.loading")}</h1>
                <p class="loading" role="status">
                  {tr("links.loading")}
                </p>
              </>
            }
          >
            <LinkTrouble
              problem={problem()}
              failure={view.failure()}
              failureText={failureText(view.failure() ?? { ok: false, kind: "network" })}
              retry={load}
            />
          </Show>
        }
      >
        {(loaded) => (
          <>
            <Show
              when={panel()}
              fallback={
                <>
                  <h1>{tr(loaded().canReport ? "links.report.title" : "links.visitPage.title")}</h1>
                  <p class="lead">
                    {tr(loaded().canReport ? "links.report.intro" : "links.visitPage.intro")}
                  </p>
                </>
              }
            >
              {(shown) => (
                <ResultPanel
                  kind={shown().kind}
                  title={shown().title}
                  body={shown().body}
                  ref={(el) => {
                    resultBox = el;
                  }}
                >
                  <For each={shown().more ?? []}>{(line) => <p>{tr(line)}</p>}</For>
                </ResultPanel>
              )}
            </Show>

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
                  {tr(`sector.${loaded().visit.sector}`)}
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
                <Show when={sendFailure()}>
                  {(failure) => (
                    <div ref={failureBox} class="notice" tabindex="-1" role="alert">
                      <p>{failureText(failure())}</p>
                    </div>
                  )}
                </Show>
                <Show
                  when={declining()}
                  fallback={
                    <section aria-labelledby="cant-come-title" class="answer">
                      <h2 id="cant-come-title">{tr("links.visitPage.cantCome.heading")}</h2>
                      <p>{tr("links.visitPage.cantCome.hint")}</p>
                      <div class="answer__buttons">
                        <button
                          type="button"
                          id="cant-come"
                          ref={declineButton}
                          class="button button--warning-outline button--large"
                          aria-expanded="false"
                          disabled={busy()}
                          onClick={openDecline}
                        >
                          {tr("links.visitPage.cantCome")}
                        </button>
                      </div>
                    </section>
                  }
                >
                  <form
                    id="cant-come-form"
                    class="answer"
                    aria-labelledby="cant-come-form-title"
                    novalidate
                    onSubmit={(event) => void cantCome(event)}
                    onKeyDown={(event) => {
                      if (event.key === "Escape" && !busy()) {
                        event.preventDefault();
                        closeDecline();
                      }
                    }}
                  >
                    <h2 id="cant-come-form-title" ref={declineHeading} tabindex="-1">
                      {tr("links.visitPage.cantCome.title")}
                    </h2>
                    <p id="cant-come-consequence">{tr("links.visitPage.cantCome.body")}</p>
                    <div class="field" classList={{ "field--error": !!reasonError() }}>
                      <label class="label" for="cant-come-reason">
                        {tr("links.visitPage.cantCome.reason")}{" "}
                        <span class="optional-mark">{tr("form.optional")}</span>
                      </label>
                      <p id="cant-come-reason-hint" class="hint">
                        {tr("links.visitPage.cantCome.reasonHint")}
                      </p>
                      <ErrorMessage id="cant-come-reason-error" text={reasonError()} />
                      <textarea
                        id="cant-come-reason"
                        name="reason"
                        rows={3}
                        maxlength={1000}
                        aria-invalid={reasonError() ? "true" : undefined}
                        aria-describedby={`cant-come-reason-hint${reasonError() ? " cant-come-reason-error" : ""}`}
                        value={reason()}
                        onInput={(e) => setReason(e.currentTarget.value)}
                      />
                    </div>
                    <div class="answer__buttons">
                      <button
                        type="submit"
                        id="cant-come-confirm"
                        class="button button--warning button--large"
                        disabled={busy()}
                        aria-busy={busy()}
                        aria-describedby="cant-come-consequence"
                      >
                        {busy() ? tr("links.working") : tr("links.visitPage.cantCome.confirm")}
                      </button>
                      <button
                        type="button"
                        id="cant-come-back"
                        class="button button--secondary button--large"
                        disabled={busy()}
                        onClick={closeDecline}
                      >
                        {tr("links.back")}
                      </button>
                    </div>
                  </form>
                </Show>
              </Show>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
