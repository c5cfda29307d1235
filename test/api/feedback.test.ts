import { Feedback, FeedbackJobs } from "@rinnalla/core/feedback";
import { type ServerKey, t } from "@rinnalla/core/i18n";
import { Visiting } from "@rinnalla/core/lifecycle";
import { Outbox } from "@rinnalla/core/mail";
import { helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { afterWindow } from "../../packages/core/src/feedback/timing.ts";
import { uk } from "../../packages/core/src/i18n/client-survey/uk.ts";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { addCoordinator, asCoordinator, signIn } from "../support/coordinators.ts";
import {
  allItems,
  call,
  itemsOfType,
  linkToken,
  mailsTo,
  outboxSettled,
  uniqueEmail,
  viaLink,
  waitForMail,
} from "../support/harness.ts";
import { confirmedVisit } from "../support/visits.ts";

let stopDelivery: () => Promise<void>;
let cookie: string;
let adminCookie: string;
beforeAll(async () => {
  stopDelivery = deliverInBackground(() => {});
  cookie = await signIn((await addCoordinator()).email);
  adminCookie = await signIn((await addCoordinator("admin")).email);
});
afterAll(() => stopDelivery());

const CLIENT_NAME = "Aino Virtanen";
const year = () => Number(helsinkiDate(new Date()).slice(0, 4));

/** A confirmed visit whose form allowed surveys, and the client's "before" link. */
async function visitWithBefore() {
  const visit = await confirmedVisit(cookie, { surveys: true });
  const mails = await waitForMail(visit.clientEmail, 2);
  const found = mails.find(
    (m) => m.subject === t("fi", "mail.found.subject", { reference: visit.reference }),
  );
  return { ...visit, before: linkToken(found, "/survey") };
}

/** The after-survey job at the first moment the visit's survey is due, with its mails delivered. */
async function afterJob(startsAt: string) {
  const ends = new Date(Date.parse(startsAt) + 60 * 60_000).toISOString();
  const at = afterWindow(ends).from;
  const result = await FeedbackJobs.sendAfterVisits(at);
  await Outbox.retryDue(at);
  return { at, result };
}

async function afterToken(address: string) {
  const mails = await waitForMail(address, 2);
  return linkToken(
    mails.find((m) => m.subject === t("fi", "mail.survey.clientAfter.subject")),
    "/survey",
  );
}

const results = async () =>
  (await call("GET", `/api/feedback/results?year=${year()}`, { cookie })).json();

describe("client feedback before and after", () => {
  const visits: Awaited<ReturnType<typeof visitWithBefore>>[] = [];

  it("pairs before and after by code only, shows the change from five pairs, and stores nothing of the person", async () => {
    for (let i = 0; i < 5; i++) visits.push(await visitWithBefore());
    const view = await (await viaLink("GET", "/api/links/survey", visits[0]?.before ?? "")).json();
    expect(view).toMatchObject({ audience: "client-before", locale: "fi", optedOut: false });
    expect(view.questions.map((q: { id: string }) => q.id)).toEqual([
      "safe",
      "confident",
      "understand",
    ]);
    expect(view.scale).toHaveLength(5);

    for (const [i, visit] of visits.entries()) {
      const answered = await viaLink("POST", "/api/links/survey", visit.before, {
        body: { values: { safe: 2, confident: 2, understand: i === 0 ? 1 : 3 } },
      });
      expect(answered.status).toBe(200);
      // The link is used up: a second press changes nothing.
      const again = await viaLink("POST", "/api/links/survey", visit.before, {
        body: { values: { safe: 5 } },
      });
      expect(again.status).toBe(404);
    }

    for (const [i, visit] of visits.entries()) {
      // The five visits are at the same time: the first run sends all their surveys.
      const { result } = await afterJob(visit.startsAt);
      if (i === 0) expect(result.afterVisits).toBeGreaterThanOrEqual(5);
      const token = await afterToken(visit.clientEmail);
      // The after-survey is for the whole week, then closes.
      const view = await (await viaLink("GET", "/api/links/survey", token)).json();
      expect(view.audience).toBe("client-after");
      const answered = await viaLink("POST", "/api/links/survey", token, {
        body: {
          values: {
            safe: 4,
            confident: 4,
            understand: 4,
            smoother: "yes",
            again: "yes",
            open: `Kiitos! Soita 040 765 432${i} tai kirjoita ${visit.clientEmail}`,
          },
        },
      });
      expect(answered.status).toBe(200);
      const shown = await results();
      if (i < 4) {
        expect(shown.pairs).toEqual({ pairs: i + 1, questions: null });
      }
    }
    const shown = await results();
    expect(shown.pairs.pairs).toBeGreaterThanOrEqual(5);
    const safe = shown.pairs.questions.find((q: { id: string }) => q.id === "safe");
    expect(safe).toMatchObject({ before: 2, after: 4, change: 2 });
    const after = shown.audiences.find((a: { audience: string }) => a.audience === "client-after");
    const open = after.questions.find((q: { id: string }) => q.id === "open");
    expect(open.texts.length).toBeGreaterThanOrEqual(5);
    for (const text of open.texts as string[]) {
      expect(text).not.toMatch(/@|\d{3} ?\d{3}/);
      expect(text).toContain("[puhelin]");
    }

    // Read every item in the table: no answer holds the client's name, address, phone, the
    // request's id or its reference.
    const answers = (await allItems()).filter((item) => item.type === "feedback-answer");
    expect(answers.length).toBeGreaterThanOrEqual(10);
    const forbidden = visits.flatMap((v) => [v.clientEmail, v.id, v.reference, v.volunteer.id]);
    for (const item of answers) {
      const text = JSON.stringify(item);
      for (const word of [...forbidden, CLIENT_NAME, "040 123 4567", "+358401234567", "req_"]) {
        expect(text).not.toContain(word);
      }
      expect(Object.keys(item).sort()).toEqual(
        expect.arrayContaining(["audience", "key", "month", "values", "version", "via"]),
      );
      expect(Object.keys(item)).not.toContain("day");
    }
    // A used link keeps no pair code; it can still say "no more surveys".
    const links = (await allItems()).filter(
      (item) => item.type === "feedback-link" && item.answered,
    );
    expect(links.length).toBeGreaterThanOrEqual(10);
    expect(links.every((l) => l.pairCode === undefined)).toBe(true);
    // And once the after-surveys went, no pair code waits beside a request any more.
    const pending = (await itemsOfType("feedback-pair")).filter(
      (p) => visits.some((v) => p.requestId === v.id) && p.pairCode,
    );
    expect(pending).toEqual([]);
  });

  it("sends the after-survey once, not before 10:00 the day after, and not to who said no more", async () => {
    const visit = await visitWithBefore();
    // "No more surveys" after answering, from the same link.
    await viaLink("POST", "/api/links/survey", visit.before, { body: { values: { safe: 3 } } });
    const stop = await viaLink("POST", "/api/links/survey/stop", visit.before);
    expect(await stop.json()).toEqual({ optedOut: true });
    // The used link opens as used, not as a second chance to answer.
    expect((await viaLink("GET", "/api/links/survey", visit.before)).status).toBe(404);
    const ends = new Date(Date.parse(visit.startsAt) + 60 * 60_000).toISOString();
    const early = new Date(afterWindow(ends).from.getTime() - 60_000);
    await FeedbackJobs.sendAfterVisits(early);
    const marked = async () =>
      (await itemsOfType("visit")).find((v) => v.requestId === visit.id)?.feedbackAskedAt;
    expect(await marked()).toBeUndefined();
    const { at } = await afterJob(visit.startsAt);
    expect(await marked()).toBe(at.toISOString());
    await afterJob(visit.startsAt);
    await outboxSettled();
    const surveys = (await mailsTo(visit.clientEmail)).filter(
      (m) => m.subject === t("fi", "mail.survey.clientAfter.subject"),
    );
    expect(surveys).toEqual([]);
  });

  it("asks the professional who requested about cooperation, and lists them for the partner survey", async () => {
    const professional = uniqueEmail("sosiaalityo");
    const visit = await confirmedVisit(cookie, {
      surveys: true,
      requesterRole: "professional",
      requester: {
        name: "Sari Sosiaalityö",
        organisation: "Kaupungin sosiaalitoimi",
        email: professional,
      },
    });
    await afterJob(visit.startsAt);
    const mails = await waitForMail(professional, 3);
    const survey = mails.find((m) => m.subject.startsWith("Palaute tukihenkilön kanssa"));
    expect(survey?.body.text).not.toContain("Vammaispalvelu");
    const token = linkToken(survey, "/survey");
    const view = await (await viaLink("GET", "/api/links/survey", token)).json();
    expect(view.audience).toBe("professional-after");
    const contacts = await itemsOfType("partner-contact");
    expect(contacts.some((c) => c.email === professional)).toBe(true);
  });

  it("refuses answers that do not fit with field messages, and writes nothing", async () => {
    const { before } = await visitWithBefore();
    await outboxSettled();
    const snapshot = await allItems();
    for (const [values, field] of [
      [{ safe: 6 }, "values.safe"],
      [{ safe: "4" }, "values.safe"],
      [{ nope: 3 }, "values.nope"],
      [{}, "values"],
      [{ safe: 2.5 }, "values"],
    ] as const) {
      const response = await viaLink("POST", "/api/links/survey", before, { body: { values } });
      expect(response.status, JSON.stringify(values)).toBe(400);
      const { error } = await response.json();
      expect(Object.keys(error.fields ?? {}).some((f) => f.startsWith(field))).toBe(true);
    }
    expect(
      (
        await viaLink("POST", "/api/links/survey", "x".repeat(43), {
          body: { values: { safe: 1 } },
        })
      ).status,
    ).toBe(404);
    expect(await allItems()).toEqual(snapshot);
  });

  it("closes a link at its end: reading and answering say closed, stopping still works", async () => {
    const visit = await visitWithBefore();
    const after = new Date(Date.parse(visit.startsAt) + 1000);
    await expect(Feedback.viewByLink(visit.before, after)).rejects.toMatchObject({ status: 410 });
    await expect(
      Feedback.answer(visit.before, { values: { safe: 3 } }, after),
    ).rejects.toMatchObject({
      status: 410,
    });
    expect(await Feedback.optedOut(visit.clientEmail)).toBe(false);
    await Feedback.stop(visit.before, after);
    expect(await Feedback.optedOut(visit.clientEmail)).toBe(true);
  });
});

describe("volunteers' feedback", () => {
  it("keeps the report's meaningfulness apart from the report", async () => {
    const visit = await confirmedVisit(cookie);
    const [confirmed] = await waitForMail(visit.volunteer.email, 2);
    const token = linkToken(
      (await mailsTo(visit.volunteer.email)).find((m) => m.body.text.includes("/visit#")) ??
        confirmed,
      "/visit",
    );
    const ended = new Date(Date.parse(visit.startsAt) + 2 * 60 * 60_000);
    const bad = await viaLink("POST", "/api/links/visit/report", token, {
      body: { happened: "yes", minutes: 60, meaningful: 9 },
    });
    expect(bad.status).toBe(400);
    const countBefore = (await itemsOfType("feedback-answer")).filter(
      (a) => a.audience === "volunteer-visit",
    ).length;
    expect(
      await Visiting.report(token, { happened: "yes", minutes: 60, meaningful: 5 }, ended),
    ).toBe("reported");
    const answers = (await itemsOfType("feedback-answer")).filter(
      (a) => a.audience === "volunteer-visit",
    );
    expect(answers).toHaveLength(countBefore + 1);
    expect(answers.at(-1)).toMatchObject({ values: { meaningful: 5 }, via: "report" });
    const report = (await itemsOfType("report")).find((r) => r.pk === `request#${visit.id}`);
    expect(JSON.stringify(report)).not.toContain("meaningful");
  });

  it("sends the semiannual survey once per round, only in its first 30 days", async () => {
    const visit = await confirmedVisit(cookie);
    const spring = helsinkiToUtc(`${year() + 1}-03-16`, "10:40");
    expect(await FeedbackJobs.sendRound(helsinkiToUtc(`${year() + 1}-05-01`, "10:40"))).toEqual({
      volunteers: 0,
      partners: 0,
    });
    const first = await FeedbackJobs.sendRound(spring);
    expect(first.round).toBe(`${year() + 1}-spring`);
    expect(first.volunteers).toBeGreaterThanOrEqual(1);
    const second = await FeedbackJobs.sendRound(new Date(spring.getTime() + 3_600_000));
    expect(second).toMatchObject({ volunteers: 0, partners: 0 });
    await Outbox.retryDue(new Date(spring.getTime() + 3_600_000));
    await outboxSettled();
    const rounds = (await mailsTo(visit.volunteer.email)).filter(
      (m) => m.subject === t("fi", "mail.survey.volunteerRound.subject"),
    );
    expect(rounds).toHaveLength(1);
    const token = linkToken(rounds[0], "/survey");
    const view = await (await viaLink("GET", "/api/links/survey", token)).json();
    expect(view.questions.map((q: { id: string }) => q.id)).toEqual([
      "meaningful",
      "motivated",
      "supported",
      "help",
    ]);
    // The jobs page lists it.
    const jobs = await (await call("GET", "/api/jobs", { cookie })).json();
    expect(jobs.jobs.map((j: { id: string }) => j.id)).toContain("feedback");
  });
});

describe("coordinators", () => {
  it("enter answers given on paper or by phone, marked as such; others may not", async () => {
    const body = { audience: "client-after", via: "paper", values: { safe: 5, smoother: "no" } };
    expect((await call("POST", "/api/feedback/entries", { body })).status).toBe(401);
    const entered = await call("POST", "/api/feedback/entries", { cookie, body });
    expect(entered.status).toBe(201);
    const bad = await call("POST", "/api/feedback/entries", {
      cookie,
      body: { ...body, values: { smoother: "maybe" } },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual({
      "values.smoother": t("fi", "error.invalid" as ServerKey),
    });
    const shown = await results();
    const after = shown.audiences.find((a: { audience: string }) => a.audience === "client-after");
    expect(after.byHand).toBeGreaterThanOrEqual(1);
    const paper = (await itemsOfType("feedback-answer")).filter((a) => a.via === "paper");
    expect(paper.length).toBeGreaterThanOrEqual(1);
  });

  it("an admin saves a new version of a questionnaire; a question's kind cannot change", async () => {
    const { questionnaires } = await (
      await call("GET", "/api/feedback/questionnaires", { cookie })
    ).json();
    const before = questionnaires.find((q: { audience: string }) => q.audience === "client-before");
    const content = { questions: before.questions, scale: before.scale };
    const asCoordinatorOnly = await call("PUT", "/api/feedback/questionnaires", {
      cookie,
      body: { audience: "client-before", basedOn: before.version, content },
    });
    expect(asCoordinatorOnly.status).toBe(403);
    const changed = {
      ...content,
      questions: content.questions.map((q: { id: string }, i: number) =>
        i === 0 ? { ...q, kind: "yesno" } : q,
      ),
    };
    const refused = await call("PUT", "/api/feedback/questionnaires", {
      cookie: adminCookie,
      body: { audience: "client-before", basedOn: before.version, content: changed },
    });
    expect(refused.status).toBe(400);
    const reworded = {
      ...content,
      questions: content.questions.map((q: { id: string; text: object }, i: number) =>
        i === 0 ? { ...q, text: { ...q.text, fi: "Tuntuuko asiointi turvalliselta?" } } : q,
      ),
    };
    const saved = await call("PUT", "/api/feedback/questionnaires", {
      cookie: adminCookie,
      body: { audience: "client-before", basedOn: before.version, content: reworded },
    });
    expect(saved.status).toBe(200);
    expect((await saved.json()).version).toBe(before.version + 1);
    // Saving on the old version again is a conflict, not an overwrite.
    const stale = await call("PUT", "/api/feedback/questionnaires", {
      cookie: adminCookie,
      body: { audience: "client-before", basedOn: before.version, content: reworded },
    });
    expect(stale.status).toBe(409);
    const current = await asCoordinator(() => Feedback.current("client-before"));
    expect(current.questions[0]?.text.fi).toBe("Tuntuuko asiointi turvalliselta?");
  });
});

describe("a client survey in a client language beyond fi, sv and en", () => {
  it("goes in the request's language, and shows the questionnaire in its words or its base's", async () => {
    const visit = await confirmedVisit(cookie, { surveys: true, locale: "uk" });
    const mails = await waitForMail(visit.clientEmail, 2);
    const found = mails.find(
      (m) => m.subject === t("uk", "mail.found.subject", { reference: visit.reference }),
    );
    const view = await (
      await viaLink("GET", "/api/links/survey", linkToken(found, "/survey"))
    ).json();
    const current = await asCoordinator(() => Feedback.current("client-before"));
    expect(view).toMatchObject({
      audience: "client-before",
      locale: "uk",
      version: current.version,
    });
    // The built-in version has Ukrainian words; an association's own (saved above) is shown
    // in English, Ukrainian's base.
    const texts = view.questions.map((q: { text: string }) => q.text);
    if (current.version === 1) {
      expect(view.scale).toEqual([...uk.scale]);
      expect(texts).toEqual([uk.before.safe, uk.before.confident, uk.before.understand]);
    } else {
      expect(view.scale).toEqual(current.scale.en);
      expect(texts).toEqual(current.questions.map((q) => q.text.en));
    }
  });
});
