import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Jobs } from "@rinnalla/core/jobs";
import { Cohort } from "@rinnalla/core/training";
import { addDays, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import {
  allItems,
  call,
  itemsOfType,
  outboxSettled,
  viaLink,
  waitForMatching,
} from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { confirmedVisit, moveVisit } from "../support/visits.ts";
import { inTraining, volunteerSignIn } from "../support/volunteers.ts";

/**
 * Training end to end through the API: a cohort from the template, enrolment and an emailed
 * invitation, attendance with a session made up in the next cohort, completion confirmed with
 * its certificate (a real PDF, read back as text), verification and revocation; course
 * feedback that is anonymous by construction; the certificate of service from the record.
 */

deliveringMail();
const session = coordinatorSession();
const today = helsinkiDate(new Date());

const plan = async (kind: "course" | "continuing", firstDay: number, count = 4, name = "Kevät") => {
  const response = await call("POST", "/api/training/cohorts", {
    cookie: session(),
    body: {
      kind,
      name: `${name} ${firstDay}`,
      sessions: Array.from({ length: count }, (_, i) => ({
        date: addDays(today, firstDay + i * 7),
        startTime: "17:00",
        place: "Järjestötalo",
        trainer: "Esteri",
        ...(kind === "continuing" && { title: "Digitaaliset palvelut", minutes: 120 }),
      })),
    },
  });
  expect(response.status).toBe(201);
  return response.json();
};

const enrol = (cohortId: string, body: Record<string, unknown>) =>
  call("POST", `/api/training/cohorts/${cohortId}/participants`, { cookie: session(), body });

const mark = (cohortId: string, n: number, marks: unknown[]) =>
  call("POST", `/api/training/cohorts/${cohortId}/sessions/${n}/attendance`, {
    cookie: session(),
    body: { marks },
  });

const pdfText = (bytes: ArrayBuffer) => {
  const dir = mkdtempSync(join(tmpdir(), "cert-"));
  writeFileSync(join(dir, "c.pdf"), Buffer.from(bytes));
  return execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "c.pdf"), "-"]).toString();
};

describe("a course from planning to certificate", () => {
  it("enrols, invites, marks attendance, makes up a session, completes and certifies", async () => {
    const cohort = await plan("course", 10);
    expect(cohort.sessions.map((s: { topic: string }) => s.topic)).toEqual([
      "role",
      "serviceSystem",
      "communication",
      "practice",
    ]);
    const [aino, olena, pekka] = [
      await inTraining(session(), { name: "Aino Äijälä" }),
      await inTraining(session(), { name: "Олена Коваленко" }),
      await inTraining(session(), { name: "Pekka Öhman" }),
    ];
    const { volunteers: offered } = await (
      await call("GET", "/api/training/candidates", { cookie: session() })
    ).json();
    expect(offered).toEqual(
      expect.arrayContaining(
        [aino, olena, pekka].map((v) => ({
          id: v.id,
          name: expect.any(String),
          status: "in_training",
        })),
      ),
    );
    expect((await enrol(cohort.id, { volunteerIds: [aino.id, pekka.id] })).status).toBe(200);
    expect((await enrol(cohort.id, { volunteerIds: [olena.id], invite: true })).status).toBe(200);
    // Enrolled twice is refused and changes nothing.
    expect((await enrol(cohort.id, { volunteerIds: [aino.id] })).status).toBe(409);

    // Olena accepts through her email; the invitation carries every session as a calendar entry.
    const [invitation] = await waitForMatching(
      olena.email,
      (m) => m.body.text.includes("/training#"),
      2,
    );
    const token = invitation?.body.text.match(/\/training#(\S+)/)?.[1] ?? "";
    expect(invitation?.attachments?.[0]?.contentType).toContain("text/calendar");
    const ics = Buffer.from(invitation?.attachments?.[0]?.content ?? "", "base64").toString();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect((await (await viaLink("GET", "/api/links/training", token)).json()).status).toBe(
      "invited",
    );
    expect(await (await viaLink("POST", "/api/links/training/accept", token)).json()).toEqual({
      status: "enrolled",
    });

    // Four sessions; Pekka misses the third.
    for (const n of [1, 2, 3, 4]) {
      const marks = [aino, olena, pekka].map((v) => ({
        volunteerId: v.id,
        mark: v === pekka && n === 3 ? "absent" : "present",
      }));
      expect((await mark(cohort.id, n, marks)).status).toBe(200);
    }
    // A partial mark needs its minutes, shorter than the session.
    const partial = await mark(cohort.id, 1, [{ volunteerId: aino.id, mark: "partial" }]);
    expect(partial.status).toBe(400);

    const progress = async (id: string) =>
      (await call("GET", `/api/training/volunteers/${id}`, { cookie: session() })).json();
    expect((await progress(pekka.id)).course).toMatchObject({ complete: false, missing: [3] });
    expect((await progress(aino.id)).hours).toBe(14);

    // Pekka makes up the third session in the next cohort, taking part in that one only.
    const next = await plan("course", 40, 4, "Syksy");
    expect((await enrol(next.id, { volunteerIds: [pekka.id], only: [3] })).status).toBe(200);
    expect((await mark(next.id, 2, [{ volunteerId: pekka.id, mark: "present" }])).status).toBe(400);
    expect((await mark(next.id, 3, [{ volunteerId: pekka.id, mark: "present" }])).status).toBe(200);
    expect((await progress(pekka.id)).course).toMatchObject({ complete: true, missing: [] });

    // Completion is confirmed: active, the history says why, the certificate is issued.
    const detail = await (
      await call("GET", `/api/volunteers/${olena.id}`, { cookie: session() })
    ).json();
    const confirmed = await call("POST", `/api/training/volunteers/${olena.id}/complete`, {
      cookie: session(),
      body: { version: detail.volunteer.version },
    });
    expect(confirmed.status).toBe(200);
    const { certificate } = await confirmed.json();
    expect(certificate.serial).toMatch(/^RT-\d{4}-\d{4}$/);
    const after = await (
      await call("GET", `/api/volunteers/${olena.id}`, { cookie: session() })
    ).json();
    expect(after.volunteer.status).toBe("active");
    expect(after.history.at(-1)).toMatchObject({ to: "active", cause: "training_completed" });

    // Olena downloads her certificate through her own link; its text names her, the course, the serial.
    const cookie = await volunteerSignIn(olena.email);
    const mine = await (await call("GET", "/api/me/volunteer/certificates", { cookie })).json();
    expect(mine.certificates).toHaveLength(1);
    const pdf = await call("GET", `/api/me/volunteer/certificates/${certificate.id}/pdf`, {
      cookie,
    });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(await pdf.arrayBuffer());
    expect(text).toContain("Олена Коваленко");
    expect(text.replace(/\s+/g, " ")).toContain("Todistus asiointitukihenkilökoulutuksesta");
    expect(text).toContain(certificate.serial);
    // Someone else's certificate is not theirs to fetch.
    const aCookie = await volunteerSignIn(aino.email);
    const notHers = await call("GET", `/api/me/volunteer/certificates/${certificate.id}/pdf`, {
      cookie: aCookie,
    });
    expect(notHers.status).toBe(404);

    // Anyone can verify it; after revocation the same page says so.
    const verify = async () =>
      (await call("GET", `/api/certificates/verify/${certificate.id}`)).json();
    expect(await verify()).toMatchObject({
      name: "Олена Коваленко",
      valid: true,
      serial: certificate.serial,
    });
    expect(Object.keys(await verify()).sort()).toEqual(
      ["issuedOn", "issuer", "kind", "name", "serial", "title", "valid"].sort(),
    );
    expect(
      (await call("POST", `/api/certificates/${certificate.id}/revoke`, { cookie: session() }))
        .status,
    ).toBe(200);
    expect(await verify()).toMatchObject({ valid: false });
    expect((await call("GET", "/api/certificates/verify/nothing-here-at-all")).status).toBe(404);
    // Revoked, it is no longer handed to its holder as if it stood.
    const revokedPdf = await call("GET", `/api/me/volunteer/certificates/${certificate.id}/pdf`, {
      cookie,
    });
    expect(revokedPdf.status).toBe(410);

    // Once the course is over, the invitation's answer can't be changed any more.
    const afterCourse = helsinkiToUtc(addDays(today, 10 + 3 * 7 + 1), "10:00");
    await expect(Cohort.answerInvitation(token, false, afterCourse)).rejects.toMatchObject({
      code: "training_over",
    });

    // Completing someone who has not finished is refused, and changes nothing.
    const newcomer = await inTraining(session());
    const fresh = await (
      await call("GET", `/api/volunteers/${newcomer.id}`, { cookie: session() })
    ).json();
    const notYet = await call("POST", `/api/training/volunteers/${newcomer.id}/complete`, {
      cookie: session(),
      body: { version: fresh.volunteer.version },
    });
    expect(notYet.status).toBe(409);
    expect((await notYet.json()).error.code).toBe("training_incomplete");

    // The calendar shows the sessions.
    const week = await (
      await call("GET", `/api/calendar?from=${addDays(today, 10)}&to=${addDays(today, 16)}`, {
        cookie: session(),
      })
    ).json();
    expect(week.entries).toContainEqual(
      expect.objectContaining({ kind: "training", cohortId: cohort.id, n: 1, topic: "role" }),
    );
  }, 120_000);

  it("reminds participants the day before a session, once", async () => {
    const cohort = await plan("course", 3, 4, "Muistutus");
    const v = await inTraining(session());
    await enrol(cohort.id, { volunteerIds: [v.id] });
    const dayBefore = helsinkiToUtc(addDays(today, 2), "10:00");
    const first = await Jobs.run("training-reminders", dayBefore);
    const second = await Jobs.run("training-reminders", dayBefore);
    expect(first).toMatchObject({ sent: 1 });
    expect(second).toMatchObject({ sent: 0 });
    // Written for that morning (delivered then): one reminder, to this volunteer.
    const reminders = (await itemsOfType("outbox")).filter(
      (e) => e.template === "training-reminder" && e.to === v.email,
    );
    expect(reminders).toHaveLength(1);
  });
});

describe("course feedback", () => {
  it("is anonymous by construction, and shows results only after close with five answers", async () => {
    const cohort = await plan("course", 5, 4, "Palaute");
    const people = [];
    for (let i = 0; i < 6; i++)
      people.push(await inTraining(session(), { name: `Palaute Antaja${i}` }));
    await enrol(cohort.id, { volunteerIds: people.map((p) => p.id) });
    const sent = await (
      await call("POST", `/api/training/cohorts/${cohort.id}/feedback`, { cookie: session() })
    ).json();
    expect(sent.sent).toBe(6);
    // A second press sends nobody a second link.
    expect(
      (
        await (
          await call("POST", `/api/training/cohorts/${cohort.id}/feedback`, { cookie: session() })
        ).json()
      ).sent,
    ).toBe(0);
    await outboxSettled();
    const tokens: string[] = [];
    for (const p of people) {
      const [mail] = await waitForMatching(p.email, (m) => m.body.text.includes("/feedback#"), 1);
      tokens.push(mail?.body.text.match(/\/feedback#(\S+)/)?.[1] ?? "");
    }

    const answer = (token: string, values: Record<string, unknown>) =>
      viaLink("POST", "/api/links/feedback", token, { body: { values } });
    const before = await allItems();
    const first = await answer(tokens[0] ?? "", {
      role: 5,
      safety: 4,
      missing: "Enemmän harjoituksia",
    });
    expect(first.status).toBe(200);
    const after = await allItems();
    const changed = after.filter(
      (item) => !before.some((b) => JSON.stringify(b) === JSON.stringify(item)),
    );
    expect(changed.length).toBeGreaterThan(0);
    const person = people[0];
    for (const item of changed) {
      const written = JSON.stringify(item);
      for (const secret of [person?.id, person?.email, person?.name, tokens[0]]) {
        expect(written).not.toContain(String(secret));
      }
      expect(written).not.toMatch(/T\d\d:\d\d/);
    }
    // No token is anywhere in the table, answered or not.
    const everything = JSON.stringify(after);
    for (const token of tokens) expect(everything).not.toContain(token);
    // A used link answers no more; a wrong answer shape changes nothing.
    expect((await answer(tokens[0] ?? "", { role: 1 })).status).toBe(404);
    expect((await answer(tokens[1] ?? "", { role: 9 })).status).toBe(400);
    // An empty answer is refused and leaves the link unused.
    expect((await answer(tokens[1] ?? "", {})).status).toBe(400);
    expect((await answer(tokens[1] ?? "", { missing: "" })).status).toBe(400);

    for (const token of tokens.slice(1, 4))
      expect((await answer(token, { role: 4, overall: 5 })).status).toBe(200);
    const [{ id: surveyId }] = (
      await (
        await call("GET", `/api/training/cohorts/${cohort.id}/feedback`, { cookie: session() })
      ).json()
    ).surveys;
    const results = () =>
      call("GET", `/api/training/surveys/${surveyId}/results`, { cookie: session() });
    // Four answers and still open: hidden.
    expect((await results()).status).toBe(409);
    expect((await answer(tokens[4] ?? "", { role: 3 })).status).toBe(200);
    // Five answers, still open: hidden.
    expect((await results()).status).toBe(409);
    expect(
      (await call("POST", `/api/training/surveys/${surveyId}/close`, { cookie: session() })).status,
    ).toBe(200);
    // Closed: the last link answers no more.
    expect((await answer(tokens[5] ?? "", { role: 2 })).status).toBe(410);
    const shown = await results();
    expect(shown.status).toBe(200);
    const body = await shown.json();
    expect(body.answered).toBe(5);
    const role = body.questions.find((q: { id: string }) => q.id === "role");
    expect(role.counts).toEqual({ 1: 0, 2: 0, 3: 1, 4: 3, 5: 1 });
    expect(body.questions.find((q: { id: string }) => q.id === "missing").texts).toEqual([
      "Enemmän harjoituksia",
    ]);
  }, 120_000);

  it("refuses results with four answers, even after close", async () => {
    const cohort = await plan("course", 6, 4, "Neljä");
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await inTraining(session()));
    await enrol(cohort.id, { volunteerIds: people.map((p) => p.id) });
    await call("POST", `/api/training/cohorts/${cohort.id}/feedback`, { cookie: session() });
    await outboxSettled();
    for (const p of people) {
      const [mail] = await waitForMatching(p.email, (m) => m.body.text.includes("/feedback#"), 1);
      const token = mail?.body.text.match(/\/feedback#(\S+)/)?.[1] ?? "";
      expect(
        (await viaLink("POST", "/api/links/feedback", token, { body: { values: { role: 4 } } }))
          .status,
      ).toBe(200);
    }
    const [{ id }] = (
      await (
        await call("GET", `/api/training/cohorts/${cohort.id}/feedback`, { cookie: session() })
      ).json()
    ).surveys;
    await call("POST", `/api/training/surveys/${id}/close`, { cookie: session() });
    expect(
      (await call("GET", `/api/training/surveys/${id}/results`, { cookie: session() })).status,
    ).toBe(409);
  }, 120_000);
});

describe("the certificate of service", () => {
  it("counts exactly the visits and training the record holds", async () => {
    const { id: requestId, volunteer } = await confirmedVisit(session());
    const past = addDays(today, -3);
    await moveVisit(requestId, past, "10:00");
    const report = await call("POST", `/api/requests/${requestId}/outcome`, {
      cookie: session(),
      body: { happened: "yes", minutes: 90, followUp: false, wantsTalk: false },
    });
    expect(report.status).toBeLessThan(300);
    // A continuing-education evening of two hours, attended.
    const evening = await plan("continuing", 2, 1, "Täydennys");
    expect((await enrol(evening.id, { volunteerIds: [volunteer.id] })).status).toBe(200);
    expect(
      (await mark(evening.id, 1, [{ volunteerId: volunteer.id, mark: "present" }])).status,
    ).toBe(200);

    const detail = await (
      await call("GET", `/api/volunteers/${volunteer.id}`, { cookie: session() })
    ).json();
    await call("POST", `/api/volunteers/${volunteer.id}/status`, {
      cookie: session(),
      body: { version: detail.volunteer.version, change: { to: "ended", endReason: "moved" } },
    });
    const draft = await (
      await call("GET", `/api/certificates/of/${volunteer.id}/service-draft`, { cookie: session() })
    ).json();
    expect(draft.figures).toEqual({ visits: 1, hours: 2, sectors: ["disability"] });
    expect(draft.lines.join("\n")).toContain("1");
    const lines = [...draft.lines, "Lisätty koordinaattorin sana."];
    const issued = await call("POST", `/api/certificates/of/${volunteer.id}/service`, {
      cookie: session(),
      body: { lines },
    });
    expect(issued.status).toBe(201);
    const certificate = await issued.json();
    expect(certificate.lines).toEqual(lines);
    // The volunteer has ended, and still fetches it through their own link.
    const cookie = await volunteerSignIn(volunteer.email);
    const pdf = await call("GET", `/api/me/volunteer/certificates/${certificate.id}/pdf`, {
      cookie,
    });
    expect(pdf.status).toBe(200);
    expect(pdfText(await pdf.arrayBuffer())).toContain("Lisätty koordinaattorin sana.");
    // Their profile is no longer theirs to change.
    const me = await (await call("GET", "/api/me/volunteer", { cookie })).json();
    expect(me.status).toBe("ended");
  }, 120_000);
});
