import * as Actor from "@rinnalla/core/actor";
import { Offering } from "@rinnalla/core/lifecycle";
import { Privacy } from "@rinnalla/core/privacy";
import { addDays, helsinkiDate, helsinkiHour, helsinkiToUtc } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import { call, itemsOfType, submitRequest, uniqueEmail, waitForMail } from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { confirmedVisit } from "../support/visits.ts";
import { activeVolunteer } from "../support/volunteers.ts";

/**
 * The coordinator's workspace: the inbox of everything still open and who handles it, the
 * calendar of coming visits, the association's details in every email, offers answered by day.
 */

deliveringMail();
const session = coordinatorSession();
const admin = coordinatorSession("admin");
const today = helsinkiDate(new Date());

const inbox = async (query: string, cookie = session()) => {
  const response = await call("GET", `/api/inbox?${query}`, { cookie });
  expect(response.status).toBe(200);
  return response.json();
};
const ids = (page: { requests: { id: string }[] }) => page.requests.map((r) => r.id);

describe("the inbox of open requests", () => {
  it("opens on every open request, soonest first, across statuses, page by page", async () => {
    const later = await submitRequest(session(), { date: addDays(today, 30) });
    const soon = await submitRequest(session(), { date: addDays(today, 2) });
    const assessed = await submitRequest(session(), { date: addDays(today, 9) });
    await call("POST", `/api/requests/${assessed.id}/assess`, {
      cookie: session(),
      body: { version: 1 },
    });
    const confirmed = await confirmedVisit(session(), { date: addDays(today, 5) });
    const closed = await submitRequest(session(), { date: addDays(today, 3) });
    await call("POST", `/api/requests/${closed.id}/cancel`, {
      cookie: session(),
      body: { version: 1, reason: "Ei tarvita" },
    });

    const page = await inbox("");
    expect(page.view).toBe("open");
    const order = ids(page);
    const mine = [soon.id, confirmed.id, assessed.id, later.id];
    expect(order.filter((id) => mine.includes(id))).toEqual(mine);
    expect(order).not.toContain(closed.id);
    const statusOf = (id: string) => page.requests.find((r: { id: string }) => r.id === id)?.status;
    expect([statusOf(soon.id), statusOf(assessed.id), statusOf(confirmed.id)]).toEqual([
      "received",
      "matching",
      "confirmed",
    ]);
    expect(page.counts.open).toBe(
      page.counts.received + page.counts.matching + page.counts.offered + page.counts.confirmed,
    );

    // Two at a time, the same order, nothing twice, nothing skipped.
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const next = await inbox(`limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(next.requests.length).toBeLessThanOrEqual(2);
      paged.push(...ids(next));
      cursor = next.cursor;
    } while (cursor);
    expect(paged).toEqual(order);
  });

  it("lets a coordinator take a request, and says so when someone else just did", async () => {
    const { id } = await submitRequest(session());
    const other = await signIn((await addCoordinator()).email);

    const taken = await call("POST", `/api/requests/${id}/owner`, {
      cookie: session(),
      body: { take: true, seen: null },
    });
    expect(taken.status).toBe(200);
    const { ownerId } = await taken.json();
    expect(ownerId).toMatch(/^coo_/);

    // The colleague saw it unowned: their take is refused, and it stays with the first.
    const late = await call("POST", `/api/requests/${id}/owner`, {
      cookie: other,
      body: { take: true, seen: null },
    });
    expect(late.status).toBe(409);
    expect((await late.json()).error.code).toBe("conflict");

    // Filters: mine, nobody's, urgent only.
    expect(ids(await inbox("owner=me"))).toContain(id);
    expect(ids(await inbox("owner=me", other))).not.toContain(id);
    expect(ids(await inbox("owner=none"))).not.toContain(id);
    const detail = await (await call("GET", `/api/requests/${id}`, { cookie: other })).json();
    expect(detail.request).toMatchObject({ ownerId, ownerName: "Test coordinator" });
    expect(detail.timeline.at(-1)).toMatchObject({ kind: "owner", ownerName: "Test coordinator" });

    // Taking it over names the owner seen; letting it go leaves it to nobody.
    const over = await call("POST", `/api/requests/${id}/owner`, {
      cookie: other,
      body: { take: true, seen: ownerId },
    });
    expect(over.status).toBe(200);
    const released = await call("POST", `/api/requests/${id}/owner`, {
      cookie: other,
      body: { take: false, seen: (await over.json()).ownerId },
    });
    expect(await released.json()).toEqual({ ownerId: null, ownerName: null });
    expect(ids(await inbox("owner=none"))).toContain(id);
  });

  it("shows only the urgent ones when asked, and refuses filters it does not know", async () => {
    const urgent = await submitRequest(session(), { date: addDays(today, 1) });
    const calm = await submitRequest(session(), { date: addDays(today, 40) });
    const page = ids(await inbox("urgent=true&limit=100"));
    expect(page).toContain(urgent.id);
    expect(page).not.toContain(calm.id);
    for (const bad of ["view=everything", "owner=someone", "urgent=maybe", "limit=0"]) {
      expect((await call("GET", `/api/inbox?${bad}`, { cookie: session() })).status, bad).toBe(400);
    }
  });
});

describe("the calendar", () => {
  it("lists the visits of the days asked for, each with its request and volunteer", async () => {
    const date = addDays(today, 6);
    const visit = await confirmedVisit(session(), { date, startTime: "13:15" }, "Kalle Kalenteri");
    const outside = await confirmedVisit(session(), { date: addDays(today, 20) });
    const week = await (
      await call("GET", `/api/calendar?from=${addDays(date, -2)}&to=${addDays(date, 4)}`, {
        cookie: session(),
      })
    ).json();
    const found = week.entries.filter((e: { requestId: string }) =>
      [visit.id, outside.id].includes(e.requestId),
    );
    expect(found).toEqual([
      expect.objectContaining({
        kind: "visit",
        requestId: visit.id,
        reference: visit.reference,
        date,
        startTime: "13:15",
        volunteerId: visit.volunteer.id,
        volunteerName: "Kalle Kalenteri",
      }),
    ]);
  });

  it("refuses a range backwards or longer than six weeks", async () => {
    for (const [from, to] of [
      [addDays(today, 5), today],
      [today, addDays(today, 42)],
      ["2027-02-30", "2027-03-01"],
    ]) {
      const response = await call("GET", `/api/calendar?from=${from}&to=${to}`, {
        cookie: session(),
      });
      expect(response.status, `${from}..${to}`).toBe(400);
    }
  });
});

describe("the association's details", () => {
  const details = {
    name: "Tukiyhdistys Testi ry",
    phone: "09 123 4567",
    email: "toimisto@testi.example",
    openingHours: "ma–pe 9–16",
    address: "Testikatu 5\n00500 Helsinki",
    replies: "organisation",
  };

  it("are an admin's to change, and every email carries them", async () => {
    const current = await (
      await call("GET", "/api/admin/settings/organisation", { cookie: admin() })
    ).json();
    const notAdmin = await call("PUT", "/api/admin/settings/organisation", {
      cookie: session(),
      body: { ...details, version: current.version },
    });
    expect(notAdmin.status).toBe(403);
    const saved = await call("PUT", "/api/admin/settings/organisation", {
      cookie: admin(),
      body: { ...details, version: current.version },
    });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({
      phone: "+358 9 1234567",
      version: current.version + 1,
    });
    // Someone saving on the version before is told, not overwritten.
    const stale = await call("PUT", "/api/admin/settings/organisation", {
      cookie: admin(),
      body: { ...details, name: "Toinen", version: current.version },
    });
    expect(stale.status).toBe(409);

    const contact = await (await call("GET", "/api/organisation")).json();
    expect(contact).toEqual({
      name: details.name,
      phone: "+358 9 1234567",
      email: details.email,
      openingHours: details.openingHours,
      address: details.address,
      // The supervisory authority the accessibility statement names: Traficom's by default.
      authority: {
        email: "saavutettavuus@traficom.fi",
        website: "https://www.saavutettavuusvaatimukset.fi",
      },
      // The privacy notice the form shows, whose version a request's consent names.
      notice: { version: Privacy.builtIn.version, since: Privacy.builtIn.since },
    });

    const { email } = await submitRequest(session());
    const [mail] = await waitForMail(email);
    expect(mail?.replyTo).toEqual([details.email]);
    expect(mail?.body.html).toContain('href="tel:+35891234567"');
    expect(mail?.body.html).toContain(`href="mailto:${details.email}"`);
    expect(mail?.body.text).toContain("Tukiyhdistys Testi ry");
  });

  it("refuse replies without an address to take them, with a message at the field", async () => {
    const current = await (
      await call("GET", "/api/admin/settings/organisation", { cookie: admin() })
    ).json();
    const before = await itemsOfType("organisation");
    const response = await call("PUT", "/api/admin/settings/organisation", {
      cookie: admin(),
      body: { ...details, email: "", website: "javascript:alert(1)", version: current.version },
    });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields).sort()).toEqual(["email", "website"]);
    expect(await itemsOfType("organisation")).toEqual(before);
  });
});

describe("an offer's deadline", () => {
  it("falls in the daytime when the offer is made at 02:22 at night", async () => {
    const date = addDays(today, 10);
    const { id } = await submitRequest(session(), { date });
    const volunteer = await activeVolunteer(session(), {}, { email: uniqueEmail("night") });
    const madeAt = helsinkiToUtc(addDays(date, -4), "02:22");
    const coordinator = await addCoordinator();
    await Actor.provide(
      {
        type: "coordinator",
        coordinatorId: coordinator.id,
        email: coordinator.email,
        name: coordinator.name,
        role: "coordinator",
        sessionId: "test",
        secondFactor: "done",
      },
      () => Offering.make({ id, version: 1, volunteerIds: [volunteer.id] }, madeAt),
    );
    const offer = (await itemsOfType("offer")).find((o) => o.pk === `request#${id}`);
    const expiresAt = new Date(String(offer?.expiresAt));
    expect(helsinkiHour(expiresAt)).toBeGreaterThanOrEqual(8);
    expect(helsinkiHour(expiresAt)).toBeLessThan(20);
    expect(expiresAt.getTime()).toBeGreaterThan(madeAt.getTime());
    // Its email waits in the outbox until the night it was made in; its words say 08.00.
    const mail = (await itemsOfType("outbox")).find(
      (e) => e.pk === `request#${id}` && e.template === "offer",
    );
    expect(JSON.stringify(mail?.letter)).toContain("08.00");
  });
});

describe("correcting a request", () => {
  it("keeps the client's main language when an edit does not mention it", async () => {
    const email = uniqueEmail();
    const client = { name: "Hodan Ali", email, languages: ["so", "fi"] };
    const { id } = await submitRequest(session(), {
      client: { ...client, mainLanguage: "so", finnishOrSwedish: "some" },
    });
    const edited = await call("PATCH", `/api/requests/${id}`, {
      cookie: session(),
      body: { version: 1, client: { ...client, phone: "040 765 4321" } },
    });
    expect(edited.status).toBe(200);
    const { request } = await edited.json();
    expect(request.client).toMatchObject({
      phone: "+358 40 7654321",
      mainLanguage: "so",
      finnishOrSwedish: "some",
    });
    // Dropping Somali from the languages drops it as the main language too.
    const dropped = await call("PATCH", `/api/requests/${id}`, {
      cookie: session(),
      body: { version: 2, client: { ...client, languages: ["fi"] } },
    });
    expect((await dropped.json()).request.client.mainLanguage).toBeUndefined();
  });
});
