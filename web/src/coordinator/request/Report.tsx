import { createSignal, Show } from "solid-js";
import { OpenButton } from "../../lib/actions.tsx";
import { api, params } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatAppointment, formatDateTime, formatDuration } from "../../lib/format.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { ReportForm, type SubmitOutcome } from "../../lib/report/ReportForm.tsx";
import type { Report } from "../../lib/report/report.ts";
import { Fact, type Flash, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Detail, VisitOutcome, VisitReport } from "../types.ts";

const outcomeLabels: Record<VisitOutcome, MessageKey> = {
  yes: "detail.report.outcome.yes",
  no_show: "detail.report.outcome.no_show",
  cancelled: "detail.report.outcome.cancelled",
};

/** A report's outcome in words; one this app does not know yet as it is. */
export const outcomeText = (outcome: string | undefined) =>
  outcome && outcome in outcomeLabels
    ? tr(outcomeLabels[outcome as VisitOutcome])
    : (outcome ?? "");

const wellbeingLabels: Record<NonNullable<VisitReport["wellbeing"]>, MessageKey> = {
  good: "detail.report.wellbeing.good",
  ok: "detail.report.wellbeing.ok",
  heavy: "detail.report.wellbeing.heavy",
};

/** What was reported, for coordinators: anything about safety first, in a box of its own. */
function ReportView(props: { report: VisitReport }) {
  const r = () => props.report;
  return (
    <div data-testid="visit-report">
      <Show when={r().safety}>
        {(safety) => (
          <div class="report-safety" data-testid="report-safety">
            <h3>{tr("detail.report.safety")}</h3>
            <p class="prewrap">{safety()}</p>
          </div>
        )}
      </Show>
      <dl class="facts">
        <Fact term={tr("detail.report.reported")}>
          <span data-testid="report-by">
            {tr(
              r().by === "coordinator"
                ? "detail.report.by.coordinator"
                : "detail.report.by.volunteer",
              { at: formatDateTime(r().at), name: r().actorName },
            )}
          </span>
        </Fact>
        <Fact term={tr("detail.report.outcome")}>
          <span data-testid="report-outcome">{outcomeText(r().happened)}</span>
        </Fact>
        <Show when={r().minutes !== undefined}>
          <Fact term={tr("detail.report.minutes")}>
            <span data-testid="report-minutes">{formatDuration(r().minutes ?? 0)}</span>
          </Fact>
        </Show>
        <Fact term={tr("detail.report.howItWent")} when={r().howItWent}>
          <span class="prewrap">{r().howItWent}</span>
        </Fact>
        <Fact term={tr("detail.report.followUp")}>
          {tr(r().followUp ? "detail.report.followUp.yes" : "detail.report.followUp.no")}
          <Show when={r().followUp && r().followUpNote}>
            {(note) => (
              <>
                {": "}
                <span class="prewrap">{note()}</span>
              </>
            )}
          </Show>
        </Fact>
        <Fact term={tr("detail.report.wellbeing")} when={r().wellbeing}>
          {tr(wellbeingLabels[r().wellbeing ?? "ok"])}
        </Fact>
        <Fact term={tr("detail.report.wantsTalk")}>
          <Show when={r().wantsTalk} fallback={tr("detail.report.wantsTalk.no")}>
            <strong>{tr("detail.report.wantsTalk.yes")}</strong>
          </Show>
        </Fact>
      </dl>
    </div>
  );
}

/**
 * After the match: once a confirmed visit has started, a coordinator may record its outcome
 * heard by phone (the volunteer's report link keeps working until then); once reported, the
 * report.
 */
export function VisitOutcomeSection(props: {
  detail: Detail;
  onSaved: (detail: Detail) => void;
  reload: () => Promise<void>;
}) {
  const call = useApi();
  const [open, setOpen] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;
  let openButton: HTMLButtonElement | undefined;
  let formHeading: HTMLHeadingElement | undefined;

  const request = () => props.detail.request;
  const report = () => props.detail.report ?? undefined;
  const shown = () => request().status === "confirmed" || !!report() || !!message();
  /** An outcome is recorded once the visit has started; before that, a call-off is a cancellation. */
  const started = () => Date.parse(request().startsAt) <= Date.now();

  const close = () => {
    setOpen(false);
    focusSoon(() => openButton);
  };

  async function save(body: Report): Promise<SubmitOutcome> {
    const result = await call(
      api.requests[":id"].outcome.$post({ param: params({ id: request().id }), json: body }),
    );
    if (result.ok) {
      props.onSaved(result.data);
      setOpen(false);
      setMessage({
        kind: "success",
        text: tr("detail.outcome.done", { status: tr(`status.${result.data.request.status}`) }),
      });
      focusSoon(() => heading);
      return { ok: true };
    }
    if (redirected(result)) return { ok: false };
    if (result.kind === "validation") return { ok: false, fields: result.fields };
    if (
      result.kind === "rejected" &&
      (result.code === "not_allowed" || result.code === "conflict")
    ) {
      await props.reload();
      setOpen(false);
      setMessage({ kind: "error", text: tr("detail.outcome.notAllowed") });
      focusSoon(() => heading);
      return { ok: false };
    }
    return { ok: false, message: failureText(result) };
  }

  return (
    <Show when={shown()}>
      <section aria-labelledby="outcome-title" data-testid="outcome">
        <h2 id="outcome-title" ref={heading} tabindex="-1">
          {tr(report() ? "detail.report.title" : "detail.outcome.title")}
        </h2>
        <Show when={report()}>{(found) => <ReportView report={found()} />}</Show>
        <Show when={!report() && request().status === "confirmed" && !started()}>
          <p data-testid="outcome-not-yet">
            {tr("detail.outcome.notYet", { when: formatAppointment(request().startsAt) })}
          </p>
        </Show>
        <Show when={!report() && request().status === "confirmed" && started()}>
          <p>{tr("detail.outcome.intro")}</p>
          <Show
            when={open()}
            fallback={
              <p>
                <OpenButton
                  id="outcome-open"
                  ref={openButton}
                  onClick={() => {
                    setMessage(undefined);
                    setOpen(true);
                    focusSoon(() => formHeading);
                  }}
                  label={tr("detail.outcome.open")}
                />
              </p>
            }
          >
            <div class="edit-panel">
              <h3 id="outcome-form-title" ref={formHeading} tabindex="-1">
                {tr("detail.outcome.formTitle")}
              </h3>
              <ReportForm
                texts="detail.outcome"
                idPrefix="outcome"
                onSubmit={save}
                cancel={{ label: tr("ui.back"), onCancel: close }}
              />
            </div>
          </Show>
        </Show>
        <StatusMessage message={message()} id="outcome-message" testId="outcome-message" />
      </section>
    </Show>
  );
}
