import * as z from "zod";
import { defineItem } from "../db/store.ts";
import type { TransactItem } from "../util/db-types.ts";

/**
 * Numbers that replied STOP. Nothing is texted to them again until they reply START; what was
 * on its way goes by email or becomes a call for the coordinator instead.
 */
const OptOut = z.object({ phone: z.string(), at: z.string() });

const OptOuts = defineItem({
  type: "sms-opt-out",
  schema: OptOut,
  key: (phone: string) => ({ pk: `optout#${phone}`, sk: "optout" }),
  id: (o) => o.phone,
});

export const optOut = (phone: string, now: Date): TransactItem =>
  OptOuts.put({ phone, at: now.toISOString() });

export const optIn = (phone: string): TransactItem => OptOuts.remove(phone);

export async function isOptedOut(phone: string): Promise<boolean> {
  return Boolean(await OptOuts.get(phone, { consistent: true }));
}
