import { reloadConfig } from "@rinnalla/core/config";
import { Outbox } from "@rinnalla/core/mail";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { freePort } from "../../packages/local/src/ports.ts";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import { call, itemsOfType, submitRequest, uniqueEmail, waitForMail } from "../support/harness.ts";

let stopDelivery: () => Promise<void>;
let cookie: string;
let admin: string;
beforeAll(async () => {
  stopDelivery = deliverInBackground(() => {});
  cookie = await signIn((await addCoordinator()).email);
  admin = await signIn((await addCoordinator("admin")).email);
});
afterAll(() => stopDelivery());

const submit = (overrides: Record<string, unknown> = {}) => submitRequest(cookie, overrides);

const today = helsinkiDate(new Date());

describe("the request inbox", () => {
  it("lists requests by status, soonest first, with counts and the urgent ones marked", async () => {
    const later = await submit({ date: addDays(today, 20) });
    const soon = await submit({ date: addDays(today, 1) });
    const { requests, counts } = await (
      await call("GET", "/api/inbox?view=received", { cookie })
    ).json();
    const references = requests.map((r: { reference: string }) => r.reference);
    expect(references.indexOf(soon.reference)).toBeLessThan(references.indexOf(later.reference));
    expect(requests.find((r: { reference: string }) => r.reference === soon.reference).urgent).toBe(
      true,
    );
    expect(
      requests.find((r: { reference: string }) => r.reference === later.reference).urgent,
    ).toBe(false);
    expect(counts.received).toBe(requests.length);
    expect(requests[0]).not.toHaveProperty("description");
  });

  it("pages through a long list without repeating a request", async () => {
    for (let i = 0; i < 7; i++) await submit();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = `/api/inbox?view=received&limit=3${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await (await call("GET", query, { cookie })).json();
      expect(page.requests.length).toBeLessThanOrEqual(3);
      seen.push(...page.requests.map((r: { id: string }) => r.id));
      cursor = page.cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(9);
  });

  it("finds a request by reference number or by words of the client's name", async () => {
    const { reference } = await submit({
      client: { name: "Äijälä Öhman", email: uniqueEmail(), languages: ["fi"] },
    });
    const number = reference.slice(-4).replace(/^0+/, "");
    for (const q of [
      reference,
      reference.toLowerCase(),
      `${reference.slice(2, 6)}-${number}`,
      "aija",
      "Öhm äij",
    ]) {
      const { requests } = await (
        await call("GET", `/api/inbox/search?q=${encodeURIComponent(q)}`, { cookie })
      ).json();
      expect(
        requests.map((r: { reference: string }) => r.reference),
        q,
      ).toContain(reference);
    }
    const none = await (await call("GET", "/api/inbox/search?q=zzzz", { cookie })).json();
    expect(none.requests).toEqual([]);
  });
});

describe("working on a request", () => {
  it("shows the detail, takes a note, cancels with a reason and tells the requester", async () => {
    const { id, email, reference } = await submit({ locale: "sv" });
    const detail = await (await call("GET", `/api/requests/${id}`, { cookie })).json();
    expect(detail.request).toMatchObject({ reference, status: "received", version: 1 });
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(["submitted", "email"]);

    expect(
      (
        await call("POST", `/api/requests/${id}/notes`, {
          cookie,
          body: { text: "Soitin asiakkaalle." },
        })
      ).status,
    ).toBe(201);
    const cancelled = await call("POST", `/api/requests/${id}/cancel`, {
      cookie,
      body: { reason: "Asiakas peruutti puhelimessa", version: 1 },
    });
    expect(await cancelled.json()).toEqual({ status: "cancelled", emailed: true, texted: false });

    const mails = await waitForMail(email, 2);
    const cancellation = mails.find((m) => m.subject.includes("annullerats"));
    expect(cancellation?.subject).toBe(`Begäran ${reference} har annullerats`);
    expect(cancellation?.body.text).not.toContain("puhelimessa");

    const after = await (await call("GET", `/api/requests/${id}`, { cookie })).json();
    expect(after.request.status).toBe("cancelled");
    const kinds = after.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toContain("note");
    expect(after.timeline.find((e: { kind: string }) => e.kind === "status")).toMatchObject({
      from: "received",
      to: "cancelled",
      reason: "Asiakas peruutti puhelimessa",
    });

    const audit = await (await call("GET", "/api/admin/audit", { cookie: admin })).json();
    const about = audit.entries.filter((e: { subject: string }) => e.subject === `request#${id}`);
    expect(about.map((e: { action: string }) => e.action).sort()).toEqual(
      ["request.cancel", "request.note", "request.read", "request.read"].sort(),
    );
    // Nothing in the app edits the log: no route writes to it directly.
    expect((await call("DELETE", "/api/admin/audit", { cookie: admin })).status).toBe(404);
  });

  it("refuses a change made on a stale version, and a move the status does not allow", async () => {
    const { id } = await submit();
    expect(
      (await call("POST", `/api/requests/${id}/assess`, { cookie, body: { version: 1 } })).status,
    ).toBe(200);
    const stale = await call("PATCH", `/api/requests/${id}`, {
      cookie,
      body: { municipality: "Vantaa", version: 1 },
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe("conflict");
    const edited = await call("PATCH", `/api/requests/${id}`, {
      cookie,
      body: { municipality: "Vantaa", version: 2 },
    });
    expect((await edited.json()).request).toMatchObject({ municipality: "Vantaa", version: 3 });
    const noVolunteer = await call("POST", `/api/requests/${id}/no-volunteer`, {
      cookie,
      body: { reason: "Ei vapaita", version: 3 },
    });
    expect((await noVolunteer.json()).status).toBe("no_volunteer");
    const again = await call("POST", `/api/requests/${id}/cancel`, {
      cookie,
      body: { reason: "x", version: 4 },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("not_allowed");
    const counts = (await (await call("GET", "/api/inbox?view=no_volunteer", { cookie })).json())
      .counts;
    expect(counts.no_volunteer).toBeGreaterThanOrEqual(1);
  });

  it("lets a coordinator see a failed email and send it again", async () => {
    const sesEndpoint = process.env.SES_ENDPOINT;
    await stopDelivery();
    process.env.SES_ENDPOINT = `http://127.0.0.1:${await freePort()}`;
    reloadConfig();
    let request: Awaited<ReturnType<typeof submit>>;
    try {
      request = await submit();
      let now = Date.now();
      for (let attempt = 1; attempt <= Outbox.MAX_ATTEMPTS; attempt++) {
        now += Outbox.backoffMs(attempt) + 1000;
        await Outbox.retryDue(new Date(now));
      }
    } finally {
      process.env.SES_ENDPOINT = sesEndpoint;
      reloadConfig();
      stopDelivery = deliverInBackground(() => {});
    }
    const { emails } = await (await call("GET", "/api/emails/failed", { cookie })).json();
    const failed = emails.find((e: { to: string }) => e.to === request.email);
    expect(failed).toMatchObject({ status: "failed", owner: `request#${request.id}` });
    const retried = await call("POST", `/api/requests/${request.id}/emails/${failed.id}/retry`, {
      cookie,
    });
    expect(retried.status).toBe(200);
    expect(await waitForMail(request.email)).toHaveLength(1);
    const outbox = (await itemsOfType("outbox")).find((e) => e.to === request.email);
    expect(outbox?.status).toBe("sent");
  });
});
