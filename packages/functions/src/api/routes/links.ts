import { Feedback } from "@rinnalla/core/feedback";
import { Rsvp } from "@rinnalla/core/gathering";
import { Closing, Offering, Visiting } from "@rinnalla/core/lifecycle";
import { Short } from "@rinnalla/core/reach";
import { Survey } from "@rinnalla/core/survey";
import { Cohort } from "@rinnalla/core/training";
import { VisibleError } from "@rinnalla/core/util";
import { CantComeInput, ReportInput } from "@rinnalla/core/visit";
import { type Context, Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

/** The header an email link's token travels in: never in a path, so never in an access log. */
export const LINK_TOKEN_HEADER = "x-link-token";
const token = (c: Context) => c.req.header(LINK_TOKEN_HEADER) ?? "";

/**
 * The email links that need no account. GETs only read (mail scanners open links); each state
 * change is a POST from the page's button, and a second press answers with what already happened.
 */
export const links = new Hono<AppEnv>()
  // A text message's short link (`/s#<code>`): where it leads, a link of the kinds below.
  .get("/short", access("public"), async (c) => {
    const path = await Short.open(token(c));
    if (!path) throw new VisibleError(404, "link_invalid", "error.linkUnknown");
    return c.json({ path });
  })
  .get("/offer", access("public"), async (c) => c.json(await Offering.viewByLink(token(c))))
  .post("/offer/accept", access("public"), async (c) =>
    c.json({ outcome: await Offering.accept(token(c)) }),
  )
  .post("/offer/decline", access("public"), validate("json", Offering.DeclineInput), async (c) =>
    c.json({ outcome: await Offering.decline(token(c), c.req.valid("json")) }),
  )
  .get("/visit", access("public"), async (c) => c.json(await Visiting.viewByLink(token(c))))
  .post("/visit/cant-come", access("public"), validate("json", CantComeInput), async (c) =>
    c.json({ outcome: await Visiting.cantCome(token(c), c.req.valid("json")) }),
  )
  .post("/visit/report", access("public"), validate("json", ReportInput), async (c) =>
    c.json({ outcome: await Visiting.report(token(c), c.req.valid("json")) }),
  )
  .get("/training", access("public"), async (c) => c.json(await Cohort.viewInvitation(token(c))))
  .post("/training/accept", access("public"), async (c) =>
    c.json(await Cohort.answerInvitation(token(c), true)),
  )
  .post("/training/decline", access("public"), async (c) =>
    c.json(await Cohort.answerInvitation(token(c), false)),
  )
  .get("/feedback", access("public"), async (c) => {
    const { survey, questions } = await Survey.openByToken(token(c));
    return c.json({
      title: survey.title,
      anonymous: survey.anonymous,
      closesAt: survey.closesAt,
      questions,
    });
  })
  .post("/feedback", access("public"), validate("json", Survey.AnswerInput), async (c) =>
    c.json(await Survey.answer(token(c), c.req.valid("json"))),
  )
  .get("/survey", access("public"), async (c) => c.json(await Feedback.viewByLink(token(c))))
  .post("/survey", access("public"), validate("json", Feedback.AnswerInput), async (c) =>
    c.json(await Feedback.answer(token(c), c.req.valid("json"))),
  )
  .post("/survey/stop", access("public"), async (c) => c.json(await Feedback.stop(token(c))))
  .get("/gathering", access("public"), async (c) => c.json(await Rsvp.viewByLink(token(c))))
  .post("/gathering", access("public"), validate("json", Rsvp.AnswerInput), async (c) =>
    c.json(await Rsvp.answer(token(c), c.req.valid("json"))),
  )
  .get("/cancel", access("public"), async (c) => c.json(await Closing.viewByLink(token(c))))
  .post("/cancel", access("public"), validate("json", Closing.CancelInput), async (c) =>
    c.json({ outcome: await Closing.byRequester(token(c), c.req.valid("json")) }),
  );
