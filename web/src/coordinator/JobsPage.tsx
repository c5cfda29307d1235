import { createSignal, For, onMount, Show } from "solid-js";
import { api, params } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { formatClock, formatDateTime, formatNumber } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../lib/ui.tsx";
import { useApi } from "./api.ts";
import { type Job, type Part, resultParts, textsOf, timingPart } from "./jobs.ts";

const jobName = (id: string) => {
  const texts = textsOf(id);
  return texts ? tr(texts.name) : id;
};

/** A part in the coordinator's language; clock times ("09:00") written its way. */
const say = (part: Part) => {
  if ("text" in part) return part.text;
  const vars = { ...part.vars };
  if (typeof vars.time === "string") vars.time = formatClock(vars.time);
  return tr(part.key, vars);
};
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const resultText = (result: unknown) =>
  capitalised(resultParts(result, formatNumber).map(say).join(" · "));

function Outcome(props: { last: NonNullable<Job["lastRun"]> }) {
  return (
    <>
      <span
        class="badge"
        classList={{
          "badge--job-ok": props.last.ok,
          "badge--job-failed": !props.last.ok,
        }}
        data-testid="job-outcome"
      >
        {tr(props.last.ok ? "jobs.outcome.ok" : "jobs.outcome.failed")}
      </span>
      <Show when={props.last.ok}>
        {" "}
        <span data-testid="job-result">
          {resultText(props.last.result) || tr("jobs.outcome.none")}
        </span>
      </Show>
      <Show when={!props.last.ok && props.last.error}>
        {(error) => (
          <>
            {" "}
            <span class="timeline__error" data-testid="job-error">
              <span class="visually-hidden">{tr("jobs.error")}: </span>
              {error()}
            </span>
          </>
        )}
      </Show>
    </>
  );
}

/** One job: its name, what it does, when it runs, its last run; the cron behind "details". */
function JobItem(props: {
  job: Job;
  canRunNow: boolean;
  running: string | undefined;
  onRun: () => void;
}) {
  const job = () => props.job;
  const texts = () => textsOf(job().id);
  return (
    <li
      class="job"
      classList={{ "job--failed": job().lastRun?.ok === false }}
      data-testid="job"
      data-job={job().id}
    >
      <h2 id={`job-${job().id}`}>{jobName(job().id)}</h2>
      <p>
        <Show when={texts()} fallback={job().description}>
          {(known) => tr(known().does)}
        </Show>
      </p>
      <dl class="facts">
        <dt>{tr("jobs.schedule")}</dt>
        <dd data-testid="job-timing">{capitalised(say(timingPart(job().timing)))}</dd>
        <dt>{tr("jobs.nextRun")}</dt>
        <dd>
          <Show when={job().nextRun} fallback={<span class="muted">{tr("ui.notGiven")}</span>}>
            {(next) => (
              <time datetime={next()} data-testid="job-next">
                {formatDateTime(next())}
              </time>
            )}
          </Show>
        </dd>
        <dt>{tr("jobs.lastRun")}</dt>
        <dd>
          <Show
            when={job().lastRun}
            fallback={
              <span class="muted" data-testid="job-never">
                {tr("jobs.lastRun.never")}
              </span>
            }
          >
            {(last) => (
              <time datetime={last().startedAt} data-testid="job-last">
                {formatDateTime(last().startedAt)}
              </time>
            )}
          </Show>
        </dd>
        <Show when={job().lastRun}>
          {(last) => (
            <>
              <dt>{tr("jobs.outcome")}</dt>
              <dd>
                <Outcome last={last()} />
              </dd>
            </>
          )}
        </Show>
      </dl>
      <details class="job__details">
        <summary>{tr("jobs.details")}</summary>
        <dl class="facts">
          <dt>{tr("jobs.details.id")}</dt>
          <dd>
            <code>{job().id}</code>
          </dd>
          <dt>{tr("jobs.details.cron")}</dt>
          <dd>
            <code data-testid="job-cron">{job().cron}</code>
          </dd>
        </dl>
      </details>
      <Show when={props.canRunNow}>
        <button
          type="button"
          id={`run-${job().id}`}
          class="button button--secondary button--small"
          data-testid="job-run"
          disabled={!!props.running}
          aria-busy={props.running === job().id}
          onClick={() => props.onRun()}
        >
          {props.running === job().id ? tr("jobs.running") : tr("jobs.runNow")}
          <span class="visually-hidden">
            {" "}
            {tr("jobs.runNow.context", { name: jobName(job().id) })}
          </span>
        </button>
      </Show>
    </li>
  );
}

/**
 * The scheduled jobs, for coordinators to trust them: what each does, when it runs (in words)
 * and how its last run went, in Helsinki time. On the local stack a job can be run on demand.
 */
export default function JobsPage() {
  const call = useApi();
  const jobs = createLoader(() => call(api.jobs.$get()));
  const [running, setRunning] = createSignal<string>();
  const [message, setMessage] = createSignal<Flash>();
  let messageRegion: HTMLDivElement | undefined;

  onMount(() => void jobs.reload());

  async function runNow(job: Job) {
    if (running()) return;
    setMessage(undefined);
    setRunning(job.id);
    const result = await call(api.jobs[":id"].run.$post({ param: params({ id: job.id }) }));
    if (!result.ok && redirected(result)) {
      setRunning(undefined);
      return;
    }
    await jobs.reload();
    setRunning(undefined);
    const name = jobName(job.id);
    setMessage(
      !result.ok
        ? { kind: "error", text: failureText(result) }
        : "error" in result.data
          ? { kind: "error", text: tr("jobs.failed", { name, error: result.data.error }) }
          : {
              kind: "success",
              text: tr("jobs.ran", {
                name,
                result: resultText(result.data.result) || tr("jobs.outcome.none"),
              }),
            },
    );
    // Keep the keyboard where it was: back on this job's button.
    focusSoon(
      () =>
        document.getElementById(`run-${job.id}`) ??
        messageRegion?.querySelector<HTMLElement>(".flash") ??
        undefined,
    );
  }

  return (
    <div class="jobs-page">
      <PageHeading title={tr("jobs.title")} />
      <p>{tr("jobs.intro")}</p>
      <Loaded loader={jobs}>
        {(list) => (
          <>
            <Show when={list().canRunNow}>
              <p class="panel-note">{tr("jobs.runNow.intro")}</p>
            </Show>
            <p class="loading" role="status" data-testid="jobs-progress">
              <Show when={running()}>
                {(id) => tr("jobs.running.name", { name: jobName(id()) })}
              </Show>
            </p>
            <div ref={messageRegion}>
              <StatusMessage message={message()} id="jobs-message" testId="jobs-message" />
            </div>
            <OrEmpty when={list().jobs.length > 0} text={tr("jobs.empty")}>
              <ul class="jobs" data-testid="jobs">
                <For each={list().jobs}>
                  {(job) => (
                    <JobItem
                      job={job}
                      canRunNow={list().canRunNow}
                      running={running()}
                      onRun={() => void runNow(job)}
                    />
                  )}
                </For>
              </ul>
            </OrEmpty>
          </>
        )}
      </Loaded>
    </div>
  );
}
