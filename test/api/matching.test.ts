import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import { dayAhead } from "../support/dates.ts";
import { call, submitRequest, uniqueEmail } from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { activate, activeVolunteer, applyAs, everyDay } from "../support/volunteers.ts";

// Its own file (and table): the exclusion counts cover the whole bank.
deliveringMail();
const session = coordinatorSession();

const submit = (overrides: Record<string, unknown> = {}) => submitRequest(session(), overrides);

const suggestions = async (id: string) =>
  (await call("GET", `/api/requests/${id}/matching`, { cookie: session() })).json();

describe("ranked suggestions for a request", () => {
  it("ranks who fits, explains why, and counts who was left out and for what", async () => {
    // A Saturday: the default profile's weekday windows leave its holder away that day.
    const request = await submit({
      date: dayAhead(7, 6),
      sector: "healthcare",
      description: "Lääkärin vastaanotto, tarvitsen tulkin kanssa apua",
      client: {
        name: "Sami Salo",
        email: uniqueEmail(),
        languages: ["fi", "so"],
        mainLanguage: "fi",
      },
    });
    const expert = await activeVolunteer(session(), {
      sectors: ["healthcare"],
      languages: [{ code: "so", level: "native" }],
    });
    const curious = await activeVolunteer(session(), {
      sectors: [],
      interests: "Lääkärin vastaanotot ja terveyspalvelut",
      languages: [{ code: "fi", level: "basic" }],
    });
    const hesitant = await activeVolunteer(session(), {
      sectors: ["healthcare"],
      avoidSectors: ["healthcare"],
      languages: [{ code: "fi", level: "basic" }],
    });
    await activeVolunteer(session(), { languages: [{ code: "ru", level: "native" }] });
    await activeVolunteer(session(), { areas: ["Rovaniemi"] }, { municipality: "Rovaniemi" });
    await activeVolunteer(session(), {
      availability: {
        ...everyDay().availability,
        away: [{ from: "2020-01-01", to: "2099-12-31" }],
      },
    });
    const inTraining = await applyAs(session());
    await activate(session(), inTraining.id);
    // The activation above leaves them active; a second applicant stays in training.
    const trainee = await applyAs(session());
    await call("PUT", `/api/volunteers/${trainee.id}/interview`, {
      cookie: session(),
      body: {
        version: 1,
        interview: {
          workHistory: "",
          lifeSituation: "",
          earlierVolunteering: "",
          suitability: "",
          decision: "to_training",
        },
      },
    });

    const result = await suggestions(request.id);
    // Away: the one away for years, and the one with the default (weekday) profile.
    expect(result.excluded).toMatchObject({ notActive: 1, language: 1, area: 1, away: 2 });
    const order = result.suggestions.map((s: { volunteerId: string }) => s.volunteerId);
    expect(order.indexOf(expert.id)).toBe(0);
    expect(order.indexOf(curious.id)).toBeLessThan(order.indexOf(hesitant.id));
    const byId = Object.fromEntries(
      result.suggestions.map((s: { volunteerId: string }) => [s.volunteerId, s]),
    );
    expect(byId[expert.id].factors).toEqual(
      expect.arrayContaining([
        { kind: "sector", points: 3 },
        { kind: "language", points: 1 },
        { kind: "fairness", points: 2, count: 0 },
      ]),
    );
    expect(byId[curious.id].factors).toContainEqual({
      kind: "interests",
      points: 1,
      word: "lääkärin",
    });
    expect(byId[hesitant.id].factors).toContainEqual({ kind: "challenge", points: -3 });
    expect(result.considered).toBe(
      result.suggestions.length +
        Object.values(result.excluded as Record<string, number>).reduce((a, b) => a + b, 0),
    );
  });

  it("counts a volunteer booked at an overlapping time (travel included) as booked", async () => {
    const first = await submit({ startTime: "10:00", durationMinutes: 60 });
    const second = await submit({ startTime: "11:30", durationMinutes: 60 });
    const volunteer = await activeVolunteer(session());
    const { request } = await (
      await call("GET", `/api/requests/${first.id}`, { cookie: session() })
    ).json();
    await call("POST", `/api/requests/${first.id}/assign`, {
      cookie: session(),
      body: { version: request.version, volunteerId: volunteer.id },
    });
    const result = await suggestions(second.id);
    expect(
      result.suggestions.some((s: { volunteerId: string }) => s.volunteerId === volunteer.id),
    ).toBe(false);
    expect(result.excluded.booked).toBeGreaterThanOrEqual(1);
  });

  it("favours the volunteer who supported the same client before", async () => {
    const earlier = await submit();
    // A week later: on the same day the volunteer would be booked.
    const later = await submit({ date: addDays(helsinkiDate(new Date()), 14) });
    const [known, other] = [await activeVolunteer(session()), await activeVolunteer(session())];
    const { request } = await (
      await call("GET", `/api/requests/${earlier.id}`, { cookie: session() })
    ).json();
    await call("POST", `/api/requests/${earlier.id}/assign`, {
      cookie: session(),
      body: { version: request.version, volunteerId: known.id },
    });
    const linked = await call("POST", `/api/requests/${later.id}/same-client`, {
      cookie: session(),
      body: { reference: earlier.reference },
    });
    expect(linked.status).toBe(200);
    const result = await suggestions(later.id);
    const mine = result.suggestions.find(
      (s: { volunteerId: string }) => s.volunteerId === known.id,
    );
    expect(mine.factors).toContainEqual({ kind: "continuity", points: 4 });
    const theirs = result.suggestions.find(
      (s: { volunteerId: string }) => s.volunteerId === other.id,
    );
    expect(mine.score).toBeGreaterThan(theirs.score);

    const unknown = await call("POST", `/api/requests/${later.id}/same-client`, {
      cookie: session(),
      body: { reference: "R-1999-0001" },
    });
    expect(unknown.status).toBe(400);
  });
});
