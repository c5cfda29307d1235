import { randomInt, randomUUID } from "node:crypto";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { config } from "@rinnalla/core/config";
import { db, tableName, transact } from "@rinnalla/core/db";
import { Privacy } from "@rinnalla/core/privacy";
import * as RateLimit from "@rinnalla/core/rate-limit";
import { Delivery } from "@rinnalla/core/reach";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { inject } from "vitest";
import { createApp } from "../../packages/functions/src/api/app.ts";
import type { StoredText } from "../../packages/local/src/sms-viewer.ts";

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

/**
 * A unique address, so tests sharing the local SES find their own mail. Random, not from the
 * clock: files running side by side on the same test clock start at the same instant, and
 * addresses made from it met in the shared mail store (a mail found twice, or not at all).
 */
export function uniqueEmail(label = "client") {
  return `${label}.${randomUUID().replaceAll("-", "").slice(0, 16)}@example.org`;
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
    // The built-in notice, as the form shows it; surveys and texts are unticked, as on the form.
    noticeVersion: Privacy.builtIn.version,
    ...overrides,
  };
}

/**
 * A request through the public form, found again in the inbox as a coordinator: its id,
 * reference and the client's own address (given unless `client` is overridden).
 */
export async function submitRequest(cookie: string, overrides: Record<string, unknown> = {}) {
  const email = uniqueEmail();
  const response = await post(
    "/api/requests",
    validRequest({
      client: { name: "Aino Virtanen", email, phone: "040 123 4567", languages: ["fi"] },
      ...overrides,
    }),
  );
  if (response.status !== 201)
    throw new Error(`submit: ${response.status} ${await response.text()}`);
  const { reference } = await response.json();
  const search = await (await call("GET", `/api/inbox/search?q=${reference}`, { cookie })).json();
  return { reference: reference as string, email, id: search.requests[0]?.id as string };
}

export interface StoredMail {
  destination: { to: string[] };
  subject: string;
  replyTo?: string[];
  body: { text: string; html: string };
  /** `content` is base64, as the local SES keeps it. */
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** The token of a `/offer#…`, `/cancel#…` (…) link in a mail. */
export function linkToken(mail: StoredMail | undefined, path: string): string {
  const token = mail?.body.text.match(new RegExp(`${path}#(\\S+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in "${mail?.subject}"`);
  return token;
}

export async function mailsTo(address: string): Promise<StoredMail[]> {
  const response = await fetch(`${inject("sesEndpoint")}/store`);
  const { emails } = (await response.json()) as { emails: StoredMail[] };
  return emails.filter((mail) => mail.destination.to.includes(address));
}

/**
 * Waits for background delivery (the local dispatcher) to land a mail. The default wait is
 * long because it ends as soon as the mail is there: on a loaded 2-core CI run a burst of
 * 100 offers once took longer than 5 s. Tests proving that nothing more arrives pass a short one.
 */
export async function waitForMail(address: string, count = 1, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(address);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * A unique mobile number in E.164, so tests sharing the text stand-in find their own texts
 * (and marking one unreachable fails no other file's texts).
 */
export const uniquePhone = () => `+35850${randomInt(10_000_000, 100_000_000)}`;

const sms = (path: string, init?: RequestInit) => fetch(`${inject("smsEndpoint")}${path}`, init);
const postSms = (path: string, body: unknown) =>
  sms(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** The texts sent to `number` (E.164), oldest first. */
export async function textsTo(number: string): Promise<StoredText[]> {
  const { texts } = (await (await sms("/store")).json()) as { texts: StoredText[] };
  return texts.filter((text) => text.direction === "outbound" && text.to === number);
}

/** Waits for background delivery to land a text, as `waitForMail` does for mail. */
export async function waitForText(number: string, count = 1, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const texts = await textsTo(number);
    if (texts.length >= count || Date.now() > deadline) return texts;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** From now on the stand-in reports texts to `number` UNREACHABLE rather than DELIVERED. */
export async function markUnreachable(number: string) {
  const response = await postSms("/unreachable", { number });
  if (!response.ok) throw new Error(`unreachable: ${response.status}`);
}

const reported = new Set<string>();

/**
 * Hands the app the delivery reports of the texts to `number` (once each), as End User
 * Messaging's event destination would: the shared stand-in runs outside this file's process
 * and table, so it cannot call `Delivery.onStatus` itself. Waits until it has decided them.
 */
export async function reportTextStatuses(number: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let texts = await textsTo(number);
  while (texts.some((t) => t.status === "SENT") && Date.now() <= deadline) {
    await new Promise((r) => setTimeout(r, 20));
    texts = await textsTo(number);
  }
  for (const text of texts) {
    if (text.status === "SENT" || reported.has(text.id)) continue;
    reported.add(text.id);
    const eventType = text.status === "DELIVERED" ? "TEXT_DELIVERED" : "TEXT_CARRIER_UNREACHABLE";
    await Delivery.onStatus({ eventType, messageStatus: text.status, context: text.context });
  }
  return texts;
}

/** A person's reply to the long code: shown in the text viewer, and handed to the app. */
export async function replyAsText(from: string, body: string) {
  const response = await postSms("/reply", { from, body });
  if (!response.ok) throw new Error(`reply: ${response.status}`);
  return Delivery.onReply({ from, body });
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

/**
 * Waits until background delivery has sent every email that is due, so snapshots hold still
 * and mail is in the store (on a loaded CI machine that can take a while).
 */
export async function outboxSettled(timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = new Date().toISOString();
    // Entries written at a moved clock are due later; nothing touches them until then.
    const busy = (await itemsOfType("outbox")).filter(
      (o) => o.status === "sending" || (o.status === "pending" && String(o.nextAttemptAt) <= now),
    );
    if (busy.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${busy.length} emails still not sent`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Any request as the site's own page sends it, optionally with a session cookie. */
export function call(
  method: string,
  path: string,
  options: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
) {
  return app.request(path, {
    method,
    headers: {
      ...(options.body !== undefined && { "content-type": "application/json" }),
      origin: siteOrigin(),
      ...(options.cookie && { cookie: options.cookie }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

/** A call through an email link: the token travels in its header, as the link pages send it. */
export function viaLink(
  method: "GET" | "POST",
  path: string,
  token: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
) {
  return call(method, path, { ...options, headers: { "x-link-token": token, ...options.headers } });
}

/** The `name=value` of the session cookie a response set. */
export function sessionCookie(response: Response): string {
  const header = response.headers.get("set-cookie") ?? "";
  return header.split(";")[0] ?? "";
}

/** Waits for background delivery to land a mail to `address` that `match` picks. */
export async function waitForMatching(
  address: string,
  match: (mail: StoredMail) => boolean,
  count = 1,
  timeoutMs = 5000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await mailsTo(address)).filter(match);
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const SIGN_IN_LINK = /\/sign-in\/verify#(\S+)/;

/** Asks for a sign-in link and returns the token from the mail that brings it. */
export async function signInToken(address: string): Promise<string> {
  const withLink = (mail: StoredMail) => SIGN_IN_LINK.test(mail.body.text);
  const before = (await mailsTo(address)).filter(withLink).length;
  // Each sign-in comes from its own address, so the per-address limit stays out of the way.
  const asked = await call("POST", "/api/auth/link", {
    body: { email: address, locale: "fi" },
    headers: { "x-test-address": uniqueEmail("address") },
  });
  if (asked.status !== 202) throw new Error(`link: ${asked.status}`);
  const mails = await waitForMatching(address, withLink, before + 1);
  const link = mails.at(-1)?.body.text.match(SIGN_IN_LINK);
  if (!link?.[1] || mails.length <= before) throw new Error(`no sign-in link for ${address}`);
  return link[1];
}

/**
 * Fills a rate-limit window, and the next one, for a subject: what follows is refused even if
 * the clock crosses a window boundary meanwhile (fixed windows turn over on the hour).
 */
export async function useUpRateLimit(
  bucket: string,
  subject: string,
  limit: number,
  windowSeconds: number,
) {
  for (const offset of [0, windowSeconds * 1000]) {
    const at = new Date(Date.now() + offset);
    for (let i = 0; i < limit; i++) {
      await transact([RateLimit.countAgainst(bucket, subject, limit, windowSeconds, at)]);
    }
  }
}
