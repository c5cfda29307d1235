/**
 * Every scheduled job, defined once. infra/jobs.ts turns these into EventBridge rules and the
 * local scheduler runs the same handlers on the same expressions.
 *
 * `cron` is a standard five-field expression (minute hour day-of-month month day-of-week) in UTC.
 */
/** When a job runs, as the jobs page says it in words (the cron stays behind "details"). */
export type Timing =
  | { kind: "minutes"; minutes: number }
  | { kind: "hourly"; minute: number; fromHelsinkiHour?: number }
  | { kind: "daily"; helsinkiHour: number }
  /** Hourly at `minute`, acting only on a month's first working day, from a Helsinki hour on. */
  | { kind: "firstWorkingDay"; minute: number; fromHelsinkiHour: number };

export interface Schedule {
  id: string;
  timing: Timing;
  /** What the job does, shown to coordinators. */
  description: string;
  cron: string;
  /** Handler path relative to the repository root, as SST expects it. */
  handler: string;
  /**
   * For a job that acts only from a Helsinki hour on (the cron fires at two UTC hours to cover
   * summer and winter time): runs before it do nothing, so "next run" skips them.
   */
  fromHelsinkiHour?: number;
}

/** The morning digest goes out from this hour, Helsinki time. */
export const DIGEST_HOUR = 7;
/** The seasonal job drafts and checks the seasons' gatherings at this hour, Helsinki time. */
export const SEASON_HOUR = 8;
/** Reminders of tomorrow's visits go out from this hour, Helsinki time, whatever the UTC offset. */
export const REMINDER_HOUR = 9;
/** Surveys go out from this hour, Helsinki time: never in the evening or at night. */
export const SURVEY_HOUR = 10;
/** The retention policy is applied from this hour, Helsinki time: a quiet hour, once a day. */
export const RETENTION_HOUR = 3;
/** The monthly report goes out from this hour, Helsinki time, on the first working day. */
export const MONTHLY_REPORT_HOUR = 8;

export const schedules = [
  {
    id: "outbox-retry",
    timing: { kind: "minutes", minutes: 5 },
    description: "Retries emails whose delivery failed or was interrupted.",
    cron: "*/5 * * * *",
    handler: "packages/functions/src/jobs/outbox-retry.handler",
  },
  {
    id: "offer-expiry",
    timing: { kind: "minutes", minutes: 15 },
    description:
      "Closes offers nobody answered in time; a request left without open offers goes back to matching and the coordinator is alerted.",
    cron: "*/15 * * * *",
    handler: "packages/functions/src/jobs/offer-expiry.handler",
  },
  {
    id: "visit-reminders",
    timing: { kind: "hourly", minute: 0, fromHelsinkiHour: REMINDER_HOUR },
    description:
      "From 09:00 Helsinki time, reminds volunteers and clients of tomorrow's visits; the volunteer's reminder has an \"I can't come\" link.",
    cron: "0 * * * *",
    handler: "packages/functions/src/jobs/visit-reminders.handler",
    fromHelsinkiHour: REMINDER_HOUR,
  },
  {
    id: "training-reminders",
    timing: { kind: "hourly", minute: 10, fromHelsinkiHour: REMINDER_HOUR },
    description:
      "From 09:00 Helsinki time, reminds everyone taking part in tomorrow's training sessions.",
    cron: "10 * * * *",
    handler: "packages/functions/src/jobs/training-reminders.handler",
    fromHelsinkiHour: REMINDER_HOUR,
  },
  {
    id: "visit-reports",
    timing: { kind: "hourly", minute: 30 },
    description:
      "Asks the volunteer for a report after each visit's planned end, and reminds them after two days.",
    cron: "30 * * * *",
    handler: "packages/functions/src/jobs/visit-reports.handler",
  },
  {
    id: "coordinator-digest",
    timing: { kind: "daily", helsinkiHour: DIGEST_HOUR },
    // 04 and 05 UTC are 07 Helsinki time in summer and in winter; the job sends once a day.
    description:
      "At 07:00 Helsinki time, emails coordinators the requests without a volunteer, unanswered offers and unreported visits.",
    cron: "0 4,5 * * *",
    handler: "packages/functions/src/jobs/coordinator-digest.handler",
    fromHelsinkiHour: DIGEST_HOUR,
  },
  {
    id: "gathering-seasons",
    timing: { kind: "daily", helsinkiHour: SEASON_HOUR },
    // 05 and 06 UTC are 08 Helsinki time in summer and in winter; the job acts once a day.
    description:
      "At 08:00 Helsinki time, drafts each season's gathering on its draft day for the coordinators to complete, and tells them when a season's deadline passed with nothing invited.",
    cron: "0 5,6 * * *",
    handler: "packages/functions/src/jobs/gathering-seasons.handler",
    fromHelsinkiHour: SEASON_HOUR,
  },
  {
    id: "anniversaries",
    timing: { kind: "daily", helsinkiHour: SEASON_HOUR },
    description:
      "At 08:00 Helsinki time, puts volunteers who reached 1, 3, 5 (then every 5) years of volunteering on the list of those due for thanks.",
    cron: "0 5,6 * * *",
    handler: "packages/functions/src/jobs/anniversaries.handler",
    fromHelsinkiHour: SEASON_HOUR,
  },
  {
    id: "gatherings",
    timing: { kind: "minutes", minutes: 10 },
    description:
      "Invites volunteers to published gatherings, gives freed seats to those waiting, reminds those coming the day before (from 09:00) and deletes dietary and accessibility needs after the gathering.",
    cron: "*/10 * * * *",
    handler: "packages/functions/src/jobs/gatherings.handler",
  },
  {
    id: "feedback",
    timing: { kind: "hourly", minute: 40, fromHelsinkiHour: SURVEY_HOUR },
    description:
      "From 10:00 Helsinki time: the day after a visit, sends the client (and a professional who asked) a short feedback survey; from 15 March and 15 September, the semiannual surveys to volunteers and partners, once each.",
    cron: "40 * * * *",
    handler: "packages/functions/src/jobs/feedback.handler",
    fromHelsinkiHour: SURVEY_HOUR,
  },
  {
    id: "monthly-report",
    timing: { kind: "firstWorkingDay", minute: 20, fromHelsinkiHour: MONTHLY_REPORT_HOUR },
    // Hourly, so a failed run is tried again the same day; a marker per month sends it once.
    description:
      "On the first working day of the month (Monday to Friday, not a public holiday), from 08:20 Helsinki time, emails each coordinator who wants it the previous month's key figures and a link to the full report. Counts only, no personal data; once a month.",
    cron: "20 * * * *",
    handler: "packages/functions/src/jobs/monthly-report.handler",
    fromHelsinkiHour: MONTHLY_REPORT_HOUR,
  },
  {
    id: "retention",
    timing: { kind: "daily", helsinkiHour: RETENTION_HOUR },
    // 00 and 01 UTC are 03 Helsinki time in summer and in winter; a second run finds nothing due.
    description:
      "At 03:00 Helsinki time, applies the retention policy: anonymises or deletes what has reached its time (figures stay in the reports), keeps records under a legal hold, makes erasures older than 7 days final. Logs counts, never whom.",
    cron: "0 0,1 * * *",
    handler: "packages/functions/src/jobs/retention.handler",
    fromHelsinkiHour: RETENTION_HOUR,
  },
] as const satisfies readonly Schedule[];

export type ScheduleId = (typeof schedules)[number]["id"];

/**
 * EventBridge wants six fields with a year, and `?` in one of day-of-month and day-of-week.
 * Step syntax `*\/5` becomes `0/5`.
 */
export function toEventBridgeCron(cron: string): string {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`Expected five cron fields: ${cron}`);
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields.map((f) =>
    f.replace(/^\*\//, "0/"),
  ) as [string, string, string, string, string];
  const dom = dayOfWeek !== "*" ? "?" : dayOfMonth;
  // Standard cron counts Sunday as 0, EventBridge as 1.
  const dow =
    dayOfWeek === "*" ? "?" : dayOfWeek.replace(/\d/g, (d) => String((Number(d) % 7) + 1));
  return `cron(${minute} ${hour} ${dom} ${month} ${dow} *)`;
}
