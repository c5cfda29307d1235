import { stringify } from "csv-stringify/sync";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { type Locale, locales, t } from "../i18n/index.ts";
import { fn } from "../util/fn.ts";
import { TIME_ZONE } from "../util/time.ts";
import { daysOf, FilterInput } from "./filters.ts";
import { page, subjectOf } from "./search.ts";

/**
 * The admin's view of the log: filtered pages, and the same filters as a CSV file. Both are
 * for admins only, and taking the file is itself written in the log (who took what, how much).
 */

export const ListInput = FilterInput.and(
  z.object({
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  }),
);

export const list = fn(ListInput, async ({ cursor, limit, ...filters }) => {
  Actor.admin();
  const subject = filters.subject && (await subjectOf(filters.subject));
  return { ...(await page({ ...filters, subject }, cursor, limit ?? 50)), days: daysOf(filters) };
});

/** Rows in one file at most: a bigger log is narrowed first, and the file says it was cut. */
export const MAX_ROWS = 10_000;

export const ExportInput = FilterInput.and(z.object({ lang: z.enum(locales).default("fi") }));

export const exportCsv = fn(ExportInput, async ({ lang, ...filters }, now: Date = new Date()) => {
  Actor.admin();
  const subject = filters.subject && (await subjectOf(filters.subject));
  const entries: Audit.Entry[] = [];
  let cursor: string | undefined;
  do {
    // One more than fits, to know whether the file was cut.
    const next = await page(
      { ...filters, subject },
      cursor,
      Math.min(1000, MAX_ROWS + 1 - entries.length),
    );
    entries.push(...next.entries);
    cursor = next.cursor;
  } while (cursor && entries.length <= MAX_ROWS);
  const truncated = entries.length > MAX_ROWS;
  const rows = entries.slice(0, MAX_ROWS);
  const days = daysOf(filters, now);
  await Audit.record(
    "audit.export",
    "audit-log",
    { ...filters, ...days, ...(subject && { subject }), rows: rows.length, truncated },
    now,
  );
  return {
    filename: `rinnalla-audit-${days.from}-${days.to}.csv`,
    body: auditCsv(rows, lang, truncated),
    truncated,
  };
});

const BOM = "\uFEFF";
// What a spreadsheet would run as a formula; a leading apostrophe makes it text.
const FORMULA = /^[=+\-@\t\r]/;
const inert = (text: string) => (FORMULA.test(text) ? `'${text}` : text);

// `2026-05-03 14:05:09`, Helsinki time: sorts as text and reads the same in every language.
const wallClock = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  dateStyle: "short",
  timeStyle: "medium",
});

/** `reason: moved; to: paused`, as the page shows them. */
const detailsText = (details: Record<string, unknown> | undefined) =>
  Object.entries(details ?? {})
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("; ");

const columns = ["at", "action", "subject", "actorId", "actorEmail", "details"] as const;

/**
 * Pure: entries as CSV for Excel, like the reports' files — UTF-8 with a byte-order mark, `;`
 * in Finnish and Swedish, times in Helsinki, every text made inert (an actor's email or a
 * detail typed by someone could start with `=`). A cut file ends with a line that says so.
 */
export function auditCsv(entries: Audit.Entry[], locale: Locale, truncated = false): string {
  const rows = entries.map((e) =>
    [
      wallClock.format(new Date(e.at)),
      e.action,
      e.subject,
      e.actorId,
      e.actorEmail,
      detailsText(e.details),
    ].map(inert),
  );
  const note = truncated ? [[t(locale, "audit.csv.truncated", { count: entries.length })]] : [];
  return (
    BOM +
    stringify([columns.map((c) => t(locale, `audit.csv.${c}`)), ...rows, ...note], {
      delimiter: locale === "en" ? "," : ";",
      record_delimiter: "windows",
    })
  );
}
