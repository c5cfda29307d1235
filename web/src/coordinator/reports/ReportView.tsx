import { For, Show } from "solid-js";
import { formatDate, formatMonth } from "../../lib/format.ts";
import { type Locale, tr } from "../../lib/i18n.ts";
import { isEmpty } from "./numbers.ts";
import { isMonth, type Period } from "./period.ts";
import { CellValue, ReportTableView } from "./ReportTableView.tsx";
import type { Figure, Report } from "./types.ts";

/** A period's end as the API gives it: a month ("maaliskuu 2027") or a day ("31.3.2027"). */
const endText = (end: string) => (isMonth(end) ? formatMonth(end) : formatDate(end));

/** The key figures as a row of cards: the words, then the number. */
function Headline(props: { figures: Figure[] }) {
  return (
    <section aria-labelledby="report-headline-title">
      <h2 id="report-headline-title" class="visually-hidden">
        {tr("coord.reports.headline")}
      </h2>
      <dl class="report-cards" data-testid="report-headline">
        <For each={props.figures}>
          {(figure) => (
            <div class="report-card" data-figure={figure.id}>
              <dt>{figure.label}</dt>
              <dd>
                <CellValue value={figure.value} unit={figure.unit} />
              </dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}

/**
 * A period's report: the dates it covers, the key figures, then each section with its tables;
 * a line saying so when the period has no figures at all.
 */
export function ReportView(props: { report: Report; period: Period; lang: Locale }) {
  return (
    <div class="report" data-testid="report">
      <p class="report-period" data-testid="report-period">
        {props.report.from === props.report.to
          ? tr("coord.reports.coversOne", { month: endText(props.report.from) })
          : tr("coord.reports.covers", {
              from: endText(props.report.from),
              to: endText(props.report.to),
            })}
      </p>
      <Show
        when={!isEmpty(props.report)}
        fallback={
          <p class="empty" data-testid="report-empty">
            {tr("coord.reports.empty")}
          </p>
        }
      >
        <Headline figures={props.report.headline} />
        <For each={props.report.sections}>
          {(section) => (
            <section
              class="report-section"
              aria-labelledby={`report-section-${section.id}`}
              data-testid={`report-section-${section.id}`}
            >
              <h2 id={`report-section-${section.id}`}>{section.title}</h2>
              <For each={section.tables}>
                {(table) => (
                  <ReportTableView table={table} period={props.period} lang={props.lang} />
                )}
              </For>
            </section>
          )}
        </For>
      </Show>
    </div>
  );
}
