import { Jobs } from "@rinnalla/core/jobs";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";

export const jobs = new Hono<AppEnv>()
  .get("/", access("coordinator"), async (c) => c.json(await Jobs.list()))
  .post("/:id/run", access("coordinator"), async (c) =>
    c.json(await Jobs.runNow({ id: c.req.param("id") as never })),
  );
