import type { Answer, api } from "../../lib/api.ts";

/** The report as the API sends it, typed from the API client. */

export type Report = Answer<typeof api.reports.$get>;
export type ReportSection = Report["sections"][number];
export type ReportTable = ReportSection["tables"][number];
export type Figure = Report["headline"][number];
