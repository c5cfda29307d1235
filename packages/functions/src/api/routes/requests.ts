import { Match } from "@rinnalla/core/match/index.ts";
import { Offer } from "@rinnalla/core/offer/index.ts";
import { Request, RequestManagement } from "@rinnalla/core/request/index.ts";
import { ReportInput, VisitPage } from "@rinnalla/core/visit/index.ts";
import { Hono } from "hono";
import * as z from "zod";
import * as zm from "zod/mini";
import { access } from "../access.ts";
import type { AppEnv } from "../app.ts";
import { validate } from "../validate.ts";

const Version = z.object({ version: z.number().int().min(1) });

export const requests = new Hono<AppEnv>()
  // A bot caught by the honeypot gets the very same answer as a person.
  .post("/", access("public"), validate("json", Request.SubmitInput), async (c) => {
    const { reference, confirmationEmail } = await Request.submit(c.req.valid("json"), {
      clientAddress: c.get("clientAddress"),
    });
    return c.json({ reference, confirmationEmail }, 201);
  })
  .get("/:id", access("coordinator"), async (c) =>
    c.json(await RequestManagement.detail({ id: c.req.param("id") })),
  )
  .patch(
    "/:id",
    access("coordinator"),
    validate("json", zm.omit(RequestManagement.UpdateInput, { id: true })),
    async (c) => {
      await RequestManagement.update({ ...c.req.valid("json"), id: c.req.param("id") });
      return c.json(await RequestManagement.detail({ id: c.req.param("id") }));
    },
  )
  .post(
    "/:id/notes",
    access("coordinator"),
    validate("json", RequestManagement.NoteInput.omit({ id: true })),
    async (c) => {
      await RequestManagement.addNote({ ...c.req.valid("json"), id: c.req.param("id") });
      return c.json({ ok: true }, 201);
    },
  )
  .post("/:id/assess", access("coordinator"), validate("json", Version), async (c) =>
    c.json(await RequestManagement.assess({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/cancel",
    access("coordinator"),
    validate("json", RequestManagement.ReasonInput.omit({ id: true })),
    async (c) =>
      c.json(await RequestManagement.cancel({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/no-volunteer",
    access("coordinator"),
    validate("json", RequestManagement.ReasonInput.omit({ id: true })),
    async (c) =>
      c.json(
        await RequestManagement.closeNoVolunteer({ ...c.req.valid("json"), id: c.req.param("id") }),
      ),
  )
  .post("/:id/emails/:emailId/retry", access("coordinator"), async (c) => {
    await RequestManagement.retryEmail({ id: c.req.param("id"), emailId: c.req.param("emailId") });
    return c.json({ ok: true });
  })
  .get("/:id/matching", access("coordinator"), async (c) =>
    c.json(await Match.suggest({ id: c.req.param("id") })),
  )
  .post(
    "/:id/offers",
    access("coordinator"),
    validate("json", Offer.MakeInput.omit({ id: true })),
    async (c) => c.json(await Offer.make({ ...c.req.valid("json"), id: c.req.param("id") }), 201),
  )
  .post("/:id/offers/:volunteerId/withdraw", access("coordinator"), async (c) => {
    await Offer.withdraw({ id: c.req.param("id"), volunteerId: c.req.param("volunteerId") });
    return c.json({ ok: true });
  })
  .post(
    "/:id/assign",
    access("coordinator"),
    validate("json", Offer.AssignInput.omit({ id: true })),
    async (c) => c.json(await Offer.assign({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/same-client",
    access("coordinator"),
    validate("json", RequestManagement.LinkClientInput.omit({ id: true })),
    async (c) =>
      c.json(await RequestManagement.linkClient({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post("/:id/outcome", access("coordinator"), validate("json", ReportInput), async (c) => {
    await VisitPage.recordOutcome({ id: c.req.param("id"), report: c.req.valid("json") });
    return c.json(await RequestManagement.detail({ id: c.req.param("id") }));
  })
  .post(
    "/:id/follow-up",
    access("coordinator"),
    validate("json", RequestManagement.FollowUpInput.omit({ id: true })),
    async (c) =>
      c.json(
        await RequestManagement.followUp({ ...c.req.valid("json"), id: c.req.param("id") }),
        201,
      ),
  );
