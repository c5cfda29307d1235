import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { config } from "../../packages/core/src/config.ts";
import { db, tableName } from "../../packages/core/src/db/client.ts";
import { addDays, helsinkiDate } from "../../packages/core/src/util/time.ts";
import { createApp } from "../../packages/functions/src/api/app.ts";

/** The real app, in process. Tests choose the sender's address through a header of their own. */
export const app = createApp({
  clientAddress: (c) => c.req.header("x-test-address") ?? "192.0.2.1",
});

/** A request as the site's own page sends it. */
export function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", origin: siteOrigin(), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export const siteOrigin = () => new URL(config().SITE_URL).origin;

let counter = 0;
/** A unique address, so tests sharing the local SES find their own mail. */
export function uniqueEmail(label = "client") {
  counter += 1;
  return `${label}.${Date.now().toString(36)}${counter}@example.org`;
}

export function validRequest(overrides: Record<string, unknown> = {}) {
  return {
    locale: "fi",
    requesterRole: "client",
    client: { name: "Aino Virtanen", email: uniqueEmail(), languages: ["fi"] },
    preferredContact: "email",
    sector: "disability",
    description: "Vammaispalvelun palvelusuunnitelmapalaveri",
    place: "Sosiaalitoimisto, Toinen linja 4",
    municipality: "Helsinki",
    date: addDays(helsinkiDate(new Date()), 7),
    startTime: "10:00",
    durationMinutes: 60,
    supportNeeds: "Jännittää, tarvitsen tukea puheeseen.",
    consent: true,
    ...overrides,
  };
}

export interface StoredMail {
  destination: { to: string[] };
  subject: string;
  body: { text: string; html: string };
}

export async function mailsTo(address: string): Promise<StoredMail[]> {
  const response = await fetch(`${inject("sesEndpoint")}/store`);
  const { emails } = (await response.json()) as { emails: StoredMail[] };
  return emails.filter((mail) => mail.destination.to.includes(address));
}

/** Waits for background delivery (the local dispatcher) to land a mail. */
export async function waitForMail(address: string, count = 1, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Test-only: everything in this file's table, to prove nothing was written. */
export async function allItems() {
  const { Items = [] } = await db().send(
    new ScanCommand({ TableName: tableName(), ConsistentRead: true }),
  );
  return Items;
}

export const itemsOfType = async (type: string) =>
  (await allItems()).filter((item) => item.type === type);
