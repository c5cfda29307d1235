import { type Locale, locale } from "../../lib/i18n.ts";
import type { Report } from "./types.ts";

/** The report's numbers for people, and whether a report has any. */

const intlLocale: Record<Locale, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

export const intlLocaleOf = (l: Locale) => intlLocale[l];

/** "1 234", "12,5": a count, hours or a mean, in the UI language (at most two decimals). */
export function formatCell(value: number, l: Locale = locale()): string {
  return new Intl.NumberFormat(intlLocale[l], { maximumFractionDigits: 2 }).format(value);
}

/** True when every figure and every cell of the report is nothing (zero, hidden or unknown). */
export function isEmpty(report: Report): boolean {
  const values = [
    ...report.headline.map((f) => f.value),
    ...report.sections.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))),
  ];
  return values.every((v) => v === null || v === 0);
}
