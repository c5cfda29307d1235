import * as Actor from "@rinnalla/core/actor";
import { SignIn, Totp } from "@rinnalla/core/auth";
import { Coordinator } from "@rinnalla/core/coordinator";
import { Hono } from "hono";
import { access, clearSessionCookie, setSessionCookie } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

export const auth = new Hono<AppEnv>()
  // Same answer whether or not the address belongs to a coordinator.
  .post("/link", access("public"), validate("json", SignIn.LinkInput), async (c) => {
    await SignIn.requestLink(c.req.valid("json"), { clientAddress: c.get("clientAddress") });
    return c.json({ sent: true }, 202);
  })
  .post("/verify", access("public"), validate("json", SignIn.VerifyInput), async (c) => {
    const { cookie, secondFactor } = await SignIn.verify(c.req.valid("json"));
    setSessionCookie(c, cookie);
    return c.json({ secondFactor });
  })
  .get("/me", access("signing-in"), async (c) => {
    const actor = Actor.coordinator();
    const coordinator = await Coordinator.get(actor.coordinatorId);
    return c.json({
      id: actor.coordinatorId,
      name: actor.name,
      email: actor.email,
      role: actor.role,
      secondFactor: c.get("session").secondFactor,
      totpEnrolled: Boolean(coordinator?.totpEnrolledAt),
    });
  })
  .post("/totp", access("signing-in"), validate("json", Totp.CodeInput), async (c) => {
    const { cookie } = await Totp.verify(c.req.valid("json"));
    setSessionCookie(c, cookie);
    return c.json({ secondFactor: "done" as const });
  })
  .post("/totp/enrolment", access("signing-in"), async (c) => {
    return c.json(await Totp.beginEnrolment());
  })
  .post(
    "/totp/enrolment/confirm",
    access("signing-in"),
    validate("json", Totp.EnrolInput),
    async (c) => {
      const { recoveryCodes, cookie } = await Totp.confirmEnrolment(c.req.valid("json"));
      if (cookie) setSessionCookie(c, cookie);
      return c.json({ recoveryCodes });
    },
  )
  .post("/sign-out", access("signing-in"), async (c) => {
    await SignIn.signOut(c.get("session").id);
    clearSessionCookie(c);
    return c.json({ signedOut: true });
  })
  // Fully signed in only: a session still waiting for its code reaches nothing else.
  .post("/sign-out-everywhere", access("coordinator"), async (c) => {
    const ended = await SignIn.signOutEverywhere();
    clearSessionCookie(c);
    return c.json({ signedOut: true, sessions: ended });
  })
  // The signed-in coordinator's own choices: the monthly report by email, their emails' language.
  .get("/preferences", access("coordinator"), async (c) =>
    c.json(await Coordinator.myPreferences()),
  )
  .put(
    "/preferences",
    access("coordinator"),
    validate("json", Coordinator.PreferencesInput),
    async (c) => c.json(await Coordinator.setPreferences(c.req.valid("json"))),
  );
