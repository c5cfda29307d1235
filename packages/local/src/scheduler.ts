import { type Schedule, schedules } from "@rinnalla/core/schedule";
import { Cron } from "croner";

/**
 * Runs the production jobs on the production schedules (UTC), on this machine. Each job is the
 * very handler module the Lambda runs, which records its outcome for the coordinators' job page.
 */
export function startScheduler(log: (line: string) => void = console.log) {
  const crons = schedules.map(
    (schedule) =>
      new Cron(schedule.cron, { timezone: "UTC", protect: true }, async () => {
        await runJob(schedule, log);
      }),
  );
  return {
    nextRuns: () =>
      schedules.map((s, i) => ({ id: s.id, next: crons[i]?.nextRun()?.toISOString() })),
    stop: () => {
      for (const cron of crons) cron.stop();
    },
  };
}

async function runJob(schedule: Schedule, log: (line: string) => void) {
  try {
    const handler = await loadHandler(schedule.handler);
    const result = await handler();
    if (result !== undefined) log(`job ${schedule.id}: ${JSON.stringify(result)}`);
  } catch (error) {
    log(`job ${schedule.id} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
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
