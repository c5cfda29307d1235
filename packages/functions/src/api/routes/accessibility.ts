import { AccessibilityFeedback } from "@rinnalla/core/accessibility-feedback";
import { fieldErrors } from "@rinnalla/core/request";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

/**
 * Feedback on accessibility: sent by anyone from the accessibility statement (rate-limited like
 * the request form; a bot caught by the honeypot is answered as a person is), listed and marked
 * answered by coordinators.
 */
export const accessibilityFeedback = new Hono<AppEnv>()
  .post(
    "/",
    access("public"),
    validate("json", AccessibilityFeedback.SubmitInput, fieldErrors),
    async (c) =>
      c.json(
        await AccessibilityFeedback.submit(c.req.valid("json"), {
          clientAddress: c.get("clientAddress"),
        }),
        201,
      ),
  )
  .get("/", access("coordinator"), async (c) => c.json(await AccessibilityFeedback.list()))
  .post(
    "/:id/answer",
    access("coordinator"),
    validate("json", AccessibilityFeedback.AnswerInput.omit({ id: true })),
    async (c) =>
      c.json(await AccessibilityFeedback.answer({ ...c.req.valid("json"), id: c.req.param("id") })),
  );
