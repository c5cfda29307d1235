import * as z from "zod";
import { actions } from "../audit/audit.ts";
import { addDays, helsinkiDate, helsinkiToUtc, isIsoDate, monthsBetween } from "../util/time.ts";

/**
 * What an admin narrows the log to: a person or thing (the subject), who acted, what was done
 * and the Helsinki days it happened on. Every filter is optional; without days the last 30 are
 * shown. The range is bounded (24 months) so that one look at the log reads a known number of
 * month partitions at most.
 */

export const MAX_MONTHS = 24;
/** Days shown when none are chosen: today and the 30 before it. */
export const DEFAULT_DAYS = 30;

const blankAsMissing = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const day = z.pipe(
  z.transform(blankAsMissing),
  z.optional(z.string().refine(isIsoDate, { error: "error.date" })),
);

/**
 * A request's reference (`R-2026-0001`), a kept subject (`request#req_…`, `volunteer#vol_…`,
 * `coordinator#coo_…`, `settings#organisation`) or a bare id (`req_…`, `vol_…`, `coo_…`).
 */
const SUBJECT =
  /^[a-z][a-z0-9_-]{1,40}#[\w:.-]{1,120}$|^R-\d{4}-\d{1,6}$|^(req|vol|coo)_\w{10,60}$/i;

export const FilterFields = z.object({
  from: day,
  to: day,
  subject: z.pipe(
    z.transform(blankAsMissing),
    z.optional(z.string().trim().regex(SUBJECT, { error: "error.auditSubject" })),
  ),
  actor: z.pipe(
    z.transform(blankAsMissing),
    z.optional(z.string().max(120, { error: "error.tooLong" })),
  ),
  action: z.pipe(
    z.transform(blankAsMissing),
    z.optional(z.enum(actions, { error: "error.invalid" })),
  ),
});

export const FilterInput = FilterFields.superRefine((f, ctx) => {
  const { from, to } = daysOf(f);
  if (from > to) ctx.addIssue({ code: "custom", path: ["to"], message: "error.dateOrder" });
  else if (monthsBetween(startOf(from), endOf(to)).length > MAX_MONTHS) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "error.auditRangeTooLong" });
  }
});
export type Filters = z.output<typeof FilterFields>;

/** The days the filters cover, defaults filled in (the last 30 days up to today, Helsinki). */
export function daysOf(f: Pick<Filters, "from" | "to">, now = new Date()) {
  const to = f.to ?? helsinkiDate(now);
  return { from: f.from ?? addDays(to, -DEFAULT_DAYS), to };
}

/** The first instant of a Helsinki day. */
export const startOf = (day: string) => helsinkiToUtc(day, "00:00").toISOString();

/** The last instant (to the millisecond) of a Helsinki day, DST days included. */
export const endOf = (day: string) =>
  new Date(helsinkiToUtc(addDays(day, 1), "00:00").getTime() - 1).toISOString();
