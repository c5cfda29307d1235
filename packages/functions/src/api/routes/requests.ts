import { Request, RequestInput } from "@rinnalla/core/request/index.ts";
import { Hono } from "hono";
import type { AppEnv } from "../app.ts";
import { validate } from "../validate.ts";

export const requests = new Hono<AppEnv>().post("/", validate("json", RequestInput), async (c) => {
  const result = await Request.submit(c.req.valid("json"), {
    clientAddress: c.get("clientAddress"),
  });
  if (result.kind === "discarded")
    return c.json({ reference: null, confirmationEmail: false }, 201);
  return c.json({ reference: result.reference, confirmationEmail: result.confirmationEmail }, 201);
});
