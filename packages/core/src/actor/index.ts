import { AsyncLocalStorage } from "node:async_hooks";
import { VisibleError } from "../util/errors.ts";

export type Role = "coordinator" | "admin";

/** `done`: fully signed in. `pending`: a TOTP code is still needed. `enrol`: must enrol first. */
export type SecondFactor = "done" | "pending" | "enrol";

export interface CoordinatorActor {
  type: "coordinator";
  coordinatorId: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** Where the session stands with the second factor (only `done` reaches the workspace). */
  secondFactor: SecondFactor;
}

/** A volunteer using their own self-service pages: only their own data. */
export interface VolunteerActor {
  type: "volunteer";
  volunteerId: string;
  email: string;
  name: string;
  sessionId: string;
}

/** Whoever holds an emailed link: the volunteer it was sent to, or the requester. */
export interface LinkActor {
  type: "link";
  holder: "volunteer" | "requester";
  /** The volunteer's id, or the request's for a requester. */
  id: string;
}

/** A scheduled job, or an operator's command (`npm run admin:add`). */
export interface SystemActor {
  type: "system";
  name: string;
}

export interface PublicActor {
  type: "public";
}

export type Actor = CoordinatorActor | VolunteerActor | LinkActor | SystemActor | PublicActor;

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

/** An admin, or the operator's own command line: who may add coordinators. */
export function adminOrSystem(): CoordinatorActor | SystemActor {
  const actor = use();
  return actor.type === "system" ? actor : admin();
}

/** How the audit log names an actor: never "someone". */
export function auditName(actor: Actor): { id: string; email: string } {
  switch (actor.type) {
    case "coordinator":
      return { id: actor.coordinatorId, email: actor.email };
    case "volunteer":
      return { id: actor.volunteerId, email: actor.email };
    case "link":
      return { id: `link:${actor.holder}:${actor.id}`, email: "" };
    case "system":
      return { id: `system:${actor.name}`, email: "" };
    case "public":
      return { id: "public", email: "" };
  }
}

export function volunteer(): VolunteerActor {
  const actor = use();
  if (actor.type !== "volunteer") throw new VisibleError(401, "unauthorized", "error.signInNeeded");
  return actor;
}
