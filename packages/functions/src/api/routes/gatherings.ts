import { Gathering, GatheringAfter, gatheredBy } from "@rinnalla/core/gathering";
import { Recognition } from "@rinnalla/core/recognition";
import { type Context, Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const id = (c: Context) => c.req.param("id") ?? "";

/** Gatherings for coordinators: the seasons, each gathering's details, guests and attendance. */
export const gatherings = new Hono<AppEnv>()
  .get("/", access("coordinator"), async (c) => c.json(await Gathering.list()))
  .post("/", access("coordinator"), validate("json", Gathering.DetailsInput), async (c) =>
    c.json(await Gathering.create(c.req.valid("json")), 201),
  )
  .get("/seasons", access("coordinator"), async (c) => c.json(await Gathering.seasonSettings()))
  .put("/seasons", access("admin"), validate("json", Gathering.SettingsInput), async (c) =>
    c.json(await Gathering.saveSeasonSettings(c.req.valid("json"))),
  )
  .get("/volunteers/:id", access("coordinator"), async (c) =>
    c.json({ gatherings: await gatheredBy(id(c)), ...(await Recognition.ofVolunteer(id(c))) }),
  )
  .get("/:id", access("coordinator"), async (c) => c.json(await Gathering.detail({ id: id(c) })))
  .put(
    "/:id",
    access("coordinator"),
    validate("json", Gathering.SaveInput.omit({ id: true })),
    async (c) => c.json(await Gathering.save({ ...c.req.valid("json"), id: id(c) })),
  )
  .post(
    "/:id/publish",
    access("coordinator"),
    validate("json", Gathering.PublishInput.omit({ id: true })),
    async (c) => c.json(await Gathering.publish({ ...c.req.valid("json"), id: id(c) })),
  )
  .post(
    "/:id/cancel",
    access("coordinator"),
    validate("json", Gathering.PublishInput.omit({ id: true })),
    async (c) => c.json(await Gathering.cancel({ ...c.req.valid("json"), id: id(c) })),
  )
  .post(
    "/:id/attendance",
    access("coordinator"),
    validate("json", GatheringAfter.AttendanceInput.omit({ id: true })),
    async (c) =>
      c.json({
        guests: await GatheringAfter.markAttendance({ ...c.req.valid("json"), id: id(c) }),
      }),
  )
  .post("/:id/thanks", access("coordinator"), async (c) =>
    c.json(await GatheringAfter.sendThanks({ id: id(c) })),
  );

/** Recognition for coordinators: who is due for thanks, and thanking them. */
export const thanks = new Hono<AppEnv>()
  .get("/due", access("coordinator"), async (c) => c.json({ due: await Recognition.due() }))
  .post("/", access("coordinator"), validate("json", Recognition.SendInput), async (c) =>
    c.json(await Recognition.send(c.req.valid("json"))),
  );
