import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery, run } from "../db/store.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { defaultLocale, type Locale, locales } from "../i18n/locale.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { line } from "../util/text.ts";

const StoredCoordinator = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["coordinator", "admin"]),
  active: z.boolean(),
  createdAt: z.string(),
  /** Set once the coordinator has enrolled an authenticator app (sealed: secret/). */
  totpSecret: z.string().optional(),
  totpEnrolledAt: z.string().optional(),
  /** A secret shown during enrolment (sealed), kept until the first code confirms it. */
  pendingTotpSecret: z.string().optional(),
  /** Hashes of unused recovery codes. */
  recoveryCodes: z.set(z.string()).optional(),
  /** The last TOTP time step used, so a code works once. */
  totpLastStep: z.number().optional(),
  /** Their own choices (see `preferencesOf`); absent until they make one. */
  monthlyReport: z.boolean().optional(),
  locale: z.enum(locales).optional(),
});
export type Coordinator = z.output<typeof StoredCoordinator>;

export const Coordinators = defineItem({
  type: "coordinator",
  schema: StoredCoordinator,
  key: (id: string) => ({ pk: `coordinator#${id}`, sk: "coordinator" }),
  id: (c) => c.id,
  // gsi1: every coordinator, by email.
  index: (c) => ({ gsi1pk: "coordinators", gsi1sk: c.email }),
});

const Addresses = defineItem({
  type: "coordinator-email",
  schema: z.object({ coordinatorId: z.string() }),
  key: (email: string) => ({ pk: `coordinator-email#${email}`, sk: "coordinator-email" }),
});

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const AddInput = z.object({
  email: z.email({ error: "error.email" }).max(254, { error: "error.tooLong" }),
  name: line(120),
  role: z.enum(["coordinator", "admin"], { error: "error.invalid" }).default("coordinator"),
});

/** Adds a coordinator; an email address belongs to one coordinator only. */
export const add = fn(AddInput, async (input, now: Date = new Date()): Promise<Coordinator> => {
  Actor.adminOrSystem();
  const email = normaliseEmail(input.email);
  const coordinator: Coordinator = {
    id: createId("coo"),
    email,
    name: input.name,
    role: input.role,
    active: true,
    createdAt: now.toISOString(),
  };
  try {
    await transact([
      // An email address belongs to one coordinator: this conditional write decides.
      Addresses.update(email, { set: { coordinatorId: coordinator.id } }, when.notExists("pk")),
      Coordinators.put(coordinator),
      Audit.entry(
        "coordinator.add",
        `coordinator#${coordinator.id}`,
        { email, role: input.role },
        now,
      ),
    ]);
  } catch (error) {
    if (error instanceof ConditionsFailed) {
      throw new VisibleError(409, "email_taken", "error.emailTaken", { email: "error.emailTaken" });
    }
    throw error;
  }
  return coordinator;
});

export const get = (id: string) => Coordinators.get(id);

export async function byEmail(email: string): Promise<Coordinator | undefined> {
  const found = await Addresses.get(normaliseEmail(email), { consistent: false });
  return found ? get(found.coordinatorId) : undefined;
}

export async function list(): Promise<Coordinator[]> {
  const items = await queryEvery({ index: "gsi1", partition: "coordinators" });
  return items.map(Coordinators.read);
}

/** A coordinator's item as a session read finds it. */
export const read = (raw: Record<string, unknown>) => Coordinators.read(raw);

/** What other coordinators may see: never secrets. */
export function publicView(c: Coordinator) {
  return {
    id: c.id,
    email: c.email,
    name: c.name,
    role: c.role,
    active: c.active,
    createdAt: c.createdAt,
    secondFactor: Boolean(c.totpEnrolledAt),
  };
}

/**
 * What a coordinator chose for themself. The monthly report by email is on until they turn it
 * off (it holds counts only, and the board's figures are part of a coordinator's work); their
 * emails are in Finnish until they choose a language in the workspace.
 */
export interface Preferences {
  monthlyReport: boolean;
  locale: Locale;
}

export const preferencesOf = (c: Coordinator): Preferences => ({
  monthlyReport: c.monthlyReport !== false,
  locale: c.locale ?? defaultLocale,
});

/** The signed-in coordinator's own preferences. */
export async function myPreferences(): Promise<Preferences> {
  const actor = Actor.coordinator();
  const found = await get(actor.coordinatorId);
  if (!found) throw new VisibleError(404, "not_found", "error.notFound");
  return preferencesOf(found);
}

export const PreferencesInput = z.object({
  monthlyReport: z.boolean({ error: "error.invalid" }).optional(),
  locale: z.enum(locales, { error: "error.invalid" }).optional(),
});

/** Changes the signed-in coordinator's own preferences: only those given. */
export const setPreferences = fn(PreferencesInput, async (input): Promise<Preferences> => {
  const actor = Actor.coordinator();
  const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return myPreferences();
  try {
    const stored = await run(Coordinators.update(actor.coordinatorId, { set }, when.exists("pk")), {
      returnNew: true,
    });
    return preferencesOf(Coordinators.read(stored ?? {}));
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new VisibleError(404, "not_found", "error.notFound");
    }
    throw error;
  }
});
