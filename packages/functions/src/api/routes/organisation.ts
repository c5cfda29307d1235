import { Organisation } from "@rinnalla/core/organisation";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";

/** How to reach the association: the request form and the page after it show it to anyone. */
export const organisation = new Hono<AppEnv>().get("/", access("public"), async (c) =>
  c.json(Organisation.contact(await Organisation.current())),
);
