export * as Rebuild from "./rebuild.ts";
export type { Basis, Cell, Figure, Report, ReportSection, ReportTable } from "./shape.ts";
export * as Stats from "./stats.ts";
