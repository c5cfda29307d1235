import { Stats } from "@rinnalla/core/stats";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const csvFile = (file: { filename: string; body: string }) =>
  new Response(file.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
    },
  });

/** The reports for coordinators: a period's tables, one table as CSV, the funder's year. */
export const reports = new Hono<AppEnv>()
  .get("/", access("coordinator"), validate("query", Stats.ReportInput), async (c) =>
    c.json(await Stats.report(c.req.valid("query"))),
  )
  .get("/csv", access("coordinator"), validate("query", Stats.CsvInput), async (c) =>
    csvFile(await Stats.csv(c.req.valid("query"))),
  )
  .get("/funder", access("coordinator"), validate("query", Stats.FunderInput), async (c) =>
    csvFile(await Stats.funder(c.req.valid("query"))),
  );
