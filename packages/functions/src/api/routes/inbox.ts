import { Inbox } from "@rinnalla/core/request";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

export const inbox = new Hono<AppEnv>()
  .get("/", access("coordinator"), validate("query", Inbox.ListInput), async (c) =>
    c.json(await Inbox.list(c.req.valid("query"))),
  )
  .get("/search", access("coordinator"), validate("query", Inbox.SearchInput), async (c) =>
    c.json(await Inbox.search(c.req.valid("query"))),
  );
