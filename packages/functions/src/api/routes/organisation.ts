import { Organisation } from "@rinnalla/core/organisation";
import { Privacy } from "@rinnalla/core/privacy";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";

/**
 * How to reach the association: the request form and the page after it show it to anyone. With
 * it, the privacy notice in force (its version, date and address if the association's own): the
 * forms send back the version they showed.
 */
export const organisation = new Hono<AppEnv>().get("/", access("public"), async (c) => {
  const o = await Organisation.current();
  return c.json({ ...Organisation.contact(o), notice: Privacy.summary(Privacy.noticeOf(o)) });
});
