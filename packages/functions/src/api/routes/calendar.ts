import { Calendar } from "@rinnalla/core/calendar";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

export const calendar = new Hono<AppEnv>().get(
  "/",
  access("coordinator"),
  validate("query", Calendar.RangeInput),
  async (c) => c.json(await Calendar.visits(c.req.valid("query"))),
);
