import { createSignal, For, onMount, Show } from "solid-js";
import { api, params } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { formatDateTime, formatNumber } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../lib/ui.tsx";
import { useApi } from "./api.ts";
import { type Job, resultText, textsOf } from "./jobs.ts";

const jobName = (id: string) => {
  const texts = textsOf(id);
  return texts ? tr(texts.name) : id;
};

function Outcome(props: { last: NonNullable<Job["lastRun"]> }) {
  const summary = () => resultText(props.last.result, formatNumber);
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
        <span data-testid="job-result">{summary() || tr("jobs.outcome.none")}</span>
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

/**
 * The scheduled jobs, for coordinators to trust them: what each does, when it runs next and how
 * its last run went, in Helsinki time. On the local stack a job can be run on demand.
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
                result: resultText(result.data.result, formatNumber) || tr("jobs.outcome.none"),
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
                  {(job) => {
                    const texts = () => textsOf(job.id);
                    return (
                      <li
                        class="job"
                        classList={{ "job--failed": job.lastRun?.ok === false }}
                        data-testid="job"
                        data-job={job.id}
                      >
                        <h2 id={`job-${job.id}`}>{jobName(job.id)}</h2>
                        <p>
                          <Show when={texts()} fallback={job.description}>
                            {(known) => tr(known().does)}
                          </Show>
                        </p>
                        <dl class="facts">
                          <dt>{tr("jobs.schedule")}</dt>
                          <dd>
                            <Show when={texts()} fallback={<code>{job.cron}</code>}>
                              {(known) => (
                                <>
                                  {tr(known().when)}{" "}
                                  <span class="muted">
                                    ({tr("jobs.cron")}: <code>{job.cron}</code>)
                                  </span>
                                </>
                              )}
                            </Show>
                          </dd>
                          <dt>{tr("jobs.nextRun")}</dt>
                          <dd>
                            <Show
                              when={job.nextRun}
                              fallback={<span class="muted">{tr("ui.notGiven")}</span>}
                            >
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
                              when={job.lastRun}
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
                          <Show when={job.lastRun}>
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
                        <Show when={list().canRunNow}>
                          <button
                            type="button"
                            id={`run-${job.id}`}
                            class="button button--secondary button--small"
                            data-testid="job-run"
                            disabled={!!running()}
                            aria-busy={running() === job.id}
                            onClick={() => void runNow(job)}
                          >
                            {running() === job.id ? tr("jobs.running") : tr("jobs.runNow")}
                            <span class="visually-hidden">
                              {" "}
                              {tr("jobs.runNow.context", { name: jobName(job.id) })}
                            </span>
                          </button>
                        </Show>
                      </li>
                    );
                  }}
                </For>
              </ul>
            </OrEmpty>
          </>
        )}
      </Loaded>
    </div>
  );
}
