import type { ScheduleId, Timing } from "@rinnalla/core/schedule";
import type { Answer, api } from "../lib/api.ts";
import type { MessageKey } from "../lib/i18n.ts";

/** The jobs page's answers, typed from the API client. */
export type JobList = Answer<typeof api.jobs.$get>;
export type Job = JobList["jobs"][number];

/** A text to show: a catalog key and its values, or the server's own words. */
export type Part = { key: MessageKey; vars?: Record<string, string | number> } | { text: string };

/** Each job's name and what it does, by id (a record: none forgotten). */
export const jobTexts: Record<ScheduleId, { name: MessageKey; does: MessageKey }> = {
  "outbox-retry": {
    name: "jobs.outbox-retry.name",
    does: "jobs.outbox-retry.description",
  },
  "offer-expiry": {
    name: "jobs.offer-expiry.name",
    does: "jobs.offer-expiry.description",
  },
  "visit-reminders": {
    name: "jobs.visit-reminders.name",
    does: "jobs.visit-reminders.description",
  },
  "visit-reports": {
    name: "jobs.visit-reports.name",
    does: "jobs.visit-reports.description",
  },
  "training-reminders": {
    name: "jobs.training-reminders.name",
    does: "jobs.training-reminders.description",
  },
  "coordinator-digest": {
    name: "jobs.coordinator-digest.name",
    does: "jobs.coordinator-digest.description",
  },
  "gathering-seasons": {
    name: "jobs.gathering-seasons.name",
    does: "jobs.gathering-seasons.description",
  },
  anniversaries: {
    name: "jobs.anniversaries.name",
    does: "jobs.anniversaries.description",
  },
  gatherings: {
    name: "jobs.gatherings.name",
    does: "jobs.gatherings.description",
  },
  feedback: {
    name: "jobs.feedback.name",
    does: "jobs.feedback.description",
  },
  "monthly-report": {
    name: "jobs.monthly-report.name",
    does: "jobs.monthly-report.description",
  },
  retention: {
    name: "jobs.retention.name",
    does: "jobs.retention.description",
  },
};

/** The texts of a job this app knows; a new job shows by its id and the server's description. */
export const textsOf = (id: string) =>
  (jobTexts as Record<string, (typeof jobTexts)[ScheduleId] | undefined>)[id];

const clock = (hour: number, minute = 0) =>
  `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;

/**
 * When a job runs, in words: "every 5 minutes", "every hour at :30, from 09:00", "every day
 * at 07:00" (Helsinki time; `time` is HH:MM for the page to write in its language's way).
 */
export function timingPart(timing: Timing): Part {
  switch (timing.kind) {
    case "minutes":
      return { key: "jobs.timing.minutes", vars: { minutes: timing.minutes } };
    case "hourly": {
      const base = timing.minute === 0 ? "jobs.timing.hourly.onTheHour" : "jobs.timing.hourly";
      const minute = String(timing.minute).padStart(2, "0");
      return timing.fromHelsinkiHour === undefined
        ? { key: base, vars: { minute } }
        : { key: `${base}.from`, vars: { minute, time: clock(timing.fromHelsinkiHour) } };
    }
    case "daily":
      return { key: "jobs.timing.daily", vars: { time: clock(timing.helsinkiHour) } };
    case "firstWorkingDay":
      return {
        key: "jobs.timing.firstWorkingDay",
        vars: { time: clock(timing.fromHelsinkiHour, timing.minute) },
      };
  }
}

/** The counters jobs report, in words (a new one shows under its own name). */
const counterLabels: Record<string, MessageKey> = {
  sent: "jobs.count.sent",
  retry: "jobs.count.retry",
  failed: "jobs.count.failed",
  expired: "jobs.count.expired",
  settled: "jobs.count.settled",
  due: "jobs.count.due",
  asked: "jobs.count.asked",
  reminded: "jobs.count.reminded",
  unmatched: "jobs.count.unmatched",
  pendingOffers: "jobs.count.pendingOffers",
  unreported: "jobs.count.unreported",
  sessions: "jobs.count.sessions",
  gatherings: "jobs.count.gatherings",
  invited: "jobs.count.invited",
  movedUp: "jobs.count.movedUp",
  needsCleared: "jobs.count.needsCleared",
  drafted: "jobs.count.drafted",
  missed: "jobs.count.missed",
  reached: "jobs.count.reached",
  afterVisits: "jobs.count.afterVisits",
  surveysSent: "jobs.count.surveysSent",
  volunteers: "jobs.count.volunteers",
  partners: "jobs.count.partners",
  skipped: "jobs.count.skipped",
};

/** Why a run did nothing, as the server says it ("before 09:00", "already sent today"). */
function reasonPart(reason: string): Part {
  const before = /^before (\d{2}:\d{2})$/.exec(reason);
  if (before) return { key: "jobs.skipped.before", vars: { time: before[1] ?? "" } };
  if (reason === "already sent today") return { key: "jobs.skipped.alreadySent" };
  if (reason === "already sent this month") return { key: "jobs.skipped.alreadySentMonth" };
  if (reason === "not the first working day") return { key: "jobs.skipped.notFirstWorkingDay" };
  return { text: reason };
}

/**
 * A run's result as parts to say: each counter in words ("sent: 2", in a steady order), a
 * reason for skipping as a reason; anything else as it came. Numbers are written with `number`.
 */
export function resultParts(result: unknown, number: (n: number) => string = String): Part[] {
  if (result === undefined || result === null) return [];
  if (typeof result === "number") return [{ text: number(result) }];
  if (typeof result !== "object") return [{ text: String(result) }];
  if (Array.isArray(result)) return [{ text: number(result.length) }];
  const known = Object.keys(counterLabels);
  const place = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
  return Object.entries(result)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => place(a) - place(b))
    .map(([name, value]): Part => {
      if (typeof value === "string" && name === "skipped") return reasonPart(value);
      const label = counterLabels[name];
      if (label && typeof value === "number") return { key: label, vars: { count: number(value) } };
      const shown =
        typeof value === "number"
          ? number(value)
          : typeof value === "object" && value !== null
            ? JSON.stringify(value)
            : String(value);
      return { text: `${name} ${shown}` };
    });
}
