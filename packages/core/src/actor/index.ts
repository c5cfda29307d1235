import { AsyncLocalStorage } from "node:async_hooks";
import { VisibleError } from "../util/errors.ts";

export type Role = "coordinator" | "admin";

export interface CoordinatorActor {
  type: "coordinator";
  coordinatorId: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

/** A volunteer using their own self-service pages: only their own data. */
export interface VolunteerActor {
  type: "volunteer";
  volunteerId: string;
  email: string;
  name: string;
  sessionId: string;
}

export interface PublicActor {
  type: "public";
}

export type Actor = CoordinatorActor | VolunteerActor | PublicActor;

const storage = new AsyncLocalStorage<Actor>();

/** Runs `fn` as the given actor; core reads it with `use()`, never from client input. */
export function provide<T>(actor: Actor, fn: () => T): T {
  return storage.run(actor, fn);
}

export function use(): Actor {
  return storage.getStore() ?? { type: "public" };
}

export function coordinator(): CoordinatorActor {
  const actor = use();
  if (actor.type !== "coordinator")
    throw new VisibleError(401, "unauthorized", "error.signInNeeded");
  return actor;
}

export function admin(): CoordinatorActor {
  const actor = coordinator();
  if (actor.role !== "admin") throw new VisibleError(403, "forbidden", "error.forbidden");
  return actor;
}

export function volunteer(): VolunteerActor {
  const actor = use();
  if (actor.type !== "volunteer") throw new VisibleError(401, "unauthorized", "error.signInNeeded");
  return actor;
}
