import { Closing, Offering, Visiting } from "@rinnalla/core/lifecycle";
import { Match } from "@rinnalla/core/match";
import { Request, requestFormErrors } from "@rinnalla/core/request";
import { ReportInput } from "@rinnalla/core/visit";
import { Hono } from "hono";
import * as z from "zod";
import * as zm from "zod/mini";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const Version = z.object({ version: z.number().int().min(1) });

export const requests = new Hono<AppEnv>()
  // A bot caught by the honeypot gets the very same answer as a person.
  .post(
    "/",
    access("public"),
    validate("json", Request.SubmitInput, requestFormErrors),
    async (c) => {
      const { reference, confirmationEmail } = await Request.submit(c.req.valid("json"), {
        clientAddress: c.get("clientAddress"),
      });
      return c.json({ reference, confirmationEmail }, 201);
    },
  )
  .get("/:id", access("coordinator"), async (c) =>
    c.json(await Request.detail({ id: c.req.param("id") })),
  )
  .patch(
    "/:id",
    access("coordinator"),
    validate("json", zm.omit(Request.UpdateInput, { id: true })),
    async (c) => {
      await Request.update({ ...c.req.valid("json"), id: c.req.param("id") });
      return c.json(await Request.detail({ id: c.req.param("id") }));
    },
  )
  .post(
    "/:id/notes",
    access("coordinator"),
    validate("json", Request.NoteInput.omit({ id: true })),
    async (c) => {
      await Request.addNote({ ...c.req.valid("json"), id: c.req.param("id") });
      return c.json({ ok: true }, 201);
    },
  )
  .post(
    "/:id/owner",
    access("coordinator"),
    validate("json", Request.OwnerInput.omit({ id: true })),
    async (c) => c.json(await Request.setOwner({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post("/:id/assess", access("coordinator"), validate("json", Version), async (c) =>
    c.json(await Request.assess({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/cancel",
    access("coordinator"),
    validate("json", Request.ReasonInput.omit({ id: true })),
    async (c) => c.json(await Closing.cancel({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/no-volunteer",
    access("coordinator"),
    validate("json", Request.ReasonInput.omit({ id: true })),
    async (c) =>
      c.json(await Closing.closeNoVolunteer({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post("/:id/emails/:emailId/retry", access("coordinator"), async (c) => {
    await Request.retryEmail({ id: c.req.param("id"), emailId: c.req.param("emailId") });
    return c.json({ ok: true });
  })
  .get("/:id/matching", access("coordinator"), async (c) =>
    c.json(await Match.suggest({ id: c.req.param("id") })),
  )
  .post(
    "/:id/offers",
    access("coordinator"),
    validate("json", Offering.MakeInput.omit({ id: true })),
    async (c) =>
      c.json(await Offering.make({ ...c.req.valid("json"), id: c.req.param("id") }), 201),
  )
  .post("/:id/offers/:volunteerId/withdraw", access("coordinator"), async (c) => {
    await Offering.withdraw({ id: c.req.param("id"), volunteerId: c.req.param("volunteerId") });
    return c.json({ ok: true });
  })
  .post(
    "/:id/assign",
    access("coordinator"),
    validate("json", Offering.AssignInput.omit({ id: true })),
    async (c) => c.json(await Offering.assign({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/same-client",
    access("coordinator"),
    validate("json", Request.LinkClientInput.omit({ id: true })),
    async (c) =>
      c.json(await Request.linkClient({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post("/:id/outcome", access("coordinator"), validate("json", ReportInput), async (c) => {
    await Visiting.recordOutcome({ id: c.req.param("id"), report: c.req.valid("json") });
    return c.json(await Request.detail({ id: c.req.param("id") }));
  })
  .post(
    "/:id/follow-up",
    access("coordinator"),
    validate("json", Request.FollowUpInput.omit({ id: true })),
    async (c) =>
      c.json(await Request.followUp({ ...c.req.valid("json"), id: c.req.param("id") }), 201),
  );
