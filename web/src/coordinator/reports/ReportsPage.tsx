import { helsinkiDate } from "@rinnalla/core/util";
import { useSearchParams } from "@solidjs/router";
import { createEffect, on, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { locale, tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { LoadState } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { PeriodForm } from "./PeriodForm.tsx";
import { isMonth, type Period, periodInAddress } from "./period.ts";
import { ReportView } from "./ReportView.tsx";
import "./reports.css";

/** Print and the funder's yearly CSV, for the year the period ends in. */
function Actions(props: { period: Period }) {
  const year = () => props.period.to.slice(0, 4);
  return (
    <div class="button-row report-actions">
      <button
        type="button"
        id="report-print"
        class="button button--secondary"
        onClick={() => window.print()}
      >
        {tr("coord.reports.print")}
      </button>
      <Show when={isMonth(props.period.to)}>
        <a
          class="button button--secondary"
          href={api.reports.funder.$path({ query: { year: year(), lang: locale() } })}
          download=""
          data-testid="report-funder"
        >
          {tr("coord.reports.funder", { year: year() })}
        </a>
      </Show>
    </div>
  );
}

/**
 * The reports: a period's figures for the board and the funder, in the UI language. The period
 * is in the address (`?from=2026-06&to=2027-05`), this Helsinki year so far unless chosen, so a
 * report can be linked to and survives a reload. Every table has its CSV; the page prints clean.
 */
export default function ReportsPage() {
  const call = useApi();
  const [params, setParams] = useSearchParams<{ from?: string; to?: string }>();
  const current = helsinkiDate(new Date()).slice(0, 7);
  const period = () => periodInAddress(params, current);
  const keyOf = () => `${period().from}|${period().to}|${locale()}`;
  const report = createLoader(async () => {
    const key = keyOf();
    const result = await call(api.reports.$get({ query: { ...period(), lang: locale() } }));
    return result.ok ? { ...result, data: { key, report: result.data } } : result;
  });
  createEffect(on(keyOf, () => void report.reload()));
  const shown = () => {
    const data = report.data();
    return data && data.key === keyOf() && !report.loading() ? data.report : undefined;
  };
  const serverErrors = () => {
    const failure = report.failure();
    return failure?.kind === "validation" && !report.loading() ? failure.fields : undefined;
  };

  return (
    <div class="report-page">
      <PageHeading title={tr("coord.reports.title")} />
      <p class="lead">{tr("coord.reports.lead")}</p>
      <PeriodForm
        period={period()}
        current={current}
        serverErrors={serverErrors()}
        onChoose={(chosen) => setParams({ from: chosen.from, to: chosen.to })}
      />
      <Show
        when={shown()}
        fallback={
          <Show when={!serverErrors()}>
            <LoadState failure={report.failure()} retry={() => void report.reload()} />
          </Show>
        }
      >
        {(data) => (
          <>
            <Actions period={period()} />
            <ReportView report={data()} period={period()} lang={locale()} />
          </>
        )}
      </Show>
    </div>
  );
}
