import * as z from "zod";

/**
 * How long each kind of personal data is kept, in whole months from the moment its clock starts,
 * and what happens then. Pure: the job and the preview both decide with these functions.
 *
 * The bounds are deliberate. The minimums keep what the association must still be able to show:
 * a closed request stays whole for the complaint period and the funder's yearly report (6 months
 * after closing), an ended volunteer's profile for a year (a certificate or a reference asked for
 * later), the audit log for a year (who read what: the controller's accountability, GDPR art. 5(2)
 * and 30–33). The maximums stop "keep for ever" passing as a policy (ten years). Everything in
 * between is the association's choice, made by an admin and audited. Dietary and access needs
 * given for a gathering are not a choice: the gatherings job deletes them the day after it, as
 * nothing needs them later. This is not legal advice;
 * the association's data protection lead decides within these bounds.
 */

export const kinds = [
  "request",
  "visitReport",
  "interview",
  "volunteer",
  "surveyText",
  "auditLog",
  "emailRecord",
  "accessibilityFeedback",
] as const;
export type Kind = (typeof kinds)[number];

interface Rule {
  /** Months, by default and at the least and most an admin may choose. */
  months: number;
  min: number;
  max: number;
  /** Anonymised where figures depend on the record; deleted otherwise. */
  action: "anonymise" | "delete";
  /** What starts the clock. */
  from: "closed" | "reported" | "ended" | "month" | "answered";
}

export const rules: Record<Kind, Rule> = {
  // The request and its client contact: anonymised, so reports keep their counts.
  request: { months: 12, min: 6, max: 120, action: "anonymise", from: "closed" },
  // The visit report's free text (how it went, safety, follow-up note); outcome and minutes stay.
  visitReport: { months: 12, min: 6, max: 120, action: "delete", from: "reported" },
  // The interview notes of a volunteer who has ended.
  interview: { months: 6, min: 1, max: 60, action: "delete", from: "ended" },
  // An ended volunteer's profile: anonymised, so status history and hours still count.
  volunteer: { months: 24, min: 12, max: 120, action: "anonymise", from: "ended" },
  // Open answers of surveys (the scales are anonymous already and stay for the reports).
  surveyText: { months: 12, min: 3, max: 120, action: "delete", from: "month" },
  auditLog: { months: 24, min: 12, max: 120, action: "delete", from: "month" },
  // What was sent to whom, once sent (the text goes at sending already).
  emailRecord: { months: 3, min: 1, max: 24, action: "delete", from: "month" },
  // Feedback on the accessibility statement: the sender's words and contact, once answered; the
  // dates (received, due, answered) stay to show the 14 days were kept.
  accessibilityFeedback: { months: 12, min: 3, max: 60, action: "delete", from: "answered" },
};

export type Policy = Record<Kind, number>;

export const defaults: Policy = Object.fromEntries(
  kinds.map((k) => [k, rules[k].months]),
) as Policy;

/** An admin's change: each window a whole number of months within its bounds. */
export const PolicyInput = z.object(
  Object.fromEntries(
    kinds.map((k) => [
      k,
      z
        .number({ error: "error.retentionMonths" })
        .int({ error: "error.retentionMonths" })
        .min(rules[k].min, { error: "error.retentionTooShort" })
        .max(rules[k].max, { error: "error.retentionTooLong" }),
    ]),
  ) as Record<Kind, z.ZodNumber>,
);

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A Helsinki date moved by whole months; a day the month lacks becomes its last (31.1. → 28.2.). */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, lastDayOf(year, month));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The day something whose clock started on `from` (a Helsinki date) is due. */
export const dueOn = (from: string, months: number) => addMonthsToDate(from, months);

export const isDue = (from: string, months: number, today: string) => dueOn(from, months) <= today;

/** The last day of a month (YYYY-MM): a month's records start their clock when it has ended. */
export function endOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(lastDayOf(y, m)).padStart(2, "0")}`;
}

/**
 * The latest clock start that is due today: everything that started on or before it is due.
 * On a month's last day that is the last day of the month `months` back (so 31.1., 30.1. and
 * 29.1. all fall due on 28.2.); otherwise the same day number, clamped.
 */
export function cutoff(today: string, months: number): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const back = addMonthsToDate(`${y}-${String(m).padStart(2, "0")}-01`, -months).slice(0, 7);
  if (d === lastDayOf(y, m)) return endOfMonth(back);
  const [by, bm] = back.split("-").map(Number) as [number, number];
  return `${back}-${String(Math.min(d, lastDayOf(by, bm))).padStart(2, "0")}`;
}

/** A month (YYYY-MM) moved by whole months. */
export const addMonths = (month: string, months: number) =>
  addMonthsToDate(`${month}-01`, months).slice(0, 7);

/** A month's records are due at the end of the month `months` later (January + 3 → 30.4.). */
export const monthDueOn = (month: string, months: number) => endOfMonth(addMonths(month, months));

/** The latest month whose records are due today. */
export function lastDueMonth(today: string, months: number): string {
  const month = today.slice(0, 7);
  return addMonths(month, today === endOfMonth(month) ? -months : -months - 1);
}

/** The months (YYYY-MM) from `first` whose records are due today, oldest first. */
export function dueMonths(first: string, months: number, today: string): string[] {
  const out: string[] = [];
  for (let month = first; monthDueOn(month, months) <= today; month = addMonths(month, 1)) {
    out.push(month);
  }
  return out;
}
