import * as Alert from "@rinnalla/core/alert";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";

export const alerts = new Hono<AppEnv>()
  .get("/", access("coordinator"), async (c) => c.json({ alerts: await Alert.open() }))
  .post("/:id/resolve", access("coordinator"), async (c) => {
    await Alert.resolve({ id: c.req.param("id") });
    return c.json({ ok: true });
  });
