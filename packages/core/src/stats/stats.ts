import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { FeedbackPeriod } from "../feedback/index.ts";
import { type Locale, locales } from "../i18n/locale.ts";
import { read } from "../monthly/store.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { figuresCsv, tableCsv } from "./csv.ts";
import { Figures, monthRange, type Period } from "./figures.ts";
import { build } from "./report.ts";
import type { Report, ReportTable } from "./shape.ts";

/**
 * The reports: a period's figures from the monthly counters (one Query, whatever the history)
 * and its feedback from the answers, in the reader's language; as tables, as CSV, and as the
 * funder's yearly list.
 */

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "error.invalid");
/** Ten years is more than any project or board asks for, and keeps one read bounded. */
const MAX_MONTHS = 120;

export const ReportInput = z
  .object({ from: Month, to: Month, lang: z.enum(locales).default("fi") })
  .superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: "custom", path: ["to"], message: "error.periodOrder" });
    else if (monthRange(p.from, p.to).length > MAX_MONTHS) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "error.periodTooLong" });
    }
  });

/** A period's report; the feedback is left out where a caller needs only the counters. */
export async function reportOf(period: Period, locale: Locale): Promise<Report> {
  const [months, facts] = await Promise.all([
    read(period.from, period.to),
    FeedbackPeriod.inPeriod(period.from, period.to, locale),
  ]);
  return build(new Figures(months, period), locale, facts);
}

export const report = fn(ReportInput, async ({ from, to, lang }) => {
  Actor.coordinator();
  return reportOf({ from, to }, lang);
});

export const CsvInput = ReportInput.and(z.object({ table: z.string().min(1).max(60) }));

const tables = (r: Report): ReportTable[] => r.sections.flatMap((s) => s.tables);

/** One table of the report as CSV, named for the download. */
export const csv = fn(CsvInput, async ({ from, to, lang, table: id }) => {
  Actor.coordinator();
  const found = tables(await reportOf({ from, to }, lang)).find((t) => t.id === id);
  if (!found) throw new VisibleError(404, "not_found", "error.notFound");
  return { filename: `rinnalla-${id}-${from}-${to}.csv`, body: tableCsv(found, lang) };
});

export const FunderInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  lang: z.enum(locales).default("fi"),
});

/**
 * The yearly list a funder asks for (STEA): every figure of the year, one a row, each with its
 * basis — counted from records, or a sample (survey answers).
 */
export const funder = fn(FunderInput, async ({ year, lang }) => {
  Actor.coordinator();
  const r = await reportOf({ from: `${year}-01`, to: `${year}-12` }, lang);
  const rows = tables(r)
    .filter((t) => t.id !== "volume-by-month")
    .flatMap((t) =>
      t.rows.flatMap((row) =>
        t.columns.map((c, i) => ({
          label: [t.title, row.label, t.columns.length > 1 ? c.label : ""]
            .filter(Boolean)
            .join(" — "),
          value: row.cells[i] ?? null,
          basis: t.basis,
        })),
      ),
    );
  return { filename: `rinnalla-${year}.csv`, body: figuresCsv(rows, lang) };
});
