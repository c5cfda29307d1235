import { Privacy } from "@rinnalla/core/privacy";
import { VisibleError } from "@rinnalla/core/util";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";

/**
 * The privacy notice, for anyone: the built-in notice's exact text with its version and date
 * (the /privacy page shows these, so what is read is what a consent names), and any version
 * kept, so the terms someone was given can be shown after the text has moved on.
 */
export const privacy = new Hono<AppEnv>()
  .get("/", access("public"), (c) => {
    const { version, since, texts } = Privacy.builtIn;
    return c.json({ version, since, texts });
  })
  .get("/:version", access("public"), async (c) => {
    const found = await Privacy.find(c.req.param("version").slice(0, 100));
    if (!found) throw new VisibleError(404, "not_found", "error.notFound");
    return c.json(found);
  });
