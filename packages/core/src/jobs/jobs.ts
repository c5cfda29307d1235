import { Cron } from "croner";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { config } from "../config/index.ts";
import { defineItem, run as storeRun } from "../db/store.ts";
import { FeedbackJobs } from "../feedback/index.ts";
import { Delivery } from "../reach/index.ts";
import { Recognition } from "../recognition/index.ts";
import { Retention } from "../retention/index.ts";
import {
  RETENTION_HOUR,
  type Schedule,
  type ScheduleId,
  SEASON_HOUR,
  schedules,
} from "../schedule/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { log } from "../util/log.ts";
import { helsinkiDate, helsinkiHour, helsinkiToUtc } from "../util/time.ts";
import { firstWorkingDay, nextMonth } from "../util/workdays.ts";
import * as Digest from "./digest.ts";
import * as GatheringJobs from "./gatherings.ts";
import * as MonthlyReport from "./monthly.ts";
import * as OfferExpiry from "./offers.ts";
import * as TrainingJobs from "./training.ts";
import * as VisitJobs from "./visits.ts";

/**
 * The scheduled jobs as people see them: what each does, when it runs next, and how its last
 * run went. Every run, on EventBridge or the local scheduler, goes through `run`, which records
 * the outcome in the table.
 */

const work: Record<ScheduleId, (now: Date) => Promise<unknown>> = {
  "outbox-retry": (now) => Delivery.retryDue(now),
  "offer-expiry": (now) => OfferExpiry.expireDue(now),
  "visit-reminders": (now) => VisitJobs.sendReminders(now),
  "visit-reports": (now) => VisitJobs.askForReports(now),
  "training-reminders": (now) => TrainingJobs.sendReminders(now),
  "coordinator-digest": (now) => Digest.sendDue(now),
  "gathering-seasons": (now) => GatheringJobs.seasonal(now),
  anniversaries: (now) =>
    helsinkiHour(now) < SEASON_HOUR
      ? Promise.resolve({ reached: 0, skipped: "before 08:00" })
      : Recognition.anniversaries(now),
  gatherings: (now) => GatheringJobs.round(now),
  feedback: (now) => FeedbackJobs.round(now),
  "monthly-report": (now) => MonthlyReport.sendDue(now),
  retention: (now) =>
    helsinkiHour(now) < RETENTION_HOUR
      ? Promise.resolve({ skipped: "before 03:00" })
      : Retention.applyDaily(now),
};

const LastRun = z.object({
  id: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z.string().optional(),
});
export type LastRun = Omit<z.output<typeof LastRun>, "id">;

/** Each job's last run, for the jobs page. */
const Runs = defineItem({
  type: "job-run",
  schema: LastRun,
  key: (id: string) => ({ pk: `job#${id}`, sk: "last" }),
  id: (r) => r.id,
});

export async function run(id: ScheduleId, now = new Date()) {
  const startedAt = new Date();
  let outcome: { ok: true; result: unknown } | { ok: false; error: string };
  try {
    // What a job changes is audited as the job's doing.
    const result = await Actor.provide({ type: "system", name: id }, () => work[id](now));
    outcome = { ok: true, result };
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const last = {
    id,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    ...outcome,
  };
  await storeRun(Runs.put(last)).catch((error) =>
    log.error("could not record a job run", { id, error: String(error) }),
  );
  if (!outcome.ok) throw new Error(`job ${id} failed: ${outcome.error}`);
  return outcome.result;
}

/** The next run on a month's first working day from its hour: this month's, or next month's. */
function nextOnFirstWorkingDay(schedule: Schedule, now: Date, fromHour: number) {
  const cron = new Cron(schedule.cron, { timezone: "UTC", paused: true });
  const month = helsinkiDate(now).slice(0, 7);
  for (const m of [month, nextMonth(month)]) {
    const day = firstWorkingDay(m);
    const opens = helsinkiToUtc(day, `${String(fromHour).padStart(2, "0")}:00`);
    const at = cron.nextRuns(1, opens > now ? opens : now)[0];
    if (at && helsinkiDate(at) === day) return at;
  }
  return undefined;
}

/** The next run that will act: runs before a job's Helsinki hour are skipped. */
function nextRun(schedule: Schedule, now: Date): Date | undefined {
  if (schedule.timing.kind === "firstWorkingDay") {
    return nextOnFirstWorkingDay(schedule, now, schedule.timing.fromHelsinkiHour);
  }
  const runs = new Cron(schedule.cron, { timezone: "UTC", paused: true }).nextRuns(4, now);
  const from = schedule.fromHelsinkiHour;
  return from === undefined ? runs[0] : (runs.find((at) => helsinkiHour(at) >= from) ?? runs[0]);
}

/** Coordinators: every job with its next run and its last outcome. */
export async function list(now = new Date()) {
  Actor.coordinator();
  const runs = await Runs.getMany(schedules.map((s) => s.id));
  return {
    // Running on demand is for the local stack; in AWS the schedule is the only trigger.
    canRunNow: config().STAGE === "local",
    jobs: schedules.map((s) => {
      const found = runs.get(s.id);
      const lastRun: LastRun | null = found
        ? {
            startedAt: found.startedAt,
            finishedAt: found.finishedAt,
            ok: found.ok,
            result: found.result,
            ...(found.error && { error: found.error }),
          }
        : null;
      return {
        id: s.id,
        description: s.description,
        timing: s.timing,
        cron: s.cron,
        nextRun: nextRun(s, now)?.toISOString(),
        lastRun,
      };
    }),
  };
}

export const runNow = fn(
  z.object({ id: z.enum(schedules.map((s) => s.id) as [ScheduleId, ...ScheduleId[]]) }),
  async ({ id }) => {
    Actor.coordinator();
    if (config().STAGE !== "local") throw new VisibleError(403, "forbidden", "error.forbidden");
    try {
      return { ok: true, result: await run(id) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },
);
