import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { Coordinator } from "../coordinator/index.ts";
import { defineItem } from "../db/store.ts";
import { transact } from "../db/transact.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import * as Session from "./session.ts";

export interface SecuritySettings {
  /**
   * Every coordinator must sign in with an authenticator app as well. On unless an admin turned
   * it off: requests hold health and child-protection matters, an email alone is not enough.
   */
  requireTotp: boolean;
}

const Settings = defineItem({
  type: "settings",
  schema: z.object({ requireTotp: z.boolean().optional() }),
  key: (name: "security") => ({ pk: `settings#${name}`, sk: "settings" }),
  id: () => "security" as const,
});

export async function security(): Promise<SecuritySettings> {
  const stored = await Settings.get("security");
  return { requireTotp: stored?.requireTotp !== false };
}

export const SecurityInput = z.object({ requireTotp: z.boolean({ error: "error.invalid" }) });

/**
 * Turning the requirement on ends the sessions of everyone who has no app yet: they enrol at
 * their next sign-in. The admin who turns it on must have an app themself, or they would be
 * the first one shut out.
 */
export const setSecurity = fn(SecurityInput, async (input, now: Date = new Date()) => {
  const actor = Actor.admin();
  let signedOut = 0;
  if (input.requireTotp) {
    const coordinators = await Coordinator.list();
    const me = coordinators.find((c) => c.id === actor.coordinatorId);
    if (!me?.totpEnrolledAt) {
      throw new VisibleError(409, "enrol_first", "error.totpEnrolOwnFirst");
    }
    await save(input, now);
    for (const c of coordinators.filter((c) => !c.totpEnrolledAt)) {
      signedOut += await Session.endAll(c.id);
    }
  } else {
    await save(input, now);
  }
  return { ...input, signedOut };
});

function save(input: SecuritySettings, now: Date) {
  return transact([
    Settings.put(input),
    Audit.entry("settings.security", "settings#security", { ...input }, now),
  ]);
}
