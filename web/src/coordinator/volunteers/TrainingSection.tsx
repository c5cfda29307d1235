import { createSignal, For, onMount, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { completionStep } from "../training/progress.ts";
import { topicName } from "../training/topics.ts";
import type { Progress } from "../training/types.ts";
import { CertificatesSection } from "./Certificates.tsx";
import type { VolunteerPage } from "./page.ts";

const hours = (value: number) =>
  tr("coord.progress.hoursValue", { hours: formatNumber(Math.round(value * 10) / 10) });

function Attended(props: { progress: Progress }) {
  return (
    <>
      <dl class="facts" data-testid="training-hours">
        <dt>{tr("coord.progress.hours")}</dt>
        <dd>{hours(props.progress.hours)}</dd>
        <For each={props.progress.byYear}>
          {(y) => (
            <>
              <dt>{tr("coord.progress.byYear", { year: y.year })}</dt>
              <dd>{hours(y.hours)}</dd>
            </>
          )}
        </For>
      </dl>
      <OrEmpty when={props.progress.attended.length > 0} text={tr("coord.progress.none")}>
        <ul class="plain-list" data-testid="training-history">
          <For each={props.progress.attended}>
            {(a) => (
              <li>
                {formatDay(a.date)} –{" "}
                {tr("coord.progress.session", {
                  kind: tr(`coord.training.kind.${a.kind}`),
                  topic: topicName(a),
                })}
                {" – "}
                {tr(`coord.progress.mark.${a.mark}`, { minutes: a.minutes })}
              </li>
            )}
          </For>
        </ul>
      </OrEmpty>
    </>
  );
}

/** The course's rule: met or not, and (someone in training who has met it) confirmation. */
function Completion(props: { page: VolunteerPage; progress: Progress; done: (f: Flash) => void }) {
  const v = props.page.volunteer;
  const course = () => props.progress.course;
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let opener: HTMLButtonElement | undefined;

  async function confirm() {
    setBusy(true);
    const result = await props.page.call(
      api.training.volunteers[":id"].complete.$post({
        param: props.page.param(),
        json: { version: v().version },
      }),
    );
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      await props.page.reload();
      return props.done({
        kind: "success",
        text: tr("coord.progress.confirmed", { serial: result.data.certificate.serial }),
      });
    }
    if (!redirected(result)) props.done({ kind: "error", text: failureText(result) });
  }

  return (
    <div data-testid="training-completion">
      <Show
        when={course().complete}
        fallback={
          <>
            <Show when={course().missing.length > 0}>
              <p>
                {tr("coord.progress.course.missing", { sessions: course().missing.join(", ") })}
              </p>
            </Show>
            <Show when={course().profileMissing}>
              <p>{tr("coord.progress.course.profile")}</p>
            </Show>
          </>
        }
      >
        <p>{tr("coord.progress.course.complete")}</p>
      </Show>
      <Show when={completionStep(v().status, course()) === "confirm"}>
        <Show
          when={confirming()}
          fallback={
            <OpenButton
              id="training-complete"
              ref={opener}
              class="button"
              label={tr("coord.progress.confirm")}
              onClick={() => setConfirming(true)}
            />
          }
        >
          <ConfirmPanel
            id="training-complete-panel"
            tone="plain"
            title={tr("coord.progress.confirm.title")}
            confirmId="training-complete-confirm"
            confirmLabel={tr("coord.progress.confirm.yes")}
            busy={busy()}
            onConfirm={() => void confirm()}
            onCancel={() => {
              setConfirming(false);
              focusSoon(() => opener);
            }}
          >
            <p>{tr("coord.progress.confirm.body", { name: v().name })}</p>
          </ConfirmPanel>
        </Show>
      </Show>
    </div>
  );
}

/** The volunteer's training: hours (zero too), sessions, the course's rule, certificates. */
export function TrainingSection(props: { page: VolunteerPage }) {
  const p = props.page;
  const progress = createLoader(() =>
    p.call(api.training.volunteers[":id"].$get({ param: p.param() })),
  );
  const [message, setMessage] = createSignal<Flash>();
  const [certificates, setCertificates] = createSignal(0);
  onMount(() => void progress.reload());
  return (
    <>
      <section aria-labelledby="v-training-title">
        <h2 id="v-training-title">{tr("coord.progress.title")}</h2>
        <StatusMessage message={message()} testId="training-message" />
        <Loaded loader={progress}>
          {(data) => (
            <>
              <Attended progress={data()} />
              <Completion
                page={p}
                progress={data()}
                done={(flash) => {
                  setMessage(flash);
                  void progress.reload();
                  setCertificates((n) => n + 1);
                }}
              />
            </>
          )}
        </Loaded>
      </section>
      <CertificatesSection page={p} changed={certificates} />
    </>
  );
}
