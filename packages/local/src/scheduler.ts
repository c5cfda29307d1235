import { type Schedule, schedules } from "@rinnalla/core/schedule/index.ts";
import { Cron } from "croner";

export interface JobRun {
  id: string;
  startedAt: string;
  finishedAt?: string;
  result?: unknown;
  error?: string;
}

/**
 * Runs the production jobs on the production schedules (UTC), on this machine. Each job is the
 * very handler module the Lambda runs.
 */
export function startScheduler(log: (line: string) => void = console.log) {
  const runs = new Map<string, JobRun>();
  const crons = schedules.map(
    (schedule) =>
      new Cron(schedule.cron, { timezone: "UTC", protect: true }, async () => {
        await runJob(schedule, runs, log);
      }),
  );
  return {
    runs,
    runNow: (id: string) => {
      const schedule = schedules.find((s) => s.id === id);
      if (!schedule) throw new Error(`No job ${id}`);
      return runJob(schedule, runs, log);
    },
    nextRuns: () =>
      schedules.map((s, i) => ({ id: s.id, next: crons[i]?.nextRun()?.toISOString() })),
    stop: () => {
      for (const cron of crons) cron.stop();
    },
  };
}

async function runJob(schedule: Schedule, runs: Map<string, JobRun>, log: (line: string) => void) {
  const run: JobRun = { id: schedule.id, startedAt: new Date().toISOString() };
  runs.set(schedule.id, run);
  try {
    const handler = await loadHandler(schedule.handler);
    run.result = await handler();
    if (run.result !== undefined) log(`job ${schedule.id}: ${JSON.stringify(run.result)}`);
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
    log(`job ${schedule.id} failed: ${run.error}`);
  } finally {
    run.finishedAt = new Date().toISOString();
  }
  return run;
}

/** "packages/functions/src/jobs/outbox-retry.handler" → that file's `handler` export. */
async function loadHandler(path: string): Promise<() => unknown> {
  const dot = path.lastIndexOf(".");
  const file = new URL(`../../../${path.slice(0, dot)}.ts`, import.meta.url);
  const module = (await import(file.href)) as Record<string, () => unknown>;
  const handler = module[path.slice(dot + 1)];
  if (typeof handler !== "function") throw new Error(`${path} exports no handler`);
  return handler;
}
