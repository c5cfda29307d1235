import { SignIn } from "@rinnalla/core/auth";
import { Certificate } from "@rinnalla/core/certificate";
import { Visiting, Volunteering } from "@rinnalla/core/lifecycle";
import { Recognition } from "@rinnalla/core/recognition";
import { Progress } from "@rinnalla/core/training";
import { Bank, Volunteer } from "@rinnalla/core/volunteer";
import { Hono } from "hono";
import { access, clearSessionCookie, setSessionCookie } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";
import { pdfResponse } from "./training.ts";

const withoutId = { id: true } as const;

/** The volunteer bank for coordinators, and the public application. */
export const volunteers = new Hono<AppEnv>()
  .post("/apply", access("public"), validate("json", Volunteer.ApplyInput), async (c) => {
    await Volunteer.apply(c.req.valid("json"), { clientAddress: c.get("clientAddress") });
    return c.json({ received: true }, 201);
  })
  .get("/", access("coordinator"), validate("query", Bank.BankInput), async (c) =>
    c.json(await Bank.search(c.req.valid("query"))),
  )
  .get("/:id", access("coordinator"), async (c) =>
    c.json(await Volunteer.detail({ id: c.req.param("id") })),
  )
  .put(
    "/:id/interview",
    access("coordinator"),
    validate("json", Volunteer.interview.schema.omit(withoutId)),
    async (c) =>
      c.json(await Volunteer.interview({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/status",
    access("coordinator"),
    validate("json", Volunteering.changeStatus.schema.omit(withoutId)),
    async (c) =>
      c.json(await Volunteering.changeStatus({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .put(
    "/:id/profile",
    access("coordinator"),
    validate("json", Volunteer.updateProfile.schema.omit(withoutId)),
    async (c) =>
      c.json(await Volunteer.updateProfile({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/:id/notes",
    access("coordinator"),
    validate("json", Volunteer.addNote.schema.omit(withoutId)),
    async (c) => {
      await Volunteer.addNote({ ...c.req.valid("json"), id: c.req.param("id") });
      return c.json({ ok: true }, 201);
    },
  )
  .post("/:id/link", access("coordinator"), async (c) => {
    await Volunteer.sendSelfLink({ id: c.req.param("id") });
    return c.json({ sent: true }, 202);
  });

/** A volunteer's way in to their own pages: a link by email, then a button. */
export const volunteerAuth = new Hono<AppEnv>()
  .post(
    "/link",
    access("public"),
    validate("json", Volunteer.requestSelfLink.schema),
    async (c) => {
      await Volunteer.requestSelfLink(c.req.valid("json"), {
        clientAddress: c.get("clientAddress"),
      });
      return c.json({ sent: true }, 202);
    },
  )
  .post("/verify", access("public"), validate("json", Volunteer.SelfLinkToken), async (c) => {
    const { cookie } = await Volunteer.signInWithLink(c.req.valid("json").token);
    setSessionCookie(c, cookie);
    return c.json({ ok: true });
  });

/** A volunteer's own data: the session decides whose, never the request. */
export const me = new Hono<AppEnv>()
  .get("/volunteer", access("volunteer"), async (c) => c.json(await Volunteer.me()))
  .get("/volunteer/visits", access("volunteer"), async (c) => c.json(await Visiting.mine()))
  .get("/volunteer/training", access("volunteer"), async (c) => c.json(await Progress.mine()))
  .get("/volunteer/recognition", access("volunteer"), async (c) => c.json(await Recognition.mine()))
  .put(
    "/volunteer/recognition",
    access("volunteer"),
    validate("json", Recognition.PreferencesInput),
    async (c) => c.json(await Recognition.choose(c.req.valid("json"))),
  )
  .get("/volunteer/certificates", access("volunteer"), async (c) =>
    c.json({ certificates: await Certificate.mine() }),
  )
  .get("/volunteer/certificates/:id/pdf", access("volunteer"), async (c) =>
    pdfResponse(c, await Certificate.ownPdf(c.req.param("id"))),
  )
  .put(
    "/volunteer/profile",
    access("volunteer"),
    validate("json", Volunteer.updateOwnProfile.schema),
    async (c) => c.json(await Volunteer.updateOwnProfile(c.req.valid("json"))),
  )
  .post(
    "/volunteer/pause",
    access("volunteer"),
    validate("json", Volunteering.pauseSelf.schema),
    async (c) => c.json(await Volunteering.pauseSelf(c.req.valid("json"))),
  )
  .post(
    "/volunteer/notice",
    access("volunteer"),
    validate("json", Volunteer.acknowledgeNotice.schema),
    async (c) => c.json(await Volunteer.acknowledgeNotice(c.req.valid("json"))),
  )
  .post(
    "/volunteer/resume",
    access("volunteer"),
    validate("json", Volunteer.resumeSelf.schema),
    async (c) => c.json(await Volunteer.resumeSelf(c.req.valid("json"))),
  )
  .post("/sign-out", access("volunteer"), async (c) => {
    await SignIn.signOut(c.get("session").id);
    clearSessionCookie(c);
    return c.json({ signedOut: true });
  });
