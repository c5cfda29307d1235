import { Delivery } from "@rinnalla/core/reach";
import { describe, expect, it } from "vitest";
import {
  call,
  itemsOfType,
  mailsTo,
  markUnreachable,
  outboxSettled,
  reportTextStatuses,
  submitRequest,
  uniquePhone,
  viaLink,
  waitForMail,
  waitForText,
} from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { activeVolunteer, applyAs, everyDay, profile } from "../support/volunteers.ts";

deliveringMail();
const session = coordinatorSession();

/** An active volunteer with their own number, who chose `messages`. */
async function volunteerWith(messages: "email" | "sms" | "both", phone = uniquePhone()) {
  const volunteer = await activeVolunteer(session(), { messages }, { phone });
  return { ...volunteer, phone };
}

async function offer(volunteerId: string) {
  const request = await submitRequest(session(), {});
  const { request: current } = await (
    await call("GET", `/api/requests/${request.id}`, { cookie: session() })
  ).json();
  const made = await call("POST", `/api/requests/${request.id}/offers`, {
    cookie: session(),
    body: { version: current.version, volunteerIds: [volunteerId] },
  });
  expect(made.status).toBe(201);
  return request;
}

const offerMails = async (email: string) =>
  (await mailsTo(email)).filter((m) => m.body.text.includes("/offer#"));

describe("a volunteer's messages by the channel they chose", () => {
  it("sends the offer as a text only to one who chose texts, with a short link to the offer", async () => {
    const volunteer = await volunteerWith("sms");
    await offer(volunteer.id);
    const [text] = await waitForText(volunteer.phone);
    const body = text?.body ?? "";
    expect(body).toMatch(/^Voisitko lähteä tueksi/);
    expect(body).not.toContain("Aino");
    expect(body.length).toBeLessThanOrEqual(160);
    const code = body.match(/\/s#([A-Za-z0-9_-]{12})/)?.[1] ?? "";
    const opened = await viaLink("GET", "/api/links/short", code);
    expect(opened.status).toBe(200);
    const { path } = await opened.json();
    expect(path).toMatch(/^\/offer#/);
    const page = await viaLink("GET", "/api/links/offer", path.slice("/offer#".length));
    expect(page.status).toBe(200);
    await outboxSettled();
    expect(await offerMails(volunteer.email)).toHaveLength(0);
  });

  it("sends both the email and the text to one who chose both", async () => {
    const volunteer = await volunteerWith("both");
    await offer(volunteer.id);
    expect(await waitForText(volunteer.phone)).toHaveLength(1);
    await waitForMail(volunteer.email, 2);
    expect(await offerMails(volunteer.email)).toHaveLength(1);
  });

  it("keeps to email for one who did not choose texts", async () => {
    const volunteer = await volunteerWith("email");
    await offer(volunteer.id);
    await waitForMail(volunteer.email, 2);
    await outboxSettled();
    expect(await offerMails(volunteer.email)).toHaveLength(1);
    expect(await waitForText(volunteer.phone, 1, 300)).toHaveLength(0);
  });

  it("sends the offer by email, once, when the text to a texts-only volunteer fails", async () => {
    const phone = uniquePhone();
    await markUnreachable(phone);
    const volunteer = await volunteerWith("sms", phone);
    await offer(volunteer.id);
    await waitForText(phone);
    const [text] = await reportTextStatuses(phone);
    expect(text?.status).toBe("UNREACHABLE");
    // The same report again (networks repeat themselves) sends nothing more.
    await Delivery.onStatus({ messageStatus: "UNREACHABLE", context: text?.context ?? {} });
    await outboxSettled();
    const mails = await offerMails(volunteer.email);
    expect(mails).toHaveLength(1);
    const [entry] = (await itemsOfType("outbox")).filter((o) => o.to === phone);
    expect(entry).toMatchObject({ status: "failed", deliveryStatus: "UNREACHABLE" });
    expect(entry?.fellBackAt).toBeDefined();
    expect(entry?.fallback).toBeUndefined();
  });

  it("refuses texts without a phone number, field by field, changing nothing", async () => {
    const applied = await applyAs(session(), { phone: "" });
    const { volunteer } = await (
      await call("GET", `/api/volunteers/${applied.id}`, { cookie: session() })
    ).json();
    const response = await call("PUT", `/api/volunteers/${applied.id}/profile`, {
      cookie: session(),
      headers: { "accept-language": "en" },
      body: { version: volunteer.version, profile: profile(everyDay({ messages: "sms" })) },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({
      "profile.messages": "Write a phone number, as you chose to be contacted by phone.",
    });
    const after = await (
      await call("GET", `/api/volunteers/${applied.id}`, { cookie: session() })
    ).json();
    expect(after.volunteer.version).toBe(volunteer.version);
    expect(after.volunteer.profile).toBeNull();
  });
});
