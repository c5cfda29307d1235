import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { Volunteer } from "@rinnalla/core/volunteer";
import { describe, expect, it } from "vitest";
import { call, itemsOfType, uniqueEmail, useUpRateLimit, waitForMail } from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import {
  activate as activateVolunteer,
  applyAs,
  profile,
  validApplication,
  volunteerSignIn,
} from "../support/volunteers.ts";

deliveringMail();
const session = coordinatorSession();

const today = helsinkiDate(new Date());

async function detail(id: string) {
  return (await call("GET", `/api/volunteers/${id}`, { cookie: session() })).json();
}

const activate = (id: string, overrides: Record<string, unknown> = {}) =>
  activateVolunteer(session(), id, overrides);

describe("applying to become a volunteer", () => {
  it("stores an applicant, thanks them by email, and shows them to coordinators", async () => {
    const { id, email } = await applyAs(session(), { locale: "sv" });
    const [mail] = await waitForMail(email);
    expect(mail?.subject).toBe("Tack för att du vill bli frivillig");
    const { volunteer, history } = await detail(id);
    expect(volunteer).toMatchObject({ status: "applicant", municipality: "Espoo" });
    expect(history.map((h: { to: string }) => h.to)).toEqual(["applicant"]);
  });

  it("answers the same to a second application from the same address and keeps one", async () => {
    const body = validApplication();
    expect((await call("POST", "/api/volunteers/apply", { body })).status).toBe(201);
    expect(
      (await call("POST", "/api/volunteers/apply", { body: { ...body, name: "Toinen" } })).status,
    ).toBe(201);
    const mine = (await itemsOfType("volunteer")).filter((v) => v.email === body.email);
    expect(mine).toHaveLength(1);
  });

  it("refuses bad input field by field in the user's language, storing nothing", async () => {
    const before = (await itemsOfType("volunteer")).length;
    const response = await call("POST", "/api/volunteers/apply", {
      body: validApplication({ email: "x", languages: [], consent: false }),
      headers: { "accept-language": "en" },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({
      email: "Write the email address like name@example.org.",
      languages: "Choose at least one language.",
      consent: "We need the consent to arrange the support.",
    });
    expect(await itemsOfType("volunteer")).toHaveLength(before);
  });

  it("limits applications per address with a 429", async () => {
    // A fixed clock: the limit counts per hour, and the hour must not turn over mid-test.
    const context = { clientAddress: "203.0.113.9", now: new Date("2026-12-01T10:30:00Z") };
    for (let i = 0; i < 10; i++) await Volunteer.apply(validApplication(), context);
    await expect(Volunteer.apply(validApplication(), context)).rejects.toMatchObject({
      status: 429,
    });

    await useUpRateLimit("volunteer-apply", "203.0.113.10", 10, 3600);
    const limited = await call("POST", "/api/volunteers/apply", {
      body: validApplication(),
      headers: { "x-test-address": "203.0.113.10", "accept-language": "en" },
    });
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.message).toMatch(/try again/);
  });
});

describe("the lifecycle", () => {
  it("moves an applicant through the interview and training to active, with history", async () => {
    const { id } = await applyAs(session());
    const after = await activate(id);
    expect(after.volunteer.status).toBe("active");
    expect(after.history.map((h: { to: string }) => h.to)).toEqual([
      "applicant",
      "in_training",
      "active",
    ]);
    expect(after.interview).toMatchObject({
      decision: "to_training",
      workHistory: "Sairaanhoitaja 30 vuotta",
    });
  });

  it("refuses moves the lifecycle does not allow, and stale versions", async () => {
    const { id } = await applyAs(session());
    const skip = await call("POST", `/api/volunteers/${id}/status`, {
      cookie: session(),
      body: { version: 1, change: { to: "active" } },
    });
    expect(skip.status).toBe(409);
    expect((await skip.json()).error.code).toBe("not_allowed");
    const pausedWithoutDate = await call("POST", `/api/volunteers/${id}/status`, {
      cookie: session(),
      body: { version: 1, change: { to: "paused" } },
    });
    expect(pausedWithoutDate.status).toBe(400);
    const after = await activate(id);
    const stale = await call("POST", `/api/volunteers/${id}/status`, {
      cookie: session(),
      body: { version: 1, change: { to: "ended", endReason: "moved" } },
    });
    expect(stale.status).toBe(409);
    const ended = await call("POST", `/api/volunteers/${id}/status`, {
      cookie: session(),
      body: {
        version: after.volunteer.version,
        change: { to: "ended", endReason: "moved", reason: "Muutti Ouluun" },
      },
    });
    expect((await ended.json()).volunteer).toMatchObject({ status: "ended", endReason: "moved" });
  });
});

describe("the bank", () => {
  it("filters by language, sector, area and who is free on a date", async () => {
    const somali = await applyAs(session(), { name: `Somali ${uniqueEmail()}` });
    await activate(somali.id);
    const other = await applyAs(session(), { name: `Ruotsi ${uniqueEmail()}` });
    await activate(other.id, {
      languages: [{ code: "sv", level: "native" }],
      sectors: ["legal_tax"],
      areas: ["Helsinki"],
      availability: {
        weekly: [{ day: 6, from: "10:00", to: "14:00" }],
        away: [],
        maxVisitsPerMonth: 2,
      },
    });
    const ids = async (query: string) =>
      (
        await (await call("GET", `/api/volunteers?${query}`, { cookie: session() })).json()
      ).volunteers.map((v: { id: string }) => v.id);
    expect(await ids("language=so")).toContain(somali.id);
    expect(await ids("language=so")).not.toContain(other.id);
    expect(await ids("sector=legal_tax")).toEqual([other.id]);
    expect(await ids("area=kauni")).toContain(somali.id);
    // The next Monday is a working day for one and not for the other.
    const monday = Array.from({ length: 7 }, (_, i) => addDays(today, i + 1)).find(
      (d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1,
    );
    const free = await ids(`freeOn=${monday}`);
    expect(free).toContain(somali.id);
    expect(free).not.toContain(other.id);
    // Away dates count.
    expect(await ids(`freeOn=${addDays(today, 32)}&language=so`)).not.toContain(somali.id);
  });
});

describe("a volunteer's own pages", () => {
  it("let them see and change only their own data, and pause themselves", async () => {
    const mine = await applyAs(session());
    await activate(mine.id);
    const someoneElse = await applyAs(session());
    const own = await volunteerSignIn(mine.email);

    const me = await (await call("GET", "/api/me/volunteer", { cookie: own })).json();
    expect(me).toMatchObject({ id: mine.id, status: "active" });
    expect(me).not.toHaveProperty("interview");
    expect(JSON.stringify(me)).not.toContain("Sairaanhoitaja");

    const changed = await call("PUT", "/api/me/volunteer/profile", {
      cookie: own,
      body: { version: me.version, profile: profile({ strengths: "Kärsivällinen" }) },
    });
    const updated = await changed.json();
    expect(updated.profile.strengths).toBe("Kärsivällinen");
    const paused = await call("POST", "/api/me/volunteer/pause", {
      cookie: own,
      body: { version: updated.version, until: addDays(today, 14) },
    });
    expect((await paused.json()).status).toBe("paused");

    // Nothing of anyone else, and nothing of the coordinators' side.
    expect((await call("GET", `/api/volunteers/${someoneElse.id}`, { cookie: own })).status).toBe(
      403,
    );
    expect((await call("GET", "/api/volunteers", { cookie: own })).status).toBe(403);
    expect((await call("GET", "/api/inbox", { cookie: own })).status).toBe(403);
    // The history shows the change and who made it.
    const { history } = await detail(mine.id);
    expect(history.at(-1)).toMatchObject({ from: "active", to: "paused", actorName: mine.name });
  });
});
