import { FeedbackJobs } from "@rinnalla/core/feedback";
import { VisitJobs } from "@rinnalla/core/jobs";
import { Delivery } from "@rinnalla/core/reach";
import { helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import { afterWindow } from "../../packages/core/src/feedback/timing.ts";
import {
  call,
  itemsOfType,
  markUnreachable,
  outboxSettled,
  replyAsText,
  reportTextStatuses,
  submitRequest,
  uniqueEmail,
  uniquePhone,
  viaLink,
  waitForMail,
  waitForText,
} from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { moveVisit } from "../support/visits.ts";
import { activeVolunteer } from "../support/volunteers.ts";

deliveringMail();
const session = coordinatorSession();

/** A request from someone who gave a phone number only and said yes to texts. */
async function byPhone(phone = uniquePhone(), extra: Record<string, unknown> = {}) {
  const request = await submitRequest(session(), {
    client: { name: "Aino Virtanen", phone, languages: ["fi"] },
    preferredContact: "phone",
    sms: true,
    ...extra,
  });
  return { ...request, phone };
}

async function confirm(id: string) {
  const volunteer = await activeVolunteer(session(), {}, { name: "Maija Meikäläinen" });
  const { request } = await (
    await call("GET", `/api/requests/${id}`, { cookie: session() })
  ).json();
  const assigned = await call("POST", `/api/requests/${id}/assign`, {
    cookie: session(),
    body: { version: request.version, volunteerId: volunteer.id },
  });
  expect(assigned.status).toBe(200);
  return { volunteer, request };
}

const openAlerts = async () =>
  (await (await call("GET", "/api/alerts", { cookie: session() })).json()).alerts as {
    kind: string;
    reference?: string;
  }[];

describe("text messages to people without email", () => {
  it("confirms a phone-only request by text, in one segment, with no matter in it", async () => {
    const { phone, reference } = await byPhone();
    const [text] = await waitForText(phone);
    expect(text?.body).toContain(reference);
    expect(text?.body).toMatch(/^Saimme pyyntösi/);
    expect(text?.body).not.toContain("Vammaispalvelu");
    expect(text?.body.length).toBeLessThanOrEqual(160);
    const [entry] = (await itemsOfType("outbox")).filter((o) => o.to === phone);
    expect(entry).toMatchObject({ channel: "sms", template: "request-received", status: "sent" });
    expect(entry?.text).toBeUndefined();
  });

  it("sends nothing by text without the yes to texts: the coordinator phones, as before", async () => {
    const phone = uniquePhone();
    await byPhone(phone, { sms: false });
    await outboxSettled();
    expect(await waitForText(phone, 1, 300)).toHaveLength(0);
  });

  it("sends email and text to someone who gave both and said yes to texts", async () => {
    const phone = uniquePhone();
    const email = uniqueEmail();
    await submitRequest(session(), {
      client: { name: "Aino Virtanen", phone, email, languages: ["fi"] },
      sms: true,
    });
    expect(await waitForText(phone)).toHaveLength(1);
    expect(await waitForMail(email)).toHaveLength(1);
  });

  it("texts the support person's first name and a short link that opens the cancel page", async () => {
    const { id, phone } = await byPhone();
    await confirm(id);
    const texts = await waitForText(phone, 2);
    const found = texts.at(-1)?.body ?? "";
    expect(found).toContain("Maija tulee");
    expect(found).not.toContain("Meikäläinen");
    const code = found.match(/\/s#([A-Za-z0-9_-]{12})/)?.[1] ?? "";
    const opened = await viaLink("GET", "/api/links/short", code);
    expect(opened.status).toBe(200);
    const { path } = await opened.json();
    expect(path).toMatch(/^\/cancel#/);
    const cancel = await viaLink("GET", "/api/links/cancel", path.slice("/cancel#".length));
    expect(cancel.status).toBe(200);
    // A changed character finds nothing, and the table holds no link that opens anything.
    const tampered = `${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`;
    expect((await viaLink("GET", "/api/links/short", tampered)).status).toBe(404);
    const stored = JSON.stringify(await itemsOfType("short-link"));
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(path.slice("/cancel#".length));
  });

  it("reminds the client by text the day before", async () => {
    const { id, phone, reference } = await byPhone();
    await confirm(id);
    const day = helsinkiDate(new Date(Date.now() + 30 * 86_400_000));
    await moveVisit(id, day, "10:00");
    const dayBefore = helsinkiDate(new Date(helsinkiToUtc(day, "10:00").getTime() - 86_400_000));
    const at = helsinkiToUtc(dayBefore, "09:05");
    await VisitJobs.sendReminders(at);
    await Delivery.retryDue(at);
    const texts = await waitForText(phone, 3);
    expect(texts.at(-1)?.body).toMatch(/^Muistutus: huomenna/);
    expect(texts.at(-1)?.body).toContain(reference);
  });

  it("tells by text when the request is closed without a volunteer, or cancelled", async () => {
    const closed = await byPhone();
    const { request } = await (
      await call("GET", `/api/requests/${closed.id}`, { cookie: session() })
    ).json();
    const response = await call("POST", `/api/requests/${closed.id}/no-volunteer`, {
      cookie: session(),
      body: { reason: "Ei vapaita", version: request.version },
    });
    expect(await response.json()).toMatchObject({
      status: "no_volunteer",
      emailed: false,
      texted: true,
    });
    const texts = await waitForText(closed.phone, 2);
    expect(texts.at(-1)?.body).toMatch(/^Emme valitettavasti löytäneet tukihenkilöä/);
    expect(texts.at(-1)?.body).toContain(closed.reference);
    expect(texts.at(-1)?.body).not.toContain("Ei vapaita");

    const cancelled = await byPhone();
    const again = await (
      await call("GET", `/api/requests/${cancelled.id}`, { cookie: session() })
    ).json();
    await call("POST", `/api/requests/${cancelled.id}/cancel`, {
      cookie: session(),
      body: { reason: "Sisäinen syy", version: again.request.version },
    });
    expect((await waitForText(cancelled.phone, 2)).at(-1)?.body).toMatch(
      new RegExp(`^Pyyntö ${cancelled.reference} on peruttu`),
    );
  });

  it("texts the after-visit survey with a short link, and a failed survey text calls nobody", async () => {
    const phone = uniquePhone();
    await markUnreachable(phone);
    const { id, reference } = await byPhone(phone, { surveys: true });
    const { request } = await confirm(id);
    const ends = new Date(Date.parse(request.startsAt) + 60 * 60_000).toISOString();
    const at = afterWindow(ends).from;
    await FeedbackJobs.sendAfterVisits(at);
    await Delivery.retryDue(at);
    const texts = await waitForText(phone, 3);
    const survey = texts.at(-1)?.body ?? "";
    expect(survey).toMatch(/^Miten käynti meni\?/);
    const code = survey.match(/\/s#([A-Za-z0-9_-]{12})/)?.[1] ?? "";
    const { path } = await (await viaLink("GET", "/api/links/short", code)).json();
    expect(path).toMatch(/^\/survey#/);
    expect((await viaLink("GET", "/api/links/survey", path.slice("/survey#".length))).status).toBe(
      200,
    );
    // The confirmation's and the support-found texts failing call the coordinator; the survey's not.
    await reportTextStatuses(phone);
    const calls = (await openAlerts()).filter(
      (a) => a.kind === "text_failed" && a.reference === reference,
    );
    expect(calls).toHaveLength(1);
  });

  it("turns a text that did not arrive into one call for the coordinator", async () => {
    const phone = uniquePhone();
    await markUnreachable(phone);
    const { reference } = await byPhone(phone);
    await waitForText(phone);
    const [text] = await reportTextStatuses(phone);
    expect(text?.status).toBe("UNREACHABLE");
    // The same report again (networks repeat themselves) raises nothing more.
    await Delivery.onStatus({ messageStatus: "UNREACHABLE", context: text?.context ?? {} });
    const calls = (await openAlerts()).filter(
      (a) => a.kind === "text_failed" && a.reference === reference,
    );
    expect(calls).toHaveLength(1);
    const [entry] = (await itemsOfType("outbox")).filter((o) => o.to === phone);
    expect(entry).toMatchObject({ status: "failed", deliveryStatus: "UNREACHABLE" });
    expect(entry?.fellBackAt).toBeDefined();
  });

  it("records a delivered text as delivered, with no call", async () => {
    const { phone, reference } = await byPhone();
    await waitForText(phone);
    const [text] = await reportTextStatuses(phone);
    // "Handed to the carrier" arriving after "delivered" does not undo it.
    await Delivery.onStatus({ messageStatus: "SUCCESSFUL", context: text?.context ?? {} });
    const [entry] = (await itemsOfType("outbox")).filter((o) => o.to === phone);
    expect(entry).toMatchObject({ status: "sent", deliveryStatus: "DELIVERED" });
    expect((await openAlerts()).some((a) => a.reference === reference)).toBe(false);
  });

  it("stops texting a number that replied STOP, and the coordinator calls instead", async () => {
    const { id, phone, reference } = await byPhone();
    await waitForText(phone);
    expect(await replyAsText(phone, "stop")).toBe("opted-out");
    await confirm(id);
    await outboxSettled();
    expect(await waitForText(phone, 2, 500)).toHaveLength(1);
    const calls = (await openAlerts()).filter(
      (a) => a.kind === "text_failed" && a.reference === reference,
    );
    expect(calls).toHaveLength(1);
    expect(await replyAsText(phone, "START")).toBe("opted-in");
    expect(await replyAsText(phone, "Kiitos!")).toBe("ignored");
  });
});

describe("the text flow refuses what it should", () => {
  it("answers 404 for unknown and malformed short codes", async () => {
    for (const code of ["", "short", "AAAAAAAAAAAA", "<script>aaaa"]) {
      expect((await viaLink("GET", "/api/links/short", code)).status).toBe(404);
    }
  });

  it("never puts a mail's link token into a text unshortened", async () => {
    const { id, phone } = await byPhone();
    await confirm(id);
    const texts = await waitForText(phone, 2);
    for (const text of texts) expect(text.body).not.toMatch(/#[A-Za-z0-9_-]{40,}/);
  });
});
