/**
 * What a report is, as the API sends it: already in the reader's language, so the page, the
 * CSV and the email show the same words. A cell is a count (or a mean, a percentage, hours);
 * `null` is a cell hidden because fewer than 5 are behind it, or not yet known (a cohort too
 * young for its 12 months).
 */
export type Cell = number | null;

/** How a figure was arrived at, as a funder asks: counted from records, or from survey answers. */
export type Basis = "recorded" | "sample" | "estimate";

export interface ReportTable {
  /** Stable id: the CSV's name and the page's anchor, e.g. `volume-by-month`. */
  id: string;
  title: string;
  basis: Basis;
  columns: { id: string; label: string }[];
  rows: { id: string; label: string; cells: Cell[] }[];
  /** A chart helps here: the rows over time (`line`) or side by side (`bar`). */
  chart?: "line" | "bar";
  /** The columns the chart draws, when not all of them (a count beside percentages). */
  chartColumns?: string[];
  /** One line under the table: what is counted, or why cells are hidden. */
  note?: string;
}

export interface ReportSection {
  id: "volume" | "partners" | "volunteers" | "training" | "feedback" | "matching";
  title: string;
  tables: ReportTable[];
}

export interface Figure {
  id: string;
  label: string;
  value: Cell;
  /** The unit words after the value, e.g. "h" or "%". */
  unit?: string;
}

export interface Report {
  /** Months (YYYY-MM) in Helsinki time, both included. */
  from: string;
  to: string;
  months: string[];
  headline: Figure[];
  sections: ReportSection[];
}
