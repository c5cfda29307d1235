import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import * as Session from "./session.ts";

/** Admin actions on the team of coordinators. Each change and its audit entry commit together. */

async function change(
  id: string,
  set: Partial<Coordinator.Coordinator>,
  action: Audit.Action,
  details: Record<string, unknown>,
  now: Date,
) {
  try {
    await transact([
      Coordinator.Coordinators.update(id, { set }, when.exists("pk")),
      Audit.entry(action, `coordinator#${id}`, details, now),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      throw new VisibleError(404, "not_found", "error.notFound");
    }
    throw error;
  }
}

const IdInput = z.object({ id: z.string().min(1).max(64) });

/** Deactivation takes effect at once: the flag is checked on every request, and every session ends. */
export const deactivate = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  const admin = Actor.admin();
  if (admin.coordinatorId === id) {
    throw new VisibleError(409, "self_deactivation", "error.selfDeactivation");
  }
  await change(id, { active: false }, "coordinator.deactivate", {}, now);
  await Session.endAll(id);
});

export const activate = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  Actor.admin();
  await change(id, { active: true }, "coordinator.activate", {}, now);
});

export const RoleInput = z.object({
  id: z.string().min(1).max(64),
  role: z.enum(["coordinator", "admin"], { error: "error.invalid" }),
});

export const setRole = fn(RoleInput, async ({ id, role }, now: Date = new Date()) => {
  const admin = Actor.admin();
  if (admin.coordinatorId === id && role !== "admin") {
    throw new VisibleError(409, "self_demotion", "error.selfDemotion");
  }
  await change(id, { role }, "coordinator.role", { role }, now);
});
