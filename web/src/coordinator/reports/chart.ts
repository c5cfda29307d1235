import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import type { ReportTable } from "./types.ts";

/**
 * Chart.js with only what the reports draw (lines and bars on a category and a linear scale,
 * a legend and tooltips). Loaded by a dynamic import from the reports page alone, so neither
 * the public pages nor the rest of the workspace carry it.
 */
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/** A printed page is narrower than the screen: the charts take its width, then the screen's again. */
const resizeAll = () => {
  for (const chart of Object.values(Chart.instances)) chart.resize();
};
window.addEventListener("beforeprint", resizeAll);
window.addEventListener("afterprint", resizeAll);

/**
 * Series told apart by more than colour: each colour has at least 4.5:1 on white, and each line
 * its own dash and point shape.
 */
const colours = ["#00594f", "#005ea5", "#8a4500", "#6b2c91"] as const;
const dashes = [[], [8, 4], [2, 3], [12, 4, 2, 4]];
const points = ["circle", "rect", "triangle", "rectRot"] as const;

const reducedMotion = () => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;

function datasets(table: ReportTable): ChartDataset<"line" | "bar", (number | null)[]>[] {
  const drawn = (id: string) => !table.chartColumns || table.chartColumns.includes(id);
  return table.columns
    .flatMap((column, i) => (drawn(column.id) ? [{ column, i }] : []))
    .map(({ column, i }) => {
      const colour = colours[i % colours.length] ?? colours[0];
      const data = table.rows.map((row) => row.cells[i] ?? null);
      return table.chart === "bar"
        ? { type: "bar", label: column.label, data, backgroundColor: colour }
        : {
            type: "line",
            label: column.label,
            data,
            borderColor: colour,
            backgroundColor: colour,
            borderDash: dashes[i % dashes.length] ?? [],
            pointStyle: points[i % points.length] ?? "circle",
            pointRadius: 4,
            borderWidth: 2,
          };
    });
}

/**
 * Draws a report table: `line`, each column a series over the rows (months, cohorts); `bar`,
 * the column over the rows. Hidden cells are gaps. The numbers are in the table under it.
 */
export function drawChart(canvas: HTMLCanvasElement, table: ReportTable, locale: string): Chart {
  const series = datasets(table);
  const config: ChartConfiguration<"line" | "bar", (number | null)[], string> = {
    type: table.chart === "bar" ? "bar" : "line",
    data: { labels: table.rows.map((row) => row.label), datasets: series },
    options: {
      locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion() ? false : { duration: 400 },
      scales: { y: { beginAtZero: true, ticks: { precision: 0, color: "#4a4a4a" } } },
      plugins: {
        legend: { display: series.length > 1, labels: { color: "#1b1b1b", usePointStyle: true } },
        tooltip: { enabled: true },
      },
    },
  };
  return new Chart(canvas, config);
}
