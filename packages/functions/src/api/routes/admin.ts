import { Audit } from "@rinnalla/core/audit";
import { Settings, Team, Totp } from "@rinnalla/core/auth";
import { Coordinator } from "@rinnalla/core/coordinator";
import { Organisation } from "@rinnalla/core/organisation";
import { helsinkiDate } from "@rinnalla/core/util";
import { Hono } from "hono";
import * as z from "zod";
import { access } from "../access.ts";
import type { AppEnv } from "../env.ts";
import { validate } from "../validate.ts";

const AuditQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .default(() => helsinkiDate(new Date()).slice(0, 7)),
  cursor: z.string().max(2000).optional(),
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
  .get("/audit", access("admin"), validate("query", AuditQuery), async (c) => {
    const { month, cursor } = c.req.valid("query");
    return c.json(await Audit.listMonth(month, cursor));
  });
