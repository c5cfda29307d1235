import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import * as Coordinator from "../coordinator/coordinator.ts";
import { tableName } from "../db/client.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import * as Session from "./session.ts";

/** Admin actions on coordinators. Each change and its audit entry commit together. */

async function change(
  id: string,
  update: string,
  values: Record<string, unknown>,
  action: Audit.Action,
  details: Record<string, unknown>,
  now: Date,
) {
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: Coordinator.keys.coordinator(id),
          UpdateExpression: update,
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: values,
          ...(update.includes("#role") && { ExpressionAttributeNames: { "#role": "role" } }),
        },
      },
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
  await change(id, "SET active = :no", { ":no": false }, "coordinator.deactivate", {}, now);
  await Session.endAll(id);
});

export const activate = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  Actor.admin();
  await change(id, "SET active = :yes", { ":yes": true }, "coordinator.activate", {}, now);
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
  await change(id, "SET #role = :role", { ":role": role }, "coordinator.role", { role }, now);
});
