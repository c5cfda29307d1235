import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { db, tableName } from "../db/client.ts";
import { transact } from "../db/transact.ts";
import { fn } from "../util/fn.ts";

export interface SecuritySettings {
  /** Every coordinator must sign in with an authenticator app as well. */
  requireTotp: boolean;
}

const key = { pk: "settings#security", sk: "settings" };

export async function security(): Promise<SecuritySettings> {
  const { Item } = await db().send(new GetCommand({ TableName: tableName(), Key: key }));
  return { requireTotp: Boolean(Item?.requireTotp) };
}

export const SecurityInput = z.object({ requireTotp: z.boolean({ error: "error.invalid" }) });

export const setSecurity = fn(SecurityInput, async (input, now: Date = new Date()) => {
  Actor.admin();
  await transact([
    { Put: { TableName: tableName(), Item: { ...key, type: "settings", ...input } } },
    Audit.entry("settings.security", "settings#security", input, now),
  ]);
  return input;
});
