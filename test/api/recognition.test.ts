import { Milestones, Recognition } from "@rinnalla/core/recognition";
import { addDays, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import { asCoordinator } from "../support/coordinators.ts";
import { call, itemsOfType, submitRequest } from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { moveVisit } from "../support/visits.ts";
import { activeVolunteer, volunteerSignIn } from "../support/volunteers.ts";

/**
 * Recognition from the record: a volunteer's tenth visit that took place puts them on the "due
 * for thanks" list once; thanks at most once a month; a volunteer's "no thank-you messages".
 */

deliveringMail();
const session = coordinatorSession();
const today = helsinkiDate(new Date());

/** One more visit for the volunteer, held in the past and reported as having taken place. */
async function visitTookPlace(volunteerId: string, n: number) {
  const { id } = await submitRequest(session(), { date: addDays(today, 2 + n) });
  const { request } = await (
    await call("GET", `/api/requests/${id}`, { cookie: session() })
  ).json();
  const assigned = await call("POST", `/api/requests/${id}/assign`, {
    cookie: session(),
    body: { version: request.version, volunteerId },
  });
  expect(assigned.status).toBe(200);
  await moveVisit(id, addDays(today, -40 + n), "10:00");
  const report = await call("POST", `/api/requests/${id}/outcome`, {
    cookie: session(),
    body: { happened: "yes", minutes: 60, followUp: false, wantsTalk: false },
  });
  expect(report.status).toBeLessThan(300);
}

type Due = { volunteerId: string; milestones: { id: string }[]; draft: string };
const dueFor = async (volunteerId: string) => {
  const { due } = await (await call("GET", "/api/thanks/due", { cookie: session() })).json();
  return (due as Due[]).filter((d) => d.volunteerId === volunteerId);
};

describe("milestones and thanks", () => {
  it("puts the tenth visit on the due-for-thanks list once, and thanks at most once a month", async () => {
    const volunteer = await activeVolunteer(session(), {}, { name: "Hodan Tukija" });
    for (let n = 1; n <= 9; n++) await visitTookPlace(volunteer.id, n);
    const afterNine = await dueFor(volunteer.id);
    expect(afterNine.map((d) => d.milestones.map((m) => m.id))).toEqual([["visits-1"]]);

    await visitTookPlace(volunteer.id, 10);
    const afterTen = await dueFor(volunteer.id);
    expect(afterTen).toHaveLength(1);
    expect(afterTen[0]?.milestones.map((m) => m.id)).toEqual(["visits-1", "visits-10"]);
    expect(afterTen[0]?.draft).toContain("10");
    await visitTookPlace(volunteer.id, 11);
    const milestones = (await itemsOfType("milestone")).filter(
      (m) => m.volunteerId === volunteer.id,
    );
    expect(milestones.map((m) => m.id).sort()).toEqual(["visits-1", "visits-10"]);

    const thank = (body: Record<string, unknown>) =>
      call("POST", "/api/thanks", {
        cookie: session(),
        body: { volunteerId: volunteer.id, ...body },
      });
    expect((await thank({ milestoneIds: ["visits-10"], how: "email", message: " " })).status).toBe(
      400,
    );
    const sent = await thank({
      milestoneIds: ["visits-1", "visits-10"],
      how: "email",
      message: "Hei Hodan!\n\nKiitos kymmenestä käynnistä.",
    });
    expect(sent.status).toBe(200);
    expect(await dueFor(volunteer.id)).toEqual([]);
    const mail = (await itemsOfType("outbox")).filter((o) => o.template === "thanks");
    expect(mail.map((o) => o.to)).toEqual([volunteer.email]);
    // The same milestones again: already thanked.
    expect((await thank({ milestoneIds: ["visits-10"], how: "in_person" })).status).toBe(409);

    // A year on, the anniversary job adds a milestone; thanks for it wait a month from the last.
    const yearOn = helsinkiToUtc(addDays(today, 366), "10:00");
    expect((await Recognition.anniversaries(yearOn)).reached).toBe(1);
    expect((await Recognition.anniversaries(yearOn)).reached).toBe(0);
    const input = {
      volunteerId: volunteer.id,
      milestoneIds: ["years-1"],
      how: "in_person" as const,
    };
    const soon = helsinkiToUtc(addDays(today, 10), "10:00");
    await expect(asCoordinator(() => Recognition.send(input, soon))).rejects.toMatchObject({
      code: "thanked_recently",
    });
    const monthOn = helsinkiToUtc(Milestones.nextThanksOn(today), "10:00");
    expect(await asCoordinator(() => Recognition.send(input, monthOn))).toEqual({
      thankedOn: helsinkiDate(monthOn),
    });
  });

  it("keeps a volunteer's 'no thank-you messages' and asks consent to name them", async () => {
    const volunteer = await activeVolunteer(session(), {}, { name: "Ilona Ilo" });
    await visitTookPlace(volunteer.id, 1);
    const cookie = await volunteerSignIn(volunteer.email);
    const mine = await (await call("GET", "/api/me/volunteer/recognition", { cookie })).json();
    expect(mine.preferences).toMatchObject({ noThanks: false, namedPublicly: false });
    expect(mine.milestones.map((m: { id: string }) => m.id)).toEqual(["visits-1"]);
    const chosen = await call("PUT", "/api/me/volunteer/recognition", {
      cookie,
      body: { noThanks: true, namedPublicly: false },
    });
    expect(chosen.status).toBe(200);
    const [row] = await dueFor(volunteer.id);
    expect(row).toMatchObject({ noThanks: true, namedPublicly: false });

    const thank = (how: string) =>
      call("POST", "/api/thanks", {
        cookie: session(),
        body: { volunteerId: volunteer.id, milestoneIds: ["visits-1"], how, message: "Kiitos!" },
      });
    expect((await thank("email")).status).toBe(409);
    expect((await thank("in_person")).status).toBe(200);

    // Once they have ended, consent to be named can be withdrawn but not given.
    const detail = await (
      await call("GET", `/api/volunteers/${volunteer.id}`, { cookie: session() })
    ).json();
    await call("POST", `/api/volunteers/${volunteer.id}/status`, {
      cookie: session(),
      body: { version: detail.volunteer.version, change: { to: "ended", endReason: "moved" } },
    });
    // Ending signed them out; they sign in again (for their certificates, say).
    const again = await volunteerSignIn(volunteer.email);
    const give = await call("PUT", "/api/me/volunteer/recognition", {
      cookie: again,
      body: { noThanks: true, namedPublicly: true },
    });
    expect(give.status).toBe(409);
    const keep = await call("PUT", "/api/me/volunteer/recognition", {
      cookie: again,
      body: { noThanks: true, namedPublicly: false },
    });
    expect(keep.status).toBe(200);
    expect(
      (await itemsOfType("outbox")).filter(
        (o) => o.to === volunteer.email && o.template === "thanks",
      ),
    ).toEqual([]);
  });
});
