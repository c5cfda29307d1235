import { addDays, helsinkiDate } from "../util/time.ts";

/**
 * The Act on the Provision of Digital Services gives 14 days to answer feedback on
 * accessibility. Days are Helsinki calendar days: feedback sent at 00:30 on 1 March Helsinki
 * time (still 28 February in UTC) is due on 15 March, and a change of clocks in between neither
 * adds nor takes away a day.
 */
export const ANSWER_WITHIN_DAYS = 14;

/** The last day to answer (YYYY-MM-DD) of feedback received at this instant. */
export const dueDate = (receivedAt: Date): string =>
  addDays(helsinkiDate(receivedAt), ANSWER_WITHIN_DAYS);

/** Whole days from today (Helsinki) to the due date: 0 on the day, negative when overdue. */
export function daysLeft(due: string, now: Date): number {
  const today = helsinkiDate(now);
  return Math.round(
    (Date.parse(`${due}T12:00:00Z`) - Date.parse(`${today}T12:00:00Z`)) / 86_400_000,
  );
}
