import { Cancellation, Offer } from "@rinnalla/core/offer/index.ts";
import { CantComeInput, ReportInput, VisitPage } from "@rinnalla/core/visit/index.ts";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../app.ts";
import { validate } from "../validate.ts";

/**
 * The email links that need no account. GETs only read (mail scanners open links); each state
 * change is a POST from the page's button, and a second press answers with what already happened.
 */
export const links = new Hono<AppEnv>()
  .get("/offer/:token", access("public"), async (c) =>
    c.json(await Offer.viewByLink(c.req.param("token"))),
  )
  .post("/offer/:token/accept", access("public"), async (c) =>
    c.json({ outcome: await Offer.accept(c.req.param("token")) }),
  )
  .post(
    "/offer/:token/decline",
    access("public"),
    validate("json", Offer.DeclineInput),
    async (c) =>
      c.json({ outcome: await Offer.decline(c.req.param("token"), c.req.valid("json")) }),
  )
  .get("/visit/:token", access("public"), async (c) =>
    c.json(await VisitPage.viewByLink(c.req.param("token"))),
  )
  .post("/visit/:token/cant-come", access("public"), validate("json", CantComeInput), async (c) =>
    c.json({ outcome: await VisitPage.cantCome(c.req.param("token"), c.req.valid("json")) }),
  )
  .post("/visit/:token/report", access("public"), validate("json", ReportInput), async (c) =>
    c.json({ outcome: await VisitPage.report(c.req.param("token"), c.req.valid("json")) }),
  )
  .get("/cancel/:token", access("public"), async (c) =>
    c.json(await Cancellation.viewByLink(c.req.param("token"))),
  )
  .post("/cancel/:token", access("public"), validate("json", Cancellation.CancelInput), async (c) =>
    c.json({
      outcome: await Cancellation.byRequester(c.req.param("token"), c.req.valid("json")),
    }),
  );
