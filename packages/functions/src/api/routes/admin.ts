import { AuditLog } from "@rinnalla/core/audit-log";
import { Settings, Team, Totp } from "@rinnalla/core/auth";
import { Coordinator } from "@rinnalla/core/coordinator";
import { Organisation } from "@rinnalla/core/organisation";
import { Hono } from "hono";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const csvFile = (file: { filename: string; body: string; truncated: boolean }) =>
  new Response(file.body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
      // The file says it too, on its last line; the header lets a script see it.
      "x-truncated": String(file.truncated),
    },
  });

export const admin = new Hono<AppEnv>()
  .get("/coordinators", access("admin"), async (c) =>
    c.json({ coordinators: (await Coordinator.list()).map(Coordinator.publicView) }),
  )
  .post("/coordinators", access("admin"), validate("json", Coordinator.AddInput), async (c) =>
    c.json(Coordinator.publicView(await Coordinator.add(c.req.valid("json"))), 201),
  )
  .post("/coordinators/:id/deactivate", access("admin"), async (c) => {
    await Team.deactivate({ id: c.req.param("id") });
    return c.json({ active: false });
  })
  .post("/coordinators/:id/activate", access("admin"), async (c) => {
    await Team.activate({ id: c.req.param("id") });
    return c.json({ active: true });
  })
  .put(
    "/coordinators/:id/role",
    access("admin"),
    validate("json", Team.RoleInput.omit({ id: true })),
    async (c) => {
      await Team.setRole({ ...c.req.valid("json"), id: c.req.param("id") });
      return c.json({ ok: true });
    },
  )
  .post("/coordinators/:id/remove-authenticator", access("admin"), async (c) =>
    c.json(await Totp.remove({ id: c.req.param("id") })),
  )
  .get("/settings/security", access("admin"), async (c) => c.json(await Settings.security()))
  .put("/settings/security", access("admin"), validate("json", Settings.SecurityInput), async (c) =>
    c.json(await Settings.setSecurity(c.req.valid("json"))),
  )
  .get("/settings/organisation", access("admin"), async (c) => c.json(await Organisation.current()))
  .put(
    "/settings/organisation",
    access("admin"),
    validate("json", Organisation.UpdateInput),
    async (c) => c.json(await Organisation.update(c.req.valid("json"))),
  )
  .get("/audit", access("admin"), validate("query", AuditLog.ListInput), async (c) =>
    c.json(await AuditLog.list(c.req.valid("query"))),
  )
  .get("/audit/csv", access("admin"), validate("query", AuditLog.ExportInput), async (c) =>
    csvFile(await AuditLog.exportCsv(c.req.valid("query"))),
  );
