import { Certificate } from "@rinnalla/core/certificate";
import { Qualifying } from "@rinnalla/core/lifecycle";
import { Survey } from "@rinnalla/core/survey";
import { Cohort, Course, Progress } from "@rinnalla/core/training";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const withoutId = { id: true } as const;
const id = (c: Context) => c.req.param("id") ?? "";

/** A certificate's PDF as a download named by its serial. */
export const pdfResponse = (c: Context, file: { serial: string; bytes: Buffer }) =>
  c.body(new Uint8Array(file.bytes), 200, {
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="${file.serial}.pdf"`,
  });

/** Training for coordinators: the course, cohorts, attendance, feedback, completion, certificates. */
export const training = new Hono<AppEnv>()
  .get("/course", access("coordinator"), async (c) => c.json(await Course.current()))
  .put("/course", access("admin"), validate("json", Course.CourseInput), async (c) =>
    c.json(await Course.update(c.req.valid("json"))),
  )
  .get("/cohorts", access("coordinator"), async (c) => c.json({ cohorts: await Cohort.list() }))
  .get("/candidates", access("coordinator"), async (c) =>
    c.json({ volunteers: await Cohort.candidates() }),
  )
  .post("/cohorts", access("coordinator"), validate("json", Cohort.PlanInput), async (c) =>
    c.json(await Cohort.plan(c.req.valid("json")), 201),
  )
  .get("/cohorts/:id", access("coordinator"), async (c) =>
    c.json(await Cohort.detail({ id: id(c) })),
  )
  .post(
    "/cohorts/:id/participants",
    access("coordinator"),
    validate("json", Cohort.EnrolInput.omit(withoutId)),
    async (c) =>
      c.json({ participants: await Cohort.enrol({ ...c.req.valid("json"), id: id(c) }) }),
  )
  .post(
    "/cohorts/:id/sessions/:n/attendance",
    access("coordinator"),
    validate("json", Cohort.AttendanceInput.omit({ id: true, n: true })),
    async (c) =>
      c.json({
        attendance: await Cohort.markAttendance({
          ...c.req.valid("json"),
          id: id(c),
          n: Number(c.req.param("n")),
        }),
      }),
  )
  .post("/cohorts/:id/feedback", access("coordinator"), async (c) =>
    c.json(await Cohort.requestFeedback({ id: id(c) })),
  )
  .get("/cohorts/:id/feedback", access("coordinator"), async (c) =>
    c.json({ surveys: await Cohort.feedbackStatus({ id: id(c) }) }),
  )
  .get("/surveys/:id/results", access("coordinator"), async (c) =>
    c.json(await Survey.results({ id: id(c) })),
  )
  .post("/surveys/:id/close", access("coordinator"), async (c) =>
    c.json(await Survey.close({ id: id(c) })),
  )
  .get("/volunteers/:id", access("coordinator"), async (c) =>
    c.json(await Progress.forVolunteer({ id: id(c) })),
  )
  .post(
    "/volunteers/:id/complete",
    access("coordinator"),
    validate("json", z.object({ version: z.number().int().min(1) })),
    async (c) => c.json(await Qualifying.confirm({ ...c.req.valid("json"), id: id(c) })),
  );

/** Certificates: issued and withdrawn by coordinators, verified by anyone with the link. */
export const certificates = new Hono<AppEnv>()
  .get("/verify/:id", access("public"), async (c) => c.json(await Certificate.verify(id(c))))
  .get("/of/:id", access("coordinator"), async (c) =>
    c.json({ certificates: await Certificate.ofVolunteerForCoordinator({ id: id(c) }) }),
  )
  .get("/of/:id/service-draft", access("coordinator"), async (c) =>
    c.json(await Certificate.draftService({ id: id(c) })),
  )
  .post(
    "/of/:id/service",
    access("coordinator"),
    validate("json", Certificate.IssueServiceInput.omit(withoutId)),
    async (c) => c.json(await Certificate.issueService({ ...c.req.valid("json"), id: id(c) }), 201),
  )
  .post("/:id/revoke", access("coordinator"), async (c) =>
    c.json(await Certificate.revoke({ id: id(c) })),
  )
  .get("/:id/pdf", access("coordinator"), async (c) =>
    pdfResponse(c, await Certificate.pdf(id(c))),
  );
