import { createSignal, For, onMount, Show } from "solid-js";
import { BusyButton, ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { resultsHidden } from "./cohorts.ts";
import type { CohortPageData } from "./page.ts";
import type { Results, Survey } from "./types.ts";

type QuestionId =
  | "role"
  | "serviceSystem"
  | "communication"
  | "safety"
  | "overall"
  | "missing"
  | "other";

/** The answers counted: each scale's spread and mean, each free text as given. */
function ResultsView(props: { results: Results }) {
  return (
    <section aria-labelledby="feedback-results-title" data-testid="feedback-results">
      <h3 id="feedback-results-title" tabindex="-1">
        {tr("coord.feedback.resultsTitle", { answered: props.results.answered })}
      </h3>
      <For each={props.results.questions}>
        {(q) => (
          <div class="result">
            <h4>{tr(`coord.feedback.q.${q.id as QuestionId}`)}</h4>
            <Show
              when={"counts" in q ? q : undefined}
              fallback={
                <Show
                  when={"texts" in q && q.texts.length > 0 ? q.texts : undefined}
                  fallback={<p class="muted">{tr("coord.feedback.noTexts")}</p>}
                >
                  {(texts) => (
                    <ul>
                      <For each={texts()}>{(t) => <li class="prewrap">{t}</li>}</For>
                    </ul>
                  )}
                </Show>
              }
            >
              {(scale) => (
                <>
                  <p class="hint">
                    {tr("coord.feedback.scale", {
                      mean:
                        scale().mean === null
                          ? "–"
                          : formatNumber(Math.round((scale().mean ?? 0) * 10) / 10),
                    })}
                  </p>
                  <p>
                    {Object.entries(scale().counts)
                      .map(([value, count]) => tr("coord.feedback.count", { value, count }))
                      .join(" · ")}
                  </p>
                </>
              )}
            </Show>
          </div>
        )}
      </For>
    </section>
  );
}

/** One survey: where it stands, closing it (confirmed), and its results once they may be seen. */
function SurveyState(props: {
  page: CohortPageData;
  survey: Survey;
  reload: () => Promise<void>;
  say: (f: Flash) => void;
}) {
  const [closing, setClosing] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [results, setResults] = createSignal<Results>();
  let closeButton: HTMLButtonElement | undefined;
  const hidden = () => resultsHidden(props.survey);

  async function close() {
    setBusy(true);
    const result = await props.page.call(
      api.training.surveys[":id"].close.$post({ param: { id: props.survey.id } }),
    );
    setBusy(false);
    setClosing(false);
    if (result.ok) {
      await props.reload();
      return props.say({ kind: "success", text: tr("coord.feedback.closed") });
    }
    if (!redirected(result)) props.say({ kind: "error", text: failureText(result) });
  }

  async function show() {
    setBusy(true);
    const result = await props.page.call(
      api.training.surveys[":id"].results.$get({ param: { id: props.survey.id } }),
    );
    setBusy(false);
    if (result.ok) {
      setResults(result.data);
      return focusSoon(() => document.getElementById("feedback-results-title") ?? undefined);
    }
    if (!redirected(result)) props.say({ kind: "error", text: failureText(result) });
  }

  return (
    <div data-testid="feedback-state" data-answered={props.survey.answered}>
      <p>
        {tr("coord.feedback.state", {
          answered: props.survey.answered,
          closes: props.survey.closed
            ? tr("coord.feedback.closed")
            : tr("coord.feedback.closesAt", { date: formatDate(props.survey.closesAt) }),
        })}
      </p>
      <Show when={hidden()}>
        {(why) => (
          <p class="hint" data-testid="feedback-hidden">
            {tr(`coord.feedback.hidden.${why()}`)}
          </p>
        )}
      </Show>
      <Show when={closing()}>
        <ConfirmPanel
          id="feedback-close-panel"
          title={tr("coord.feedback.close.title")}
          confirmId="feedback-close-confirm"
          confirmLabel={tr("coord.feedback.close.confirm")}
          busy={busy()}
          onConfirm={() => void close()}
          onCancel={() => {
            setClosing(false);
            focusSoon(() => closeButton);
          }}
        >
          <p>{tr("coord.feedback.close.body")}</p>
        </ConfirmPanel>
      </Show>
      <div class="button-row">
        <Show when={!props.survey.closed && !closing()}>
          <OpenButton
            id="feedback-close"
            ref={closeButton}
            label={tr("coord.feedback.close")}
            onClick={() => setClosing(true)}
          />
        </Show>
        <Show when={props.survey.resultsVisible && !results()}>
          <BusyButton
            id="feedback-results"
            type="button"
            busy={busy()}
            label={tr("coord.feedback.results")}
            busyLabel={tr("ui.loading")}
            onClick={() => void show()}
          />
        </Show>
      </div>
      <Show when={results()}>{(r) => <ResultsView results={r()} />}</Show>
    </div>
  );
}

/** The course's anonymous feedback: send the links, see where it stands, close, results. */
export function FeedbackSection(props: { page: CohortPageData }) {
  const p = props.page;
  const status = createLoader(() =>
    p.call(api.training.cohorts[":id"].feedback.$get({ param: p.param() })),
  );
  onMount(() => void status.reload());
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();

  async function send() {
    setBusy(true);
    setMessage(undefined);
    const result = await p.call(api.training.cohorts[":id"].feedback.$post({ param: p.param() }));
    setBusy(false);
    if (result.ok) {
      await status.reload();
      return setMessage({
        kind: "success",
        text: tr("coord.feedback.sent", { count: result.data.sent }),
      });
    }
    if (!redirected(result)) setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title">{tr("coord.feedback.title")}</h2>
      <p>{tr("coord.feedback.lead")}</p>
      <StatusMessage message={message()} testId="feedback-message" />
      <Loaded loader={status}>
        {(data) => (
          <>
            <For each={data().surveys}>
              {(survey) => (
                <SurveyState page={p} survey={survey} reload={status.reload} say={setMessage} />
              )}
            </For>
            <Show when={!data().surveys.some((s) => s.closed)}>
              <BusyButton
                id="feedback-send"
                type="button"
                class="button button--secondary"
                busy={busy()}
                label={tr(
                  data().surveys.length ? "coord.feedback.sendMore" : "coord.feedback.send",
                )}
                busyLabel={tr("ui.working")}
                onClick={() => void send()}
              />
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
}
