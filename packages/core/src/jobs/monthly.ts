import * as z from "zod";
import { config } from "../config/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import { MONTHLY_REPORT_HOUR } from "../schedule/index.ts";
import { type Figure, Stats } from "../stats/index.ts";
import { addDays, helsinkiDate, helsinkiHour } from "../util/time.ts";
import { isFirstWorkingDay, previousMonth } from "../util/workdays.ts";

/**
 * The monthly report: on the first working day of a month, from 08:00 Helsinki time, one email
 * to each active coordinator who wants it, with the previous month's headline figures in their
 * language and a link to the full report. Counts only: it names nobody. A marker item per month
 * commits with the emails, so a second run, a retry or a second scheduler sends nothing twice.
 */

const Sent = defineItem({
  type: "monthly-report",
  schema: z.object({ month: z.string(), at: z.string(), sent: z.number() }),
  key: (month: string) => ({ pk: "monthly-report", sk: month }),
  id: (m) => m.month,
  // Cleanup after a year and a month (TTL); only the day it went out needs it.
  expiresAt: (m) => Math.floor(Date.parse(`${addDays(m.at.slice(0, 10), 400)}T00:00:00Z`) / 1000),
});

const tags: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** "huhtikuu 2026", "april 2026", "April 2026". */
export const monthName = (locale: Locale, month: string) =>
  new Intl.DateTimeFormat(tags[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

/** One headline figure as a line: "Käyntejä: 1 234", "Vapaaehtoistunteja: 56,5 h". */
function figureLine(locale: Locale, f: Figure): string {
  const value =
    f.value === null
      ? "–"
      : new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 1 }).format(f.value);
  return `${f.label}: ${value}${f.unit && f.value !== null ? ` ${f.unit}` : ""}`;
}

/** The link to the month's full report in the workspace. */
export const reportUrl = (month: string) =>
  `${config().SITE_URL}/coordinator/reports?from=${month}&to=${month}`;

/** The month's figures for one coordinator: the headline only, as a list, and the way on. */
export function monthlyLetter(
  name: string,
  month: string,
  headline: readonly Figure[],
  locale: Locale = "fi",
): Letter {
  const shown = monthName(locale, month);
  return {
    locale,
    name,
    subject: t(locale, "mail.monthly.subject", { month: shown }),
    body: [
      t(locale, "mail.monthly.body", { month: shown }),
      headline.map((f) => figureLine(locale, f)).join("\n"),
      t(locale, "mail.monthly.more"),
      { action: { label: t(locale, "mail.action.monthlyReport"), url: reportUrl(month) } },
      t(locale, "mail.monthly.optOut"),
    ],
  };
}

/** Active coordinators who want it, and the month's headline in each language they read. */
async function recipients(month: string) {
  const wanting = (await Coordinator.list())
    .filter((c) => c.active)
    .map((c) => ({ c, preferences: Coordinator.preferencesOf(c) }))
    .filter(({ preferences }) => preferences.monthlyReport);
  const languages = [...new Set(wanting.map(({ preferences }) => preferences.locale))];
  const reports = await Promise.all(
    languages.map(async (l) => [l, await Stats.reportOf({ from: month, to: month }, l)] as const),
  );
  const headlines = new Map(reports.map(([l, report]) => [l, report.headline]));
  return wanting.map(({ c, preferences: { locale } }) => ({
    c,
    locale,
    headline: headlines.get(locale) ?? [],
  }));
}

export async function sendDue(now = new Date()) {
  if (!isFirstWorkingDay(now)) return { sent: 0, skipped: "not the first working day" };
  if (helsinkiHour(now) < MONTHLY_REPORT_HOUR) return { sent: 0, skipped: "before 08:00" };
  const month = previousMonth(helsinkiDate(now).slice(0, 7));
  // Later runs of the day stop here without reading the figures.
  if (await Sent.get(month)) return { sent: 0, skipped: "already sent this month" };
  const mails = (await recipients(month)).map(({ c, locale, headline }) =>
    Outbox.entry(
      `coordinator#${c.id}`,
      "monthly-report",
      addressed(c.email, monthlyLetter(c.name, month, headline, locale)),
      now,
    ),
  );
  try {
    await Outbox.commit(
      [Sent.put({ month, at: now.toISOString(), sent: mails.length }, when.notExists("pk"))],
      mails,
    );
  } catch (error) {
    if (error instanceof ConditionsFailed) return { sent: 0, skipped: "already sent this month" };
    throw error;
  }
  return { sent: mails.length };
}
