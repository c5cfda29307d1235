import { audiences, Feedback } from "@rinnalla/core/feedback";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

/** Feedback for coordinators: the year's results, answers given on paper or by phone, the questions. */
export const feedback = new Hono<AppEnv>()
  .get("/results", access("coordinator"), validate("query", Feedback.ResultsInput), async (c) =>
    c.json(await Feedback.results(c.req.valid("query"))),
  )
  .post("/entries", access("coordinator"), validate("json", Feedback.EntryInput), async (c) =>
    c.json(await Feedback.enter(c.req.valid("json")), 201),
  )
  .get("/questionnaires", access("coordinator"), async (c) =>
    c.json({ questionnaires: await Promise.all(audiences.map((a) => Feedback.current(a))) }),
  )
  .put("/questionnaires", access("admin"), validate("json", Feedback.SaveInput), async (c) =>
    c.json(await Feedback.save(c.req.valid("json"))),
  );
