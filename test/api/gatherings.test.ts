import { GatheringAfter, Rsvp } from "@rinnalla/core/gathering";
import { GatheringJobs, Jobs } from "@rinnalla/core/jobs";
import { addDays, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import { asCoordinator } from "../support/coordinators.ts";
import {
  allItems,
  call,
  itemsOfType,
  linkToken,
  viaLink,
  waitForMail,
} from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { activeVolunteer, inTraining } from "../support/volunteers.ts";

/**
 * Gatherings through the API and the jobs: the seasonal job over a whole year, invitations by
 * the gathering round, answers by link with seats and a waiting list, reminders, attendance and
 * the thank-you, needs deleted after.
 */

deliveringMail();
const session = coordinatorSession();
const today = helsinkiDate(new Date());

/** The seasonal job as EventBridge runs it, at 10:00 Helsinki time on a date. */
const seasonsOn = (date: string, time = "10:00") =>
  Jobs.run("gathering-seasons", helsinkiToUtc(date, time)) as Promise<{
    drafted: number;
    missed: number;
    skipped?: string;
  }>;

const detail = async (id: string) =>
  (await call("GET", `/api/gatherings/${id}`, { cookie: session() })).json();

async function complete(id: string, details: Record<string, unknown>) {
  const { gathering } = await detail(id);
  const saved = await call("PUT", `/api/gatherings/${id}`, {
    cookie: session(),
    body: { version: gathering.version, title: gathering.title, ...details },
  });
  expect(saved.status).toBe(200);
  const { version } = await saved.json();
  const published = await call("POST", `/api/gatherings/${id}/publish`, {
    cookie: session(),
    body: { version },
  });
  expect(published.status).toBe(200);
}

describe("the seasonal job", () => {
  it("over a whole year drafts one spring and one autumn gathering, alerts once each, and marks an uninvited season missed", async () => {
    // A year no test clock is in, so only the job's own dates count.
    const year = Number(today.slice(0, 4)) + 3;
    const seen: string[] = [];
    for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) {
      const first = await seasonsOn(date);
      const again = await seasonsOn(date);
      if (first.drafted) seen.push(`${date} drafted ${first.drafted}`);
      if (first.missed) seen.push(`${date} missed ${first.missed}`);
      expect(again).toEqual({ drafted: 0, missed: 0 });
      if (date === `${year}-03-01`) {
        const spring = (await itemsOfType("gathering")).find((g) => g.season === `${year}-spring`);
        expect(spring?.status).toBe("draft");
        await complete(String(spring?.id), {
          date: `${year}-04-20`,
          startTime: "17:00",
          endTime: "19:30",
          place: "Järjestötalo",
          accessibility: "Katutasossa, esteetön wc",
          programme: "Kuulumiset ja vertaistuki",
          capacity: 40,
          answerBy: `${year}-04-13`,
        });
      }
    }
    expect(seen).toEqual([
      `${year}-02-01 drafted 1`,
      `${year}-08-01 drafted 1`,
      `${year}-10-31 missed 1`,
    ]);
    const alerts = (await itemsOfType("alert")).map((a) => `${a.kind} ${a.season}`).sort();
    expect(alerts).toEqual([
      `gathering_draft ${year}-autumn`,
      `gathering_draft ${year}-spring`,
      `season_missed ${year}-autumn`,
    ]);
    const seasons = await itemsOfType("gathering-season");
    const spring = seasons.find((s) => s.season === `${year}-spring`);
    const autumn = seasons.find((s) => s.season === `${year}-autumn`);
    expect(spring).toMatchObject({ invitedAt: expect.any(String) });
    expect(spring).not.toHaveProperty("missedAt");
    expect(autumn).toMatchObject({ missedAt: expect.any(String) });
    expect(autumn).not.toHaveProperty("invitedAt");
  });

  it("does nothing before 08:00 and twice on the same day changes no item", async () => {
    const year = Number(today.slice(0, 4)) + 4;
    expect(await seasonsOn(`${year}-02-01`, "07:30")).toMatchObject({ drafted: 0 });
    expect(await seasonsOn(`${year}-02-01`)).toMatchObject({ drafted: 1 });
    const before = (await allItems()).filter((i) => i.type !== "job-run");
    expect(await seasonsOn(`${year}-02-01`, "15:00")).toEqual({ drafted: 0, missed: 0 });
    expect((await allItems()).filter((i) => i.type !== "job-run")).toEqual(before);
  });
});

describe("a gathering from publishing to thanks", () => {
  it("invites by the round, seats yes answers, waits a third, moves them up, reminds, thanks", async () => {
    const [aino, bertil, cecilia] = [
      await activeVolunteer(session(), {}, { name: "Aino Aalto" }),
      await activeVolunteer(session(), {}, { name: "Bertil Berg" }),
      await activeVolunteer(session(), {}, { name: "Cecilia Chen" }),
    ];
    const trainee = await inTraining(session(), { name: "Tiina Tuore" });
    const date = addDays(today, 20);
    const created = await call("POST", "/api/gatherings", {
      cookie: session(),
      body: { title: "Syystapaaminen", date },
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    await complete(id, {
      date,
      startTime: "17:00",
      place: "Järjestötalo",
      capacity: 1,
      answerBy: addDays(today, 15),
    });

    // The round invites active and paused volunteers; the trainee was not ticked.
    const round = await GatheringJobs.round();
    expect(round.invited).toBeGreaterThanOrEqual(3);
    expect((await GatheringJobs.round()).invited).toBe(0);
    const mailA = (await waitForMail(aino.email, 2)).find((m) =>
      m.body.text.includes("/gathering"),
    );
    expect(mailA?.attachments?.[0]?.contentType).toMatch(/text\/calendar/);
    expect(mailA?.body.text).toContain("/gathering?answer=yes#");
    const tokenOf = async (email: string) =>
      linkToken((await waitForMail(email)).at(-1), "/gathering");
    const [a, b, c] = [
      await tokenOf(aino.email),
      await tokenOf(bertil.email),
      await tokenOf(cecilia.email),
    ];
    const { guests } = await detail(id);
    expect(guests.map((g: { volunteerId: string }) => g.volunteerId)).not.toContain(trainee.id);

    // Opening the link changes nothing.
    const before = await allItems();
    const view = await viaLink("GET", "/api/links/gathering", a);
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ open: true, answer: "invited" });
    expect(await allItems()).toEqual(before);

    const answer = async (token: string, body: Record<string, unknown>) =>
      (await viaLink("POST", "/api/links/gathering", token, { body })).json();
    expect(await answer(a, { answer: "yes", diet: "Gluteeniton" })).toEqual({
      outcome: "answered",
      answer: "yes",
      place: "seat",
    });
    expect(await answer(b, { answer: "no" })).toEqual({ outcome: "answered", answer: "no" });
    expect(await answer(c, { answer: "yes" })).toEqual({
      outcome: "answered",
      answer: "yes",
      place: "waiting",
    });
    expect((await viaLink("POST", "/api/links/gathering", c, { body: {} })).status).toBe(400);

    // Aino cancels: Cecilia moves up and is told.
    expect(await answer(a, { answer: "no" })).toEqual({ outcome: "answered", answer: "no" });
    const moved = await waitForMail(cecilia.email, 2);
    expect(moved.at(-1)?.subject).toContain("Syystapaaminen");
    const after = await detail(id);
    expect(after.gathering).toMatchObject({ seated: 1, waiting: 0 });
    const byId = new Map(after.guests.map((g: { volunteerId: string }) => [g.volunteerId, g]));
    expect(byId.get(cecilia.id)).toMatchObject({ answer: "yes" });
    expect(byId.get(cecilia.id)).not.toHaveProperty("waitingSince");
    expect(byId.get(aino.id)).not.toHaveProperty("diet");

    // After the last day to answer, a press is refused and changes nothing.
    const late = helsinkiToUtc(addDays(today, 16), "10:00");
    expect(await Rsvp.answer(a, { answer: "yes" }, late)).toEqual({ outcome: "closed" });

    // The day before, from 09:00, those coming are reminded once.
    const dayBefore = helsinkiToUtc(addDays(date, -1), "09:30");
    expect((await GatheringJobs.round(dayBefore)).reminded).toBe(1);
    expect((await GatheringJobs.round(dayBefore)).reminded).toBe(0);

    // Attendance is marked on the day; the thank-you goes to those who came, once.
    const mark = await call("POST", `/api/gatherings/${id}/attendance`, {
      cookie: session(),
      body: { marks: [{ volunteerId: cecilia.id, attended: true }] },
    });
    expect(mark.status).toBe(409); // the gathering has not been held yet
    const onTheDay = helsinkiToUtc(date, "20:00");
    await asCoordinator(() =>
      GatheringAfter.markAttendance(
        {
          id,
          marks: [
            { volunteerId: cecilia.id, attended: true },
            { volunteerId: aino.id, attended: false },
          ],
        },
        onTheDay,
      ),
    );
    const thanked = await asCoordinator(() => GatheringAfter.sendThanks({ id }, onTheDay));
    expect(thanked).toEqual({ sent: 1 });
    expect(await asCoordinator(() => GatheringAfter.sendThanks({ id }, onTheDay))).toEqual({
      sent: 0,
    });
    // Written at the moved clock, these wait in the outbox until then.
    const written = (template: string) =>
      itemsOfType("outbox").then((all) => all.filter((o) => o.template === template));
    const thanks = await written("gathering-thanks");
    expect(thanks.map((o) => o.to)).toEqual([cecilia.email]);
    expect(JSON.stringify(thanks[0]?.letter)).toContain("/feedback#");
    expect((await written("gathering-reminder")).map((o) => o.to)).toEqual([cecilia.email]);
    const profile = await (
      await call("GET", `/api/gatherings/volunteers/${cecilia.id}`, { cookie: session() })
    ).json();
    expect(profile.gatherings).toEqual([
      expect.objectContaining({ gatheringId: id, attended: true, date }),
    ]);

    // The day after, the needs asked for this gathering are deleted.
    await answerAsIf(
      c,
      { answer: "yes", diet: "Laktoositon" },
      helsinkiToUtc(addDays(today, 1), "10:00"),
    );
    expect((await detail(id)).guests.some((g: { diet?: string }) => g.diet)).toBe(true);
    const dayAfter = helsinkiToUtc(addDays(date, 1), "10:00");
    expect((await GatheringJobs.round(dayAfter)).needsCleared).toBe(1);
    const cleared = await itemsOfType("gathering-guest");
    expect(cleared.filter((g) => "diet" in g || "access" in g)).toEqual([]);
  });
});

const answerAsIf = (
  token: string,
  input: { answer: "yes" | "maybe" | "no"; diet?: string },
  at: Date,
) => Rsvp.answer(token, input, at);

describe("seats under load", () => {
  it("never seats more than the capacity however many say yes at once", async () => {
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        activeVolunteer(session(), {}, { name: `Rinnakkain ${i}` }),
      ),
    );
    const date = addDays(today, 25);
    const created = await call("POST", "/api/gatherings", {
      cookie: session(),
      body: { title: "Pieni tapaaminen", date },
    });
    const { id } = await created.json();
    await complete(id, {
      date,
      startTime: "18:00",
      place: "Kerhohuone",
      capacity: 2,
      answerBy: addDays(today, 20),
    });
    await GatheringJobs.round();
    const tokens = await Promise.all(
      people.map(async (p) =>
        linkToken(
          // Invited to the other gathering of this file too: this one's invitation.
          (await waitForMail(p.email, 3)).find((m) => m.subject.includes("Pieni tapaaminen")),
          "/gathering",
        ),
      ),
    );
    const outcomes = await Promise.all(
      tokens.map(async (t) =>
        (await viaLink("POST", "/api/links/gathering", t, { body: { answer: "yes" } })).json(),
      ),
    );
    expect(outcomes.filter((o) => o.place === "seat")).toHaveLength(2);
    expect(outcomes.filter((o) => o.place === "waiting")).toHaveLength(4);
    const { gathering, guests } = await detail(id);
    expect(gathering).toMatchObject({ seated: 2, waiting: 4 });
    expect(guests.filter((g: { waitingSince?: string }) => g.waitingSince)).toHaveLength(4);

    // Two seated guests cancel at once: the two longest waiting move up, nobody twice.
    const seated = tokens.filter((_, i) => outcomes[i]?.place === "seat");
    await Promise.all(
      seated.map((t) => viaLink("POST", "/api/links/gathering", t, { body: { answer: "no" } })),
    );
    const after = await detail(id);
    expect(after.gathering).toMatchObject({ seated: 2, waiting: 2 });
    const yes = after.guests.filter((g: { answer: string }) => g.answer === "yes");
    expect(yes.filter((g: { waitingSince?: string }) => !g.waitingSince)).toHaveLength(2);
    expect(await GatheringJobs.round()).toMatchObject({ movedUp: 0 });

    // Cancelled: those coming or waiting are told; links answer "cancelled"; nothing more.
    const cancelled = await call("POST", `/api/gatherings/${id}/cancel`, {
      cookie: session(),
      body: { version: after.gathering.version },
    });
    expect(cancelled.status).toBe(200);
    const told = (await itemsOfType("outbox")).filter((o) => o.template === "gathering-cancelled");
    expect(told).toHaveLength(4);
    const answer = await viaLink("POST", "/api/links/gathering", tokens[0] ?? "", {
      body: { answer: "yes" },
    });
    expect(await answer.json()).toEqual({ outcome: "cancelled" });
    expect((await GatheringJobs.round()).invited).toBe(0);
    // The season stays invited: another gathering (this file's first) invited it.
    const season = (await itemsOfType("gathering-season")).find(
      (s) => s.season === after.gathering.season,
    );
    expect(season?.invitedAt).toBeTruthy();
  });
});
