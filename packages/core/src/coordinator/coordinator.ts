import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import type { Role } from "../actor/index.ts";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { db, tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import { ConditionsFailed, transact } from "../db/transact.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { line } from "../util/text.ts";

export interface Coordinator {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  /** Set once the coordinator has enrolled an authenticator app. */
  totpSecret?: string;
  totpEnrolledAt?: string;
  /** A secret shown during enrolment, kept until the first code confirms it. */
  pendingTotpSecret?: string;
  /** Hashes of unused recovery codes. */
  recoveryCodes?: string[];
  /** The last TOTP time step used, so a code works once. */
  totpLastStep?: number;
}

export const keys = {
  coordinator: (id: string) => ({ pk: `coordinator#${id}`, sk: "coordinator" }),
  email: (email: string) => ({ pk: `coordinator-email#${email}`, sk: "coordinator-email" }),
  /** gsi1: every coordinator, by email. */
  list: (email: string) => ({ gsi1pk: "coordinators", gsi1sk: email }),
};

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
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.email(email),
            type: "coordinator-email",
            coordinatorId: coordinator.id,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.coordinator(coordinator.id),
            ...keys.list(email),
            type: "coordinator",
            ...coordinator,
          },
        },
      },
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

export async function get(id: string): Promise<Coordinator | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.coordinator(id), ConsistentRead: true }),
  );
  return Item ? strip(Item) : undefined;
}

export async function byEmail(email: string): Promise<Coordinator | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.email(normaliseEmail(email)) }),
  );
  return Item ? get(Item.coordinatorId as string) : undefined;
}

export async function list(): Promise<Coordinator[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": "coordinators" },
  });
  return items.map(strip);
}

export function strip(raw: Record<string, unknown>): Coordinator {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, type: _t, ...coordinator } = raw;
  return coordinator as unknown as Coordinator;
}

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
