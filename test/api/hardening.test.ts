import * as Actor from "@rinnalla/core/actor";
import { reloadConfig } from "@rinnalla/core/config";
import { Coordinator } from "@rinnalla/core/coordinator";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dayAhead } from "../support/dates.ts";
import {
  allItems,
  app,
  call,
  itemsOfType,
  linkToken,
  mailsTo,
  outboxSettled,
  post,
  siteOrigin,
  submitRequest,
  uniqueEmail,
  validRequest,
  viaLink,
  waitForMail,
} from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { confirmedVisit } from "../support/visits.ts";
import { activeVolunteer } from "../support/volunteers.ts";

/** Issue 10: gaps an outside attacker found, each shown closed. */

deliveringMail();
const session = coordinatorSession();
afterEach(() => {
  vi.unstubAllEnvs();
  reloadConfig();
});

const detail = async (id: string) =>
  (await call("GET", `/api/requests/${id}`, { cookie: session() })).json();

async function changeStatus(volunteerId: string, change: Record<string, unknown>) {
  const { volunteer } = await (
    await call("GET", `/api/volunteers/${volunteerId}`, { cookie: session() })
  ).json();
  return call("POST", `/api/volunteers/${volunteerId}/status`, {
    cookie: session(),
    body: { version: volunteer.version, change },
  });
}

describe("a volunteer who ends", () => {
  it("gives their upcoming visits back to matching and holds no working link", async () => {
    const visit = await confirmedVisit(session());
    const visitToken = linkToken(
      (await waitForMail(visit.volunteer.email, 2)).find((m) => m.body.text.includes("/visit#")),
      "/visit",
    );
    const open = await (await viaLink("GET", "/api/links/visit", visitToken)).json();
    expect(open.details.clientName).toBe("Aino Virtanen");
    // An open offer for another request, too.
    const other = await submitRequest(session());
    const { request } = await detail(other.id);
    await call("POST", `/api/requests/${other.id}/offers`, {
      cookie: session(),
      body: { version: request.version, volunteerIds: [visit.volunteer.id] },
    });
    const offerToken = linkToken(
      (await waitForMail(visit.volunteer.email, 3)).find((m) => m.body.text.includes("/offer#")),
      "/offer",
    );

    const ended = await changeStatus(visit.volunteer.id, { to: "ended", endReason: "moved" });
    expect(ended.status).toBe(200);

    const after = await detail(visit.id);
    expect(after.request.status).toBe("matching");
    expect(after.request.volunteerId).toBeUndefined();
    const alerts = await (await call("GET", "/api/alerts", { cookie: session() })).json();
    expect(alerts.alerts).toContainEqual(
      expect.objectContaining({ kind: "volunteer_left", requestId: visit.id }),
    );
    expect((await detail(other.id)).request.status).toBe("matching");
    // Every link they held is gone: no client's name, phone or matter through an old email.
    for (const [path, token] of [
      ["/api/links/visit", visitToken],
      ["/api/links/offer", offerToken],
    ] as const) {
      const response = await viaLink("GET", path, token);
      expect(response.status).toBe(404);
      expect(JSON.stringify(await response.json())).not.toContain("Aino");
    }
    expect((await viaLink("POST", "/api/links/offer/accept", offerToken)).status).toBe(404);
  });

  it("when paused, gives back only the visits during the pause", async () => {
    const during = await confirmedVisit(session(), { date: dayAhead(3, 3) });
    const { volunteer } = during;
    const afterPause = await submitRequest(session(), { date: dayAhead(20, 3) });
    const { request } = await detail(afterPause.id);
    await call("POST", `/api/requests/${afterPause.id}/assign`, {
      cookie: session(),
      body: { version: request.version, volunteerId: volunteer.id },
    });
    const paused = await changeStatus(volunteer.id, { to: "paused", until: dayAhead(10, 3) });
    expect(paused.status).toBe(200);
    expect((await detail(during.id)).request.status).toBe("matching");
    expect((await detail(afterPause.id)).request).toMatchObject({
      status: "confirmed",
      volunteerId: volunteer.id,
    });
  });
});

describe("what is kept of an email", () => {
  it("drops the text and its links once sent, keeps the delivery record, and expires it", async () => {
    const { reference } = await submitRequest(session());
    await outboxSettled();
    const [sent] = (await itemsOfType("outbox")).filter((o) =>
      String(o.subject).includes(reference),
    );
    expect(sent).toMatchObject({ status: "sent", template: "request-received" });
    expect(sent?.to).toMatch(/@example\.org$/);
    expect(sent).not.toHaveProperty("text");
    expect(sent).not.toHaveProperty("html");
    expect(sent?.expiresAt).toEqual(expect.any(Number));
    // The timeline still shows it.
    const timeline = (await detail(sent?.pk.slice("request#".length))).timeline;
    expect(timeline).toContainEqual(
      expect.objectContaining({
        kind: "email",
        email: expect.objectContaining({ status: "sent" }),
      }),
    );
  });
});

describe("text fields", () => {
  it("refuse control characters and line breaks in one-line fields, with a field message", async () => {
    await outboxSettled();
    const before = await allItems();
    const response = await post(
      "/api/requests",
      validRequest({
        requesterRole: "professional",
        requester: {
          name: "Pia",
          organisation: "Org\r\nBcc: victim@example.org",
          email: uniqueEmail("worker"),
        },
        description: "Tapaaminen \u202Egnp.exe",
        place: "Kela\u0000",
      }),
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields).toMatchObject({
      "requester.organisation": "Kirjoita tämä yhdelle riville.",
      description: expect.stringContaining("ohjausmerkit"),
      place: expect.stringContaining("ohjausmerkit"),
    });
    expect(await allItems()).toEqual(before);
    // Line breaks are fine where a text runs over lines.
    const ok = await post("/api/requests", validRequest({ description: "Rivi yksi\nRivi kaksi" }));
    expect(ok.status).toBe(201);
  });

  it("take phone numbers only as phone numbers, and keep them in one form", async () => {
    const wrong = await post(
      "/api/requests",
      validRequest({
        client: { name: "Eino", phone: "2026-02-30", languages: ["fi"] },
        preferredContact: "phone",
      }),
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields["client.phone"]).toBeTruthy();
    const { id } = await submitRequest(session(), {
      client: { name: "Eino", phone: "040-123 4567", languages: ["fi"] },
      preferredContact: "phone",
    });
    expect((await detail(id)).request.client.phone).toBe("+358 40 1234567");
    const abroad = await submitRequest(session(), {
      client: { name: "Elsa", phone: "+46 70 123 45 67", languages: ["sv"] },
      preferredContact: "phone",
    });
    expect((await detail(abroad.id)).request.client.phone).toBe("+46 70 123 45 67");
  });
});

describe("the public forms as a mail relay", () => {
  it("send an address at most three confirmations a day; the requests are all kept", async () => {
    const victim = uniqueEmail("victim");
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const response = await post(
        "/api/requests",
        validRequest({
          client: { name: "Buy pills at spam.example", email: victim, languages: ["fi"] },
        }),
        { "x-test-address": uniqueEmail("sender") },
      );
      expect(response.status).toBe(201);
      answers.push(await response.json());
    }
    expect(answers.map((a) => a.confirmationEmail)).toEqual([true, true, true, false]);
    await outboxSettled();
    const mails = await mailsTo(victim);
    expect(mails).toHaveLength(3);
    // The name typed into the form is not in our greeting, nor anywhere in the mail.
    for (const mail of mails) expect(mail.body.text).not.toContain("spam.example");
    const stored = (await itemsOfType("request")).filter((r) => r.client?.email === victim);
    expect(stored).toHaveLength(4);
  });

  it("answers a bot that fills the honeypot exactly as anyone else", async () => {
    const bot = await post("/api/requests", validRequest({ website: "http://spam.example" }));
    const person = await post("/api/requests", validRequest());
    expect(bot.status).toBe(person.status);
    const [botBody, personBody] = [await bot.json(), await person.json()];
    expect(Object.keys(botBody).sort()).toEqual(Object.keys(personBody).sort());
    expect(botBody.reference).toMatch(/^R-\d{4}-\d{4,}$/);
  });
});

describe("core's own checks", () => {
  it("adds coordinators only for an admin or the operator's command, whatever the route", async () => {
    const input = { email: uniqueEmail("new"), name: "Uusi" };
    await expect(
      Actor.provide({ type: "public" }, () => Coordinator.add(input)),
    ).rejects.toMatchObject({
      status: 401,
    });
    const plain = {
      type: "coordinator" as const,
      coordinatorId: "coo_x",
      email: "x@example.org",
      name: "X",
      role: "coordinator" as const,
      sessionId: "s",
      secondFactor: "done" as const,
    };
    await expect(Actor.provide(plain, () => Coordinator.add(input))).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      Actor.provide({ ...plain, role: "admin" }, () => Coordinator.add(input)),
    ).resolves.toMatchObject({ email: input.email });
  });
});

describe("the API's edges", () => {
  it("marks every answer with personal data as not to be stored", async () => {
    const { id } = await submitRequest(session());
    for (const path of [`/api/requests/${id}`, "/api/inbox", "/api/volunteers"]) {
      const response = await call("GET", path, { cookie: session() });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
    }
    const refused = await call("GET", "/api/inbox");
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a body it cannot read (415) and changes nothing", async () => {
    const request = await submitRequest(session());
    const volunteer = await activeVolunteer(session());
    const { request: stored } = await detail(request.id);
    await call("POST", `/api/requests/${request.id}/offers`, {
      cookie: session(),
      body: { version: stored.version, volunteerIds: [volunteer.id] },
    });
    const token = linkToken(
      (await waitForMail(volunteer.email, 2)).find((m) => m.body.text.includes("/offer#")),
      "/offer",
    );
    await outboxSettled();
    const before = await allItems();
    const sent = await rawPost("/api/links/offer/decline", token, "reason=busy", "text/plain");
    expect(sent.status).toBe(415);
    expect((await sent.json()).error.code).toBe("unsupported_media_type");
    expect(await allItems()).toEqual(before);
  });

  it("answers only requests that carry the origin secret, when one is set", async () => {
    vi.stubEnv("ORIGIN_SECRET", "s".repeat(40));
    reloadConfig();
    expect((await call("GET", "/api/inbox", { cookie: session() })).status).toBe(403);
    const through = await call("GET", "/api/inbox", {
      cookie: session(),
      headers: { "x-origin-verify": "s".repeat(40) },
    });
    expect(through.status).toBe(200);
  });

  it("never writes a link's token into the error log", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const token = "A".repeat(21) + "b".repeat(22);
    // The database is out of reach: the link route fails with a 500 and logs it.
    vi.stubEnv("DYNAMODB_ENDPOINT", "http://127.0.0.1:9");
    reloadConfig();
    const response = await viaLink("GET", "/api/links/offer", token);
    expect(response.status).toBe(500);
    const logged = errors.mock.calls.flat().join("\n");
    errors.mockRestore();
    expect(logged).toContain("request failed");
    expect(logged).not.toContain(token);
  });
});

/** A raw request with the body and type given, as a script (not the site) would send it. */
function rawPost(path: string, token: string, body: string, type: string) {
  return app.request(path, {
    method: "POST",
    headers: { origin: siteOrigin(), "x-link-token": token, "content-type": type },
    body,
  });
}
