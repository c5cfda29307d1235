import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { locale, tr } from "../../lib/i18n.ts";
import { intlLocaleOf } from "./numbers.ts";
import type { ReportTable } from "./types.ts";

/**
 * A table's chart, above the table: an image to screen readers, named for the table, whose
 * numbers follow in the table itself. Chart.js comes by a dynamic import on the first chart; if
 * it cannot load, the chart's place closes and the table still says everything.
 */
export function ReportChart(props: { table: ReportTable }) {
  let canvas: HTMLCanvasElement | undefined;
  const [failed, setFailed] = createSignal(false);
  onMount(() => {
    let chart: { destroy: () => void } | undefined;
    let gone = false;
    onCleanup(() => {
      gone = true;
      chart?.destroy();
    });
    import("./chart.ts").then(
      ({ drawChart }) => {
        if (!gone && canvas) chart = drawChart(canvas, props.table, intlLocaleOf(locale()));
      },
      () => setFailed(true),
    );
  });
  return (
    <Show when={!failed()}>
      <div class="report-chart" data-testid={`report-chart-${props.table.id}`}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={tr("coord.reports.chart", { title: props.table.title })}
        />
      </div>
    </Show>
  );
}
