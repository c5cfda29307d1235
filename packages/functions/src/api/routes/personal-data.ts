import { Erasure, LegalHold, PersonalData, Retention } from "@rinnalla/core/retention";
import { Hono } from "hono";
import * as z from "zod";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const Format = z.object({ format: z.enum(["json", "html"]).default("json") });

/** An export as a download: JSON to take elsewhere, or a page to read and print. */
function exported(
  data: PersonalData.PersonalExport,
  format: "json" | "html",
  locale: AppEnv["Variables"]["locale"],
) {
  const day = data.exportedAt.slice(0, 10);
  const [body, type] =
    format === "html"
      ? [PersonalData.html(data, locale), "text/html; charset=utf-8"]
      : [JSON.stringify(data, null, 2), "application/json; charset=utf-8"];
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="rinnalla-${data.kind}-${day}.${format}"`,
      "cache-control": "no-store",
    },
  });
}

/**
 * The data's lifecycle: the retention policy and its preview (admins), legal holds, a client's
 * erasure and its undo, and exports of what is held about a person — by a coordinator, or by a
 * volunteer of themselves.
 */
export const personalData = new Hono<AppEnv>()
  .get("/retention", access("admin"), async (c) => c.json(await Retention.settings()))
  .put("/retention", access("admin"), validate("json", Retention.UpdateInput), async (c) =>
    c.json(await Retention.update(c.req.valid("json"))),
  )
  .get("/retention/preview", access("admin"), async (c) => c.json(await Retention.preview()))
  .put(
    "/requests/:id/hold",
    access("coordinator"),
    validate("json", LegalHold.HoldInput.omit({ id: true })),
    async (c) => c.json(await LegalHold.request({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .put(
    "/volunteers/:id/hold",
    access("coordinator"),
    validate("json", LegalHold.HoldInput.omit({ id: true })),
    async (c) =>
      c.json(await LegalHold.volunteer({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post("/requests/:id/erase", access("coordinator"), async (c) =>
    c.json(await Erasure.eraseClient({ id: c.req.param("id") })),
  )
  .post(
    "/volunteers/:id/erase",
    access("coordinator"),
    validate("json", Erasure.VolunteerEraseInput),
    async (c) =>
      c.json(await Erasure.eraseVolunteer({ ...c.req.valid("json"), id: c.req.param("id") })),
  )
  .post(
    "/mine/erase",
    access("volunteer"),
    validate("json", Erasure.VolunteerEraseInput),
    async (c) => c.json(await Erasure.eraseMine(c.req.valid("json"))),
  )
  .post("/erasures/:id/undo", access("coordinator"), async (c) =>
    c.json(await Erasure.undo({ id: c.req.param("id") })),
  )
  .get("/requests/:id/export", access("coordinator"), validate("query", Format), async (c) =>
    exported(
      await PersonalData.client({ id: c.req.param("id") }),
      c.req.valid("query").format,
      c.get("locale"),
    ),
  )
  .get("/volunteers/:id/export", access("coordinator"), validate("query", Format), async (c) =>
    exported(
      await PersonalData.volunteer({ id: c.req.param("id") }),
      c.req.valid("query").format,
      c.get("locale"),
    ),
  )
  .get("/mine/export", access("volunteer"), validate("query", Format), async (c) =>
    exported(await PersonalData.mine(), c.req.valid("query").format, c.get("locale")),
  );
