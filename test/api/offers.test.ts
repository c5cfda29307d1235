import { type ServerKey, t } from "@rinnalla/core/i18n";
import { OfferExpiry } from "@rinnalla/core/jobs";
import { Offering } from "@rinnalla/core/lifecycle";
import type { VisibleError } from "@rinnalla/core/util";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import {
  allItems,
  call,
  itemsOfType,
  linkToken,
  outboxSettled,
  submitRequest,
  viaLink,
  waitForMail,
} from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { activeVolunteer } from "../support/volunteers.ts";

deliveringMail();
const session = coordinatorSession();

const submit = (overrides: Record<string, unknown> = {}) => submitRequest(session(), overrides);

async function detail(id: string) {
  return (await call("GET", `/api/requests/${id}`, { cookie: session() })).json();
}

async function offer(id: string, volunteerIds: string[], extra: Record<string, unknown> = {}) {
  const { request } = await detail(id);
  return call("POST", `/api/requests/${id}/offers`, {
    cookie: session(),
    body: { version: request.version, volunteerIds, ...extra },
  });
}

/** The token of the newest offer mail to a volunteer. */
async function offerToken(email: string, count = 1) {
  const mails = await waitForMail(email, count);
  return linkToken(mails.filter((m) => m.body.text.includes("/offer#")).at(-1), "/offer");
}

async function press(
  token: string,
  answer: "accept" | "decline",
  body: unknown = {},
): Promise<{ outcome: string }> {
  return (await viaLink("POST", `/api/links/offer/${answer}`, token, { body })).json();
}

describe("offers and answers through email links", () => {
  it("offers a visit to two; one declines, the other accepts; everyone is told", async () => {
    const request = await submit();
    const [first, second] = await Promise.all([
      activeVolunteer(session()),
      activeVolunteer(session(), {}, { locale: "sv" }),
    ]);
    const made = await offer(request.id, [first.id, second.id]);
    expect(made.status).toBe(201);
    expect((await made.json()).offers).toHaveLength(2);

    // The offer tells what, where and when; not the surname, contacts or the matter itself.
    const [offerMail] = (await waitForMail(first.email, 2)).filter((m) =>
      m.body.text.includes("/offer#"),
    );
    expect(offerMail?.subject).toMatch(/^Voisitko lähteä tueksi/);
    expect(offerMail?.body.text).toContain("Aino");
    expect(offerMail?.body.text).toContain("Vammaispalvelut");
    for (const secret of [
      "Virtanen",
      "1234567",
      request.email,
      "palvelusuunnitelma",
      "Jännittää",
    ]) {
      expect(offerMail?.body.text).not.toContain(secret);
    }
    const swedish = await offerToken(second.email, 2);
    expect((await waitForMail(second.email, 2)).at(-1)?.subject).toMatch(/^Kan du följa med/);

    // Opening the link shows the offer and changes nothing.
    const firstToken = await offerToken(first.email, 2);
    await outboxSettled();
    const before = await allItems();
    const page = await viaLink("GET", "/api/links/offer", firstToken);
    expect(page.status).toBe(200);
    const shown = await page.json();
    expect(shown).toMatchObject({ status: "pending", visit: { firstName: "Aino" } });
    expect(shown.details).toBeUndefined();
    expect(JSON.stringify(shown)).not.toContain("Virtanen");
    expect(await allItems()).toEqual(before);

    expect(await press(firstToken, "decline", { reason: "Olen silloin töissä" })).toEqual({
      outcome: "declined",
    });
    expect(await press(firstToken, "decline")).toEqual({ outcome: "already_declined" });
    expect(await press(swedish, "accept")).toEqual({ outcome: "accepted" });
    expect(await press(swedish, "accept")).toEqual({ outcome: "already_accepted" });
    expect(await press(firstToken, "accept")).toEqual({ outcome: "declined" });

    const after = await detail(request.id);
    expect(after.request).toMatchObject({
      status: "confirmed",
      volunteerId: second.id,
      volunteerName: second.name,
    });
    const matching = await (
      await call("GET", `/api/requests/${request.id}/matching`, { cookie: session() })
    ).json();
    expect(
      Object.fromEntries(
        matching.offers.map((o: { volunteerId: string; status: string }) => [
          o.volunteerId,
          o.status,
        ]),
      ),
    ).toEqual({ [first.id]: "declined", [second.id]: "accepted" });
    expect(
      matching.offers.find((o: { volunteerId: string }) => o.volunteerId === first.id).reason,
    ).toBe("Olen silloin töissä");

    // The volunteer's confirmation: who, how to reach, where, and a calendar entry.
    const confirmation = (await waitForMail(second.email, 3)).at(-1);
    expect(confirmation?.subject).toMatch(/^Bekräftelse: besök/);
    expect(confirmation?.body.text).toContain("Aino Virtanen");
    // Phone numbers are kept, and shown, in one international form.
    expect(confirmation?.body.text).toContain("+358 40 1234567");
    expect(confirmation?.body.text).toContain("Sosiaalitoimisto, Toinen linja 4");
    expect(confirmation?.body.text).not.toContain("Jännittää");
    const ics = confirmation?.attachments?.find((a) => a.filename.endsWith(".ics"));
    expect(ics?.contentType).toMatch(/^text\/calendar/);
    const calendar = Buffer.from(ics?.content ?? "", "base64").toString("utf8");
    expect(calendar).toContain("BEGIN:VEVENT");
    expect(calendar).toContain(
      `DTSTART:${after.request.startsAt.replace(/[-:]/g, "").slice(0, 15)}Z`,
    );
    expect(calendar).not.toContain("Virtanen");

    // The client is told a support person is coming: first name only, with a cancel link.
    const found = (await waitForMail(request.email, 2)).at(-1);
    expect(found?.subject).toBe(`Tukihenkilö on löytynyt (${request.reference})`);
    expect(found?.body.text).toContain(second.name.split(" ")[0]);
    expect(found?.body.text).not.toContain(second.name);
    expect(found?.body.text).toContain("/cancel#");

    // After accepting, the volunteer's page has the details.
    const accepted = await (await viaLink("GET", "/api/links/offer", swedish)).json();
    expect(accepted.details).toMatchObject({
      clientName: "Aino Virtanen",
      description: "Vammaispalvelun palvelusuunnitelmapalaveri",
    });
    const visits = (await itemsOfType("visit")).filter((v) => v.requestId === request.id);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ volunteerId: second.id, status: "planned" });
  });

  it("gives the visit to exactly one of 50 volunteers accepting at once", async () => {
    const request = await submit();
    const volunteers = [];
    for (let i = 0; i < 5; i++) {
      volunteers.push(
        ...(await Promise.all(Array.from({ length: 10 }, () => activeVolunteer(session())))),
      );
    }
    for (let i = 0; i < volunteers.length; i += 5) {
      const made = await offer(
        request.id,
        volunteers.slice(i, i + 5).map((v) => v.id),
      );
      expect(made.status).toBe(201);
    }
    const tokens = await Promise.all(volunteers.map((v) => offerToken(v.email, 2)));
    const outcomes = await Promise.all(tokens.map((token) => press(token, "accept")));
    const tally = outcomes.reduce<Record<string, number>>(
      (acc, { outcome }: { outcome: string }) => {
        acc[outcome] = (acc[outcome] ?? 0) + 1;
        return acc;
      },
      {},
    );
    expect(tally).toEqual({ accepted: 1, covered: 49 });

    const winner = volunteers[outcomes.findIndex((o) => o.outcome === "accepted")];
    const { request: after } = await detail(request.id);
    expect(after).toMatchObject({ status: "confirmed", volunteerId: winner?.id });
    expect((await itemsOfType("visit")).filter((v) => v.requestId === request.id)).toHaveLength(1);
    const confirmations = (await itemsOfType("outbox")).filter(
      (o) => o.pk === `request#${request.id}` && o.template === "visit-confirmed",
    );
    expect(confirmations).toHaveLength(1);
    // Everyone else hears, once, that the visit no longer needs them.
    const noLongerNeeded = (await itemsOfType("outbox")).filter(
      (o) => o.pk === `request#${request.id}` && o.template === "offer-withdrawn",
    );
    expect(noLongerNeeded).toHaveLength(49);
    expect(new Set(noLongerNeeded.map((o) => o.to)).size).toBe(49);
    expect(noLongerNeeded.map((o) => o.to)).not.toContain(winner?.email);
    // A late page view says it is covered.
    const late = await (
      await viaLink(
        "GET",
        "/api/links/offer",
        tokens[outcomes.findIndex((o) => o.outcome === "covered")] as string,
      )
    ).json();
    expect(late.status).toBe("covered");
  }, 120_000);

  it("refuses tampered and expired links, and a replay changes nothing", async () => {
    const request = await submit();
    const volunteer = await activeVolunteer(session());
    expect((await offer(request.id, [volunteer.id], { expiresInHours: 1 })).status).toBe(201);
    const token = await offerToken(volunteer.email, 2);

    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    await outboxSettled();
    const before = await allItems();
    for (const wrong of [tampered, "short", ""]) {
      const response = await viaLink("GET", "/api/links/offer", wrong);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("link_invalid");
    }
    expect((await viaLink("POST", "/api/links/offer/accept", tampered)).status).toBe(404);
    expect(await allItems()).toEqual(before);

    // Past the offer's own deadline the answer is refused as expired (an hour, or up to 08:00
    // when that hour ends in the night) …
    const later = new Date(Date.now() + 13 * 3_600_000);
    expect(await Offering.accept(token, later)).toBe("expired");
    // … and past the link's validity (a day after the visit) the link itself is gone.
    const muchLater = new Date(Date.now() + 30 * 86_400_000);
    await expect(Offering.viewByLink(token, muchLater)).rejects.toMatchObject({
      status: 410,
      code: "link_expired",
    } satisfies Partial<VisibleError>);
    expect(await allItems()).toEqual(before);

    // Replay: a second accept neither plans a second visit nor sends a second confirmation.
    expect(await press(token, "accept")).toEqual({ outcome: "accepted" });
    await waitForMail(volunteer.email, 3);
    await waitForMail(request.email, 2);
    await outboxSettled();
    const once = await allItems();
    expect(await press(token, "accept")).toEqual({ outcome: "already_accepted" });
    expect(await allItems()).toEqual(once);
  });

  it("sends the request back to matching and alerts the coordinator when everyone declines", async () => {
    const request = await submit();
    const [a, b] = await Promise.all([activeVolunteer(session()), activeVolunteer(session())]);
    await offer(request.id, [a.id, b.id]);
    await press(await offerToken(a.email, 2), "decline");
    expect((await detail(request.id)).request.status).toBe("offered");
    await press(await offerToken(b.email, 2), "decline", { reason: "" });
    expect((await detail(request.id)).request.status).toBe("matching");

    const { alerts } = await (await call("GET", "/api/alerts", { cookie: session() })).json();
    const alert = alerts.find((x: { requestId: string }) => x.requestId === request.id);
    expect(alert).toMatchObject({ kind: "offers_declined", reference: request.reference });
    expect(
      (await call("POST", `/api/alerts/${alert.id}/resolve`, { cookie: session() })).status,
    ).toBe(200);
    const after = await (await call("GET", "/api/alerts", { cookie: session() })).json();
    expect(after.alerts.some((x: { id: string }) => x.id === alert.id)).toBe(false);
    expect(
      (await call("POST", "/api/alerts/alr_unknown/resolve", { cookie: session() })).status,
    ).toBe(404);
  });

  it("expires unanswered offers on schedule, once, however often the job runs", async () => {
    const request = await submit();
    const volunteer = await activeVolunteer(session());
    const made = await (await offer(request.id, [volunteer.id], { expiresInHours: 2 })).json();
    const token = await offerToken(volunteer.email, 2);
    // Two hours from now, or 08:00 when that falls in the Helsinki night (offer/deadline.ts).
    const expiresAt = new Date(made.offers[0].expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(Date.now() + 2 * 3_600_000 - 60_000);

    expect((await OfferExpiry.expireDue(new Date(expiresAt - 60_000))).expired).toBe(0);
    const due = new Date(expiresAt + 60_000);
    const [first, second] = await Promise.all([
      OfferExpiry.expireDue(due),
      OfferExpiry.expireDue(due),
    ]);
    expect(first.expired + second.expired).toBe(1);
    expect((await OfferExpiry.expireDue(due)).expired).toBe(0);

    expect((await detail(request.id)).request.status).toBe("matching");
    const alerts = (await itemsOfType("alert")).filter((a) => a.requestId === request.id);
    expect(alerts.map((a) => a.kind)).toEqual(["offers_expired"]);
    expect(await press(token, "accept")).toEqual({ outcome: "expired" });
  });

  it("never lets an offer run past the visit itself", async () => {
    const request = await submit({ date: addDays(helsinkiDate(new Date()), 2) });
    const volunteer = await activeVolunteer(session());
    const made = await (await offer(request.id, [volunteer.id], { expiresInHours: 168 })).json();
    const { request: current } = await detail(request.id);
    expect(made.offers[0].expiresAt).toBe(current.startsAt);
  });

  it("lets the coordinator withdraw an offer, and assign by phone with the same confirmations", async () => {
    const request = await submit();
    const [asked, phoned] = await Promise.all([
      activeVolunteer(session()),
      activeVolunteer(session()),
    ]);
    await offer(request.id, [asked.id]);
    const token = await offerToken(asked.email, 2);
    const withdrawn = await call(
      "POST",
      `/api/requests/${request.id}/offers/${asked.id}/withdraw`,
      { cookie: session() },
    );
    expect(withdrawn.status).toBe(200);
    expect((await waitForMail(asked.email, 3)).at(-1)?.subject).toMatch(/ei ole enää avoinna/);
    expect((await detail(request.id)).request.status).toBe("matching");
    expect(await press(token, "accept")).toEqual({ outcome: "withdrawn" });
    expect(
      (
        await call("POST", `/api/requests/${request.id}/offers/${asked.id}/withdraw`, {
          cookie: session(),
        })
      ).status,
    ).toBe(409);
    // A withdrawal by the coordinator needs no alert.
    expect((await itemsOfType("alert")).filter((a) => a.requestId === request.id)).toHaveLength(0);

    const { request: current } = await detail(request.id);
    const assigned = await call("POST", `/api/requests/${request.id}/assign`, {
      cookie: session(),
      body: {
        version: current.version,
        volunteerId: phoned.id,
        note: "Sovittu puhelimessa",
        firstMeeting: { date: current.date, time: "09:00", place: "Kahvila Kulma" },
      },
    });
    expect(assigned.status).toBe(200);
    const matching = await (
      await call("GET", `/api/requests/${request.id}/matching`, { cookie: session() })
    ).json();
    expect(
      matching.offers.find((o: { volunteerId: string }) => o.volunteerId === phoned.id),
    ).toMatchObject({
      status: "accepted",
      via: "phone",
    });
    const confirmation = (await waitForMail(phoned.email, 2)).at(-1);
    expect(confirmation?.body.text).toContain("Kahvila Kulma");
    expect(confirmation?.attachments?.[0]?.filename).toMatch(/\.ics$/);
    const found = (await waitForMail(request.email, 2)).at(-1);
    expect(found?.body.text).toContain("Kahvila Kulma");
  });

  it("lets the requester cancel through their link; the volunteer and coordinator hear at once", async () => {
    const request = await submit();
    const volunteer = await activeVolunteer(session());
    await offer(request.id, [volunteer.id]);
    await press(await offerToken(volunteer.email, 2), "accept");
    const cancelToken = linkToken((await waitForMail(request.email, 2)).at(-1), "/cancel");

    await outboxSettled();
    const before = await allItems();
    const page = await (await viaLink("GET", "/api/links/cancel", cancelToken)).json();
    expect(page).toMatchObject({ reference: request.reference, status: "confirmed" });
    expect(page.volunteerFirstName).toBe(volunteer.name.split(" ")[0]);
    expect(await allItems()).toEqual(before);

    const cancel = () =>
      viaLink("POST", "/api/links/cancel", cancelToken, { body: { reason: "Aika siirtyi" } });
    expect(await (await cancel()).json()).toEqual({ outcome: "cancelled" });
    expect(await (await cancel()).json()).toEqual({ outcome: "already_cancelled" });
    expect((await detail(request.id)).request.status).toBe("cancelled");
    expect((await waitForMail(volunteer.email, 4)).at(-1)?.subject).toMatch(/on peruttu$/);
    const visit = (await itemsOfType("visit")).find((v) => v.requestId === request.id);
    expect(visit?.status).toBe("cancelled");
    const { alerts } = await (await call("GET", "/api/alerts", { cookie: session() })).json();
    expect(alerts.find((a: { requestId: string }) => a.requestId === request.id)?.kind).toBe(
      "requester_cancelled",
    );
  });
});

describe("offers that lose their point", () => {
  it("are closed, and their volunteers told, when the coordinator cancels the request", async () => {
    const request = await submit();
    const [a, b] = await Promise.all([activeVolunteer(session()), activeVolunteer(session())]);
    await offer(request.id, [a.id, b.id]);
    const token = await offerToken(a.email, 2);
    const { request: current } = await detail(request.id);
    const cancelled = await call("POST", `/api/requests/${request.id}/cancel`, {
      cookie: session(),
      body: { version: current.version, reason: "Asiakas perui puhelimessa" },
    });
    expect(cancelled.status).toBe(200);
    for (const v of [a, b]) {
      expect((await waitForMail(v.email, 3)).at(-1)?.subject).toMatch(/ei ole enää avoinna/);
    }
    const offers = (await itemsOfType("offer")).filter((o) => o.requestId === request.id);
    expect(offers.map((o) => o.status)).toEqual(["withdrawn", "withdrawn"]);
    expect(offers.every((o) => o.gsi1pk === undefined)).toBe(true);
    expect(await press(token, "accept")).toEqual({ outcome: "withdrawn" });
  });
});

describe("bad offers change nothing", () => {
  it("explains each problem by field and writes nothing", async () => {
    const request = await submit();
    const volunteer = await activeVolunteer(session());
    const { request: current } = await detail(request.id);
    await outboxSettled();
    const before = await allItems();
    const cases: [unknown, number, Record<string, string> | string][] = [
      [{ version: current.version, volunteerIds: [] }, 400, { volunteerIds: "error.required" }],
      [
        { version: current.version, volunteerIds: ["vol_nobody"] },
        400,
        { volunteerIds: "error.notAvailable" },
      ],
      [
        {
          version: current.version,
          volunteerIds: Array(6)
            .fill(volunteer.id)
            .map((v, i) => `${v}${i}`),
        },
        400,
        { volunteerIds: "error.tooMany" },
      ],
      [
        { version: current.version, volunteerIds: [volunteer.id], expiresInHours: 0 },
        400,
        "validation",
      ],
      [
        {
          version: current.version,
          volunteerIds: [volunteer.id],
          firstMeeting: { date: "2020-01-01", time: "10:00", place: "x" },
        },
        400,
        { "firstMeeting.date": "error.firstMeetingDate" },
      ],
      [{ version: current.version + 5, volunteerIds: [volunteer.id] }, 409, "conflict"],
    ];
    for (const [body, status, expected] of cases) {
      const response = await call("POST", `/api/requests/${request.id}/offers`, {
        cookie: session(),
        body,
      });
      expect(response.status, JSON.stringify(body)).toBe(status);
      const { error } = await response.json();
      if (typeof expected === "string") expect(error.code).toBe(expected);
      else
        expect(error.fields).toMatchObject(
          Object.fromEntries(
            Object.entries(expected).map(([f, key]) => [f, t("fi", key as ServerKey)]),
          ),
        );
    }
    expect(await allItems()).toEqual(before);
  });

  it("does not offer a request that already has its volunteer", async () => {
    const request = await submit();
    const [a, b] = await Promise.all([activeVolunteer(session()), activeVolunteer(session())]);
    await offer(request.id, [a.id]);
    await press(await offerToken(a.email, 2), "accept");
    const again = await offer(request.id, [b.id]);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("not_allowed");
  });
});
