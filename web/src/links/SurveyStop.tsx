import { createSignal, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../lib/actions.tsx";
import { api, call, withToken } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { tr } from "../lib/i18n.ts";
import { Notice } from "../lib/ui.tsx";
import { type FeedbackEnd, feedbackEnd } from "./feedback.ts";

/**
 * "No more surveys" for the address the link was sent to, under the survey: a secondary button
 * that asks in place, then says so in a status line that takes focus. The survey itself can
 * still be answered. When the address said so already, only the status line shows.
 * Ids: the button `#survey-stop`, the step `#survey-stop-panel`, its button `#survey-stop-confirm`,
 * the status `#survey-stopped`.
 */
export function StopSurveys(props: {
  token: string;
  optedOut: boolean;
  /** The link was answered meanwhile (404) or the survey closed (410). */
  onEnded: (end: FeedbackEnd) => void;
}) {
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [stopped, setStopped] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  const done = () => props.optedOut || stopped();
  let opener: HTMLButtonElement | undefined;
  let status: HTMLParagraphElement | undefined;
  let notice: HTMLDivElement | undefined;

  function cancel() {
    setConfirming(false);
    setProblem(undefined);
    focusSoon(() => opener);
  }

  async function stop() {
    if (busy()) return;
    setProblem(undefined);
    setBusy(true);
    const answer = await call(api.links.survey.stop.$post(undefined, withToken(props.token)));
    setBusy(false);
    if (answer.ok) {
      setConfirming(false);
      setStopped(true);
      focusSoon(() => status);
      return;
    }
    const end = feedbackEnd(answer);
    if (end) return props.onEnded(end);
    setProblem(failureText(answer));
    focusSoon(() => notice);
  }

  return (
    <div class="survey-stop" data-testid="survey-stop">
      <Show when={!done()}>
        <h2>{tr("links.survey.stop.title")}</h2>
        <p>{tr("links.survey.stop.body")}</p>
        <Show
          when={confirming()}
          fallback={
            <OpenButton
              id="survey-stop"
              ref={(el) => (opener = el)}
              label={tr("links.survey.stop.button")}
              onClick={() => setConfirming(true)}
            />
          }
        >
          <ConfirmPanel
            id="survey-stop-panel"
            title={tr("links.survey.stop.confirm.title")}
            confirmId="survey-stop-confirm"
            confirmLabel={tr("links.survey.stop.confirm")}
            busyLabel={tr("links.working")}
            busy={busy()}
            tone="plain"
            onConfirm={() => void stop()}
            onCancel={cancel}
          >
            <p>{tr("links.survey.stop.confirm.body")}</p>
            <Notice text={problem()} alert ref={(el) => (notice = el)} />
          </ConfirmPanel>
        </Show>
      </Show>
      <p
        id="survey-stopped"
        ref={(el) => (status = el)}
        class="survey-stop__done"
        role="status"
        tabindex="-1"
      >
        {done() ? tr("links.survey.stopped") : ""}
      </p>
    </div>
  );
}
