import * as Actor from "@rinnalla/core/actor";
import { putRaw, transact } from "@rinnalla/core/db";
import { Outbox } from "@rinnalla/core/mail";
import { Erasure, Retention } from "@rinnalla/core/retention";
import { Rebuild } from "@rinnalla/core/stats";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import { everyItem } from "../../packages/local/src/every-item.ts";
import { addCoordinator, asCoordinator, signIn } from "../support/coordinators.ts";
import { call, mailsTo, outboxSettled, submitRequest, uniqueEmail } from "../support/harness.ts";
import { coordinatorSession, deliveringMail } from "../support/setup.ts";
import { confirmedVisit, moveVisit } from "../support/visits.ts";
import { volunteerSignIn } from "../support/volunteers.ts";

/**
 * A person's rights over their data: a client erased everywhere (and undone within 7 days, not
 * after), a volunteer's export holding all of theirs and nothing of anyone else.
 */

deliveringMail();
const session = coordinatorSession();

const CLIENT = "Zelda Erasmus-Kuusela";
const PHONE = "040 987 6543";
/** Words only this client's records hold: none may be left anywhere once erased. */
const SECRETS = {
  name: ["Zelda", "Erasmus", "Kuusela"],
  phone: ["409876543"],
  text: [
    "Ainutlaatuinen asia QX17",
    "pyörätuolitaksi ZB44",
    "Kallioportti 9",
    "Soitti ja kertoi MUISTI58",
    "meni hyvin HYVA71",
    "turvallisuus TURVA62",
    "jatko JATKO93",
  ],
};

async function json(method: string, path: string, body?: unknown) {
  const response = await call(method, path, { cookie: session(), ...(body ? { body } : {}) });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

const today = helsinkiDate(new Date());
const undoAt = (id: string, at: Date) => asCoordinator(() => Erasure.undo({ id }, at));

/** A client's request, visited and reported with words of their own, and a note about them. */
async function clientWithHistory(email: string) {
  const visit = await confirmedVisit(session(), {
    client: { name: CLIENT, email, phone: PHONE, languages: ["fi"] },
    description: SECRETS.text[0],
    supportNeeds: SECRETS.text[1],
    place: SECRETS.text[2],
  });
  await json("POST", `/api/requests/${visit.id}/notes`, { text: SECRETS.text[3] });
  await moveVisit(visit.id, addDays(today, -3), "10:00");
  const reported = await json("POST", `/api/requests/${visit.id}/outcome`, {
    happened: "yes",
    minutes: 90,
    howItWent: SECRETS.text[4],
    safety: SECRETS.text[5],
    followUp: true,
    followUpNote: SECRETS.text[6],
    wantsTalk: false,
  });
  expect(reported.status).toBe(200);
  await outboxSettled();
  return visit;
}

/** Everything the table holds, as text, and which of the client's secrets it still contains. */
async function leftovers(email: string) {
  const text = (await everyItem())
    .map((i) => JSON.stringify(i))
    .join("\n")
    .toLowerCase();
  return [...SECRETS.name, ...SECRETS.phone, ...SECRETS.text, email].filter((s) =>
    text.includes(s.toLowerCase()),
  );
}

const report = async () => {
  const month = today.slice(0, 7);
  const from = addDays(today, -40).slice(0, 7);
  return (await json("GET", `/api/reports?from=${from}&to=${month}&lang=fi`)).body;
};

describe("erasing a client", () => {
  it("leaves nothing of them anywhere, keeps the figures, and can be undone for 7 days only", async () => {
    const email = uniqueEmail("zelda");
    const visit = await clientWithHistory(email);
    // A second request of the same client, linked by the coordinator, cancelled.
    const second = await submitRequest(session(), {
      client: { name: CLIENT, email, phone: PHONE, languages: ["fi"] },
    });
    expect(
      (await json("POST", `/api/requests/${second.id}/same-client`, { reference: visit.reference }))
        .status,
    ).toBe(200);
    const { body: linked } = await json("GET", `/api/requests/${second.id}`);
    const cancelled = await json("POST", `/api/requests/${second.id}/cancel`, {
      version: linked.request.version,
      reason: "Asiakas perui",
    });
    expect(cancelled.status).toBe(200);
    await outboxSettled();
    expect(await leftovers(email)).toEqual(expect.arrayContaining(["Zelda", email]));

    // A mail to them still waiting in the outbox when the erasure comes.
    const waiting = Outbox.entry(
      `request#${visit.id}`,
      "client-reminder",
      { to: email, letter: { locale: "fi", subject: "Muistutus", body: ["Huomenna."] } },
      new Date(),
    );
    await transact([waiting.put]);
    const sentBefore = (await mailsTo(email)).length;

    const before = await report();
    const erased = await json("POST", `/api/personal-data/requests/${visit.id}/erase`);
    expect(erased.body).toMatchObject({ references: expect.any(Array) });
    expect(erased.body.references.sort()).toEqual([visit.reference, second.reference].sort());

    expect(await leftovers(email)).toEqual([]);
    await Outbox.retryDue(new Date(Date.now() + 3_600_000));
    await outboxSettled();
    expect((await mailsTo(email)).length).toBe(sentBefore);
    // Nothing of them can be found by name; the request is still there, without them.
    const found = await json("GET", "/api/inbox/search?q=Erasmus");
    expect(found.body.requests).toEqual([]);
    const { body: after } = await json("GET", `/api/requests/${visit.id}`);
    expect(after.request).toMatchObject({ status: "completed", sector: "disability" });
    expect(after.request.client.name).toBe("—");
    // The request says it was erased and until when the erasure can be undone.
    expect(after.request.erasure).toEqual({ id: erased.body.id, undoUntil: erased.body.undoUntil });
    // The reports say what they said, and the records still add up to the counters.
    expect(await report()).toEqual(before);
    expect((await Rebuild.rebuild(await everyItem(), { write: false })).differences).toEqual([]);

    // A second erasure of the same client has nothing left to do.
    expect((await json("POST", `/api/personal-data/requests/${visit.id}/erase`)).status).toBe(409);

    // Undone within the 7 days: everything is back, and findable again.
    const undone = await undoAt(erased.body.id, new Date(Date.now() + 6 * 86_400_000));
    expect(undone.references.length).toBe(2);
    expect(await leftovers(email)).toEqual(expect.arrayContaining([...SECRETS.name, email]));
    const { body: restored } = await json("GET", `/api/requests/${visit.id}`);
    expect(restored.request.client).toMatchObject({ name: CLIENT, email });
    expect(restored.request.description).toBe(SECRETS.text[0]);
    expect((await json("GET", "/api/inbox/search?q=Erasmus")).body.requests).toHaveLength(2);
    expect(await report()).toEqual(before);
    // The mail that was waiting is not sent days later.
    await Outbox.retryDue(new Date(Date.now() + 7 * 86_400_000));
    await outboxSettled();
    expect((await mailsTo(email)).length).toBe(sentBefore);

    // Erased again; after 7 days the undo is refused, and the daily job makes it final.
    const again = await json("POST", `/api/personal-data/requests/${visit.id}/erase`);
    expect(again.status).toBe(200);
    const late = new Date(Date.now() + 7 * 86_400_000 + 60_000);
    await expect(undoAt(again.body.id, late)).rejects.toMatchObject({ status: 410 });
    const run = await Actor.provide({ type: "system", name: "retention" }, () =>
      Retention.applyDaily(late),
    );
    expect(run.finalised).toBeGreaterThanOrEqual(1);
    expect(await leftovers(email)).toEqual([]);
    const record = await Erasure.get(again.body.id);
    expect(record).toMatchObject({ finalAt: late.toISOString() });
    expect(
      (await everyItem()).filter((i) => String(i.pk) === `erasure#${again.body.id}`),
    ).toHaveLength(1);
  });

  it("refuses while a request is open or under a legal hold, and audits each step", async () => {
    const open = await submitRequest(session(), {});
    const refused = await json("POST", `/api/personal-data/requests/${open.id}/erase`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/kesken/);

    const { body } = await json("GET", `/api/requests/${open.id}`);
    const held = await json("PUT", `/api/personal-data/requests/${open.id}/hold`, {
      version: body.request.version,
      hold: true,
      reason: "Valitus vireillä",
    });
    expect(held.status).toBe(200);
    const noReason = await json("PUT", `/api/personal-data/requests/${open.id}/hold`, {
      version: held.body.version,
      hold: true,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toMatchObject({ reason: expect.any(String) });
    await json("POST", `/api/requests/${open.id}/cancel`, {
      version: held.body.version,
      reason: "Peruttu",
    });
    const whileHeld = await json("POST", `/api/personal-data/requests/${open.id}/erase`);
    expect(whileHeld.status).toBe(409);
    expect(whileHeld.body.error.message).toMatch(/pito/);

    const admin = await addCoordinator("admin");
    const adminCookie = await signIn(admin.email);
    const month = today.slice(0, 7);
    const log = await (
      await call("GET", `/api/admin/audit?month=${month}`, { cookie: adminCookie })
    ).json();
    const actions = (log.entries as { action: string; subject: string }[])
      .filter((e) => e.subject === `request#${open.id}`)
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["request.hold"]));
  });
});

describe("a volunteer's export", () => {
  it("holds their profile, interview, history, visits and certificates, and nothing of anyone else", async () => {
    const visit = await confirmedVisit(
      session(),
      {
        client: { name: CLIENT, email: uniqueEmail("asiakas"), languages: ["fi"] },
        description: SECRETS.text[0],
      },
      "Veikko Vientinen",
    );
    const volunteerId = visit.volunteer.id as string;
    await moveVisit(visit.id, addDays(today, -2), "10:00");
    await json("POST", `/api/requests/${visit.id}/outcome`, {
      happened: "yes",
      minutes: 60,
      followUp: false,
      wantsTalk: false,
    });
    const { body: profile } = await json("GET", `/api/volunteers/${volunteerId}`);
    const address = profile.volunteer.email as string;
    // Their training, a gathering and a certificate, and someone else's beside them.
    await transact(
      [
        [volunteerId, "Veikko Vientinen", "Syystapaaminen"],
        ["vol_someone_else", "Olli Muu", "Toisen tapaaminen"],
      ].flatMap(([id, name, gathering]) => [
        putRaw({
          pk: `volunteer#${id}`,
          sk: `attended#2026-03-02T15:00:00.000Z#coh_${id}#1`,
          type: "training-attended",
          cohortId: `coh_${id}`,
          kind: "course",
          n: 1,
          volunteerId: id,
          mark: "present",
          minutes: 210,
          topic: "role",
          date: "2026-03-02",
          startsAt: "2026-03-02T15:00:00.000Z",
        }),
        putRaw({
          pk: `volunteer#${id}`,
          sk: `gathered#gat_${id}`,
          type: "gathered",
          volunteerId: id,
          gatheringId: `gat_${id}`,
          title: gathering,
          date: "2026-10-02",
          attended: true,
        }),
        putRaw({
          pk: `certificate#crt_${id}`,
          sk: "certificate",
          gsi1pk: `certificates#${id}`,
          gsi1sk: `2026-04-01T10:00:00.000Z#crt_${id}`,
          type: "certificate",
          id: `crt_${id}`,
          serial: `RT-2026-${id === volunteerId ? "0101" : "0102"}`,
          kind: "training",
          volunteerId: id,
          name,
          locale: "fi",
          title: "Vapaaehtoisen tukihenkilön peruskoulutus",
          lines: [],
          issuedAt: "2026-04-01T10:00:00.000Z",
          issuer: "Rinnalla",
          issuedBy: "Kaisa Koordinaattori",
        }),
      ]),
    );

    const asCoordinator = await call(
      "GET",
      `/api/personal-data/volunteers/${volunteerId}/export?format=json`,
      { cookie: session() },
    );
    expect(asCoordinator.status).toBe(200);
    expect(asCoordinator.headers.get("content-disposition")).toMatch(/attachment/);
    const data = await asCoordinator.json();
    const section = (id: string) =>
      (data.sections as { id: string; rows: Record<string, unknown>[] }[]).find((s) => s.id === id)
        ?.rows ?? [];
    expect(section("profile")[0]).toMatchObject({ name: "Veikko Vientinen", email: address });
    expect(section("interview")[0]).toMatchObject({ workHistory: "Sairaanhoitaja 30 vuotta" });
    expect(section("history").map((h) => h.to)).toEqual(
      expect.arrayContaining(["applicant", "active"]),
    );
    expect(section("visits")).toHaveLength(1);
    expect(section("visits")[0]).toMatchObject({ status: "reported", minutes: 60 });
    expect(section("training")).toEqual([expect.objectContaining({ topic: "role", minutes: 210 })]);
    expect(section("gatherings")).toEqual([expect.objectContaining({ title: "Syystapaaminen" })]);
    expect(section("certificates")).toEqual([
      expect.objectContaining({ serial: "RT-2026-0101", name: "Veikko Vientinen" }),
    ]);
    const text = JSON.stringify(data);
    for (const other of [
      CLIENT,
      "Zelda",
      SECRETS.text[0],
      "Olli Muu",
      "Toisen tapaaminen",
      "RT-2026-0102",
      "Kaisa Koordinaattori",
      "actorName",
      "ownerName",
    ]) {
      expect(text).not.toContain(other);
    }

    // The volunteer themselves, through their own page, gets the same, as a readable page too.
    const own = await volunteerSignIn(address);
    const page = await call("GET", "/api/personal-data/mine/export?format=html", { cookie: own });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("Veikko Vientinen");
    expect(html).toContain('<html lang="fi">');
    expect(html).not.toContain("Zelda");
    // A volunteer cannot ask for someone else's, nor a coordinator's tools.
    expect(
      (await call("GET", `/api/personal-data/volunteers/${volunteerId}/export`, { cookie: own }))
        .status,
    ).toBe(403);
  });
});

describe("a volunteer's erasure", () => {
  it("ends and erases them from their own page, everywhere, and a coordinator can undo it", async () => {
    const visit = await confirmedVisit(session(), {}, "Ulla Unohdettava");
    const volunteerId = visit.volunteer.id as string;
    const { body: profile } = await json("GET", `/api/volunteers/${volunteerId}`);
    const address = profile.volunteer.email as string;
    const own = await volunteerSignIn(address);
    const ahead = await call("POST", "/api/personal-data/mine/erase", { cookie: own, body: {} });
    expect(ahead.status).toBe(409);

    await moveVisit(visit.id, addDays(today, -2), "10:00");
    await json("POST", `/api/requests/${visit.id}/outcome`, {
      happened: "yes",
      minutes: 45,
      followUp: false,
      wantsTalk: false,
    });
    const erased = await call("POST", "/api/personal-data/mine/erase", { cookie: own, body: {} });
    expect(erased.status).toBe(200);
    const { id, undoUntil } = await erased.json();
    // Their own page is closed to them now.
    expect((await call("GET", "/api/me/volunteer", { cookie: own })).status).toBe(401);
    for (const gone of ["Ulla", "Unohdettava", address]) {
      // The audit log keeps who did what (their own address as the actor of their own steps,
      // the erasure among them) under its own retention: the controller's accountability.
      const holding = (await everyItem()).filter(
        (i) => i.type !== "audit" && JSON.stringify(i).includes(gone),
      );
      expect(
        holding.map((i) => `${i.pk} ${i.sk}`),
        gone,
      ).toEqual([]);
    }
    const { body: after } = await json("GET", `/api/volunteers/${volunteerId}`);
    expect(after.volunteer).toMatchObject({
      status: "ended",
      name: "—",
      erasure: { id, undoUntil },
    });
    expect(after.history.at(-1)).toMatchObject({ to: "ended", cause: "erasure" });

    const undone = await json("POST", `/api/personal-data/erasures/${id}/undo`);
    expect(undone.status).toBe(200);
    const { body: restored } = await json("GET", `/api/volunteers/${volunteerId}`);
    expect(restored.volunteer).toMatchObject({ name: "Ulla Unohdettava", email: address });
    expect(restored.volunteer.anonymisedAt).toBeUndefined();
    expect(restored.interview).toMatchObject({ workHistory: "Sairaanhoitaja 30 vuotta" });
  });
});
