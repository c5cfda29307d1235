import { For, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { type Locale, type MessageKey, tr } from "../../lib/i18n.ts";
import { formatCell } from "./numbers.ts";
import type { Period } from "./period.ts";
import { ReportChart } from "./ReportChart.tsx";
import type { ReportTable } from "./types.ts";

/** A cell's number, or "–" for a hidden or unknown one, said in words to screen readers. */
export function CellValue(props: { value: number | null; unit?: string | undefined }) {
  return (
    <Show
      when={props.value !== null}
      fallback={
        <>
          <span aria-hidden="true">–</span>
          <span class="visually-hidden">{tr("coord.reports.hiddenCell")}</span>
        </>
      }
    >
      {formatCell(props.value ?? 0)}
      <Show when={props.unit}>{(unit) => ` ${unit()}`}</Show>
    </Show>
  );
}

const basisText: Record<ReportTable["basis"], MessageKey> = {
  recorded: "coord.reports.basis.recorded",
  sample: "coord.reports.basis.sample",
  estimate: "coord.reports.basis.estimate",
};

/** The address of a table's CSV, for the same period and language as the page. */
export const csvHref = (table: ReportTable, period: Period, lang: Locale) =>
  api.reports.csv.$path({ query: { ...period, lang, table: table.id } });

/**
 * One table of the report under its title: its chart when it has one, the table (the title as
 * its caption too, row and column headers, numbers right-aligned), what it is based on and its
 * note, and its CSV.
 */
export function ReportTableView(props: { table: ReportTable; period: Period; lang: Locale }) {
  const columns = () => props.table.columns.length;
  return (
    <div class="report-block" id={`report-${props.table.id}`}>
      <h3 class="report-block__title">{props.table.title}</h3>
      <Show when={props.table.chart && props.table.rows.length > 0}>
        <ReportChart table={props.table} />
      </Show>
      <div class="table-wrap">
        <table class="data-table report-table" data-testid={`report-table-${props.table.id}`}>
          <caption class="visually-hidden">{props.table.title}</caption>
          <thead>
            <tr>
              <td />
              <For each={props.table.columns}>
                {(column) => <th scope="col">{column.label}</th>}
              </For>
            </tr>
          </thead>
          <tbody>
            <For
              each={props.table.rows}
              fallback={
                <tr>
                  <td colspan={columns() + 1}>{tr("coord.reports.noRows")}</td>
                </tr>
              }
            >
              {(row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  <For each={row.cells}>
                    {(cell) => (
                      <td class="report-table__number">
                        <CellValue value={cell} />
                      </td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p class="report-note">
        {tr(basisText[props.table.basis])}
        <Show when={props.table.note}>{(note) => ` ${note()}`}</Show>
      </p>
      <p class="report-csv">
        <a
          href={csvHref(props.table, props.period, props.lang)}
          download=""
          data-testid={`report-csv-${props.table.id}`}
        >
          {tr("coord.reports.csv")}
          <span class="visually-hidden">: {props.table.title}</span>
        </a>
      </p>
    </div>
  );
}
