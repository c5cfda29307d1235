import { Outbox } from "@rinnalla/core/mail";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";

export const emails = new Hono<AppEnv>().get("/failed", access("coordinator"), async (c) =>
  c.json({ emails: await Outbox.failed() }),
);
