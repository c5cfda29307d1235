import { stringify } from "csv-stringify/sync";
import { t } from "../i18n/index.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Cell, ReportTable } from "./shape.ts";

/**
 * Pure: tables as CSV for Excel — UTF-8 with a byte-order mark (so ä and ö open right), `;`
 * between fields in Finnish and Swedish as their Excel expects, and any text that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, return at its start) made inert by a leading
 * apostrophe. An empty field is a hidden cell.
 */
const BOM = "\uFEFF";
const FORMULA = /^[=+\-@\t\r]/;

export const inert = (text: string) => (FORMULA.test(text) ? `'${text}` : text);

const delimiter = (locale: Locale) => (locale === "en" ? "," : ";");

const cell = (value: Cell, locale: Locale) =>
  value === null ? "" : locale === "en" ? String(value) : String(value).replace(".", ",");

export function tableCsv(table: ReportTable, locale: Locale): string {
  const rows = [
    ["", ...table.columns.map((c) => inert(c.label))],
    ...table.rows.map((r) => [inert(r.label), ...r.cells.map((c) => cell(c, locale))]),
  ];
  return BOM + stringify(rows, { delimiter: delimiter(locale), record_delimiter: "windows" });
}

/** The funder's export: one figure a row, its value and how it was arrived at. */
export function figuresCsv(
  rows: { label: string; value: Cell; basis: ReportTable["basis"] }[],
  locale: Locale,
): string {
  const head = ["reports.csv.figure", "reports.csv.value", "reports.csv.basis"] as const;
  return (
    BOM +
    stringify(
      [
        head.map((k) => t(locale, k)),
        ...rows.map((r) => [
          inert(r.label),
          cell(r.value, locale),
          t(locale, `reports.basis.${r.basis}`),
        ]),
      ],
      { delimiter: delimiter(locale), record_delimiter: "windows" },
    )
  );
}
