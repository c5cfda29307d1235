import { FeedbackJobs } from "@rinnalla/core/feedback";
import { t } from "@rinnalla/core/i18n";
import { Outbox } from "@rinnalla/core/mail";
import { Privacy } from "@rinnalla/core/privacy";
import { Request } from "@rinnalla/core/request";
import { Volunteer } from "@rinnalla/core/volunteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { afterWindow } from "../../packages/core/src/feedback/timing.ts";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import {
  allItems,
  call,
  itemsOfType,
  mailsTo,
  outboxSettled,
  post,
  validRequest,
  waitForMail,
} from "../support/harness.ts";
import { confirmedVisit } from "../support/visits.ts";
import { applyAs, validApplication, volunteerSignIn } from "../support/volunteers.ts";

let stopDelivery: () => Promise<void>;
let cookie: string;
let admin: string;
beforeAll(async () => {
  stopDelivery = deliverInBackground(() => {});
  cookie = await signIn((await addCoordinator()).email);
  admin = await signIn((await addCoordinator("admin")).email);
});
afterAll(() => stopDelivery());

const submitted = async (body: Record<string, unknown>) => {
  const response = await post("/api/requests", body);
  expect(response.status, await response.clone().text()).toBe(201);
  const { reference } = await response.json();
  return (await Request.findByReference(reference)) as Request.Request;
};

describe("consent on a request", () => {
  it("keeps the notice version the form showed, the date, the source and each choice", async () => {
    const organisation = await (await call("GET", "/api/organisation")).json();
    expect(organisation.notice).toEqual({
      version: Privacy.builtIn.version,
      since: Privacy.builtIn.since,
    });
    const request = await submitted(validRequest({ surveys: true, sms: false }));
    expect(request.consent).toEqual({
      noticeVersion: Privacy.builtIn.version,
      at: request.createdAt,
      source: "form",
      surveys: true,
      sms: false,
    });
    // Unticked choices are a no: nothing is assumed.
    const unticked = await submitted(validRequest());
    expect(unticked.consent).toMatchObject({ surveys: false, sms: false });

    // The exact text consented to is kept once, and can be read back.
    const notices = (await itemsOfType("notice")).filter(
      (n) => n.version === Privacy.builtIn.version,
    );
    expect(notices).toHaveLength(1);
    expect(JSON.parse(String(notices[0]?.texts))).toEqual(Privacy.texts);
    const kept = await (await call("GET", `/api/privacy/${Privacy.builtIn.version}`)).json();
    expect(kept.texts.sv["privacy.title"]).toBe(Privacy.texts.sv["privacy.title"]);
    expect((await call("GET", "/api/privacy/0123456789abcdef")).status).toBe(404);
  });

  it("refuses a notice version that is not the current one, on the consent, in the sender's language, keeping nothing", async () => {
    const before = (await allItems()).length;
    for (const [lang, version] of [
      ["sv", "0123456789abcdef"],
      ["fi", undefined],
    ] as const) {
      const response = await post(
        `/api/requests?lang=${lang}`,
        validRequest({ locale: lang, noticeVersion: version, surveys: true }),
      );
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.fields).toEqual({ consent: t(lang, "error.noticeChanged") });
    }
    expect((await allItems()).length).toBe(before);
  });

  it("records a coordinator's follow-up as theirs, with the client's choices carried over", async () => {
    const visit = await confirmedVisit(cookie, { surveys: true, sms: true });
    const followUp = await call("POST", `/api/requests/${visit.id}/follow-up`, {
      cookie,
      body: { date: (await Request.get(visit.id))?.date, startTime: "13:00", durationMinutes: 30 },
    });
    expect(followUp.status, await followUp.clone().text()).toBe(201);
    const { id } = await followUp.json();
    expect((await Request.get(id))?.consent).toMatchObject({
      noticeVersion: Privacy.builtIn.version,
      source: "coordinator",
      surveys: true,
      sms: true,
    });
  });
});

describe("surveys follow the choice", () => {
  it("sends no survey, before or after, when the form did not allow it, and no partner list entry", async () => {
    const visit = await confirmedVisit(cookie, {
      requesterRole: "professional",
      requester: {
        name: "Sari Sosiaalityö",
        organisation: "Sosiaalitoimi",
        email: "sari.ei@example.org",
      },
    });
    const withSurveys = await confirmedVisit(cookie, { surveys: true });
    await waitForMail(withSurveys.clientEmail, 2);
    await outboxSettled();
    const found = (await mailsTo(visit.clientEmail)).find(
      (m) => m.subject === t("fi", "mail.found.subject", { reference: visit.reference }),
    );
    expect(found?.body.text).toBeDefined();
    expect(found?.body.text).not.toContain("/survey#");
    // The other, allowed, got its "before" link.
    const allowed = (await mailsTo(withSurveys.clientEmail)).find(
      (m) => m.subject === t("fi", "mail.found.subject", { reference: withSurveys.reference }),
    );
    expect(allowed?.body.text).toContain("/survey#");
    expect((await itemsOfType("partner-contact")).map((c) => c.email)).not.toContain(
      "sari.ei@example.org",
    );

    const ends = new Date(Date.parse(visit.startsAt) + 60 * 60_000).toISOString();
    const at = afterWindow(ends).from;
    await FeedbackJobs.sendAfterVisits(at);
    await Outbox.retryDue(at);
    await outboxSettled();
    const surveys = [
      ...(await mailsTo(visit.clientEmail)),
      ...(await mailsTo("sari.ei@example.org")),
    ].filter((m) => m.body.text.includes("/survey#"));
    expect(surveys).toEqual([]);
    // …while the allowed visit's client was asked after it too.
    const afterAllowed = (await mailsTo(withSurveys.clientEmail)).filter(
      (m) => m.subject === t("fi", "mail.survey.clientAfter.subject"),
    );
    expect(afterAllowed).toHaveLength(1);
  });
});

describe("a volunteer and the notice", () => {
  it("keeps the version applied under; a new notice shows on their page until they say they read it", async () => {
    const applied = await applyAs(cookie);
    const stored = await Volunteer.get(applied.id);
    expect(stored?.consent).toMatchObject({
      noticeVersion: Privacy.builtIn.version,
      source: "application",
    });
    const own = await volunteerSignIn(applied.email);
    const me = async () => (await call("GET", "/api/me/volunteer", { cookie: own })).json();
    expect((await me()).notice).toMatchObject({
      version: Privacy.builtIn.version,
      changed: false,
    });

    // The association points to its own notice: a new version, from today.
    const settings = await (
      await call("GET", "/api/admin/settings/organisation", { cookie: admin })
    ).json();
    const saved = await call("PUT", "/api/admin/settings/organisation", {
      cookie: admin,
      body: {
        name: settings.name,
        replies: "none",
        privacyUrl: "https://example.org/tietosuoja",
        version: settings.version,
      },
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    try {
      const changed = (await me()).notice;
      expect(changed).toMatchObject({
        url: "https://example.org/tietosuoja",
        acknowledged: Privacy.builtIn.version,
        changed: true,
      });
      expect(changed.version).toMatch(/^own-/);
      expect(changed.changes).toBeUndefined();

      // An application under the old version is asked to read the new one.
      const stale = await post("/api/volunteers/apply", validApplication());
      expect(stale.status).toBe(400);
      expect((await stale.json()).error.fields.consent).toBe(t("fi", "error.noticeChanged"));

      // A version that is not the current one is not acknowledged.
      const wrong = await call("POST", "/api/me/volunteer/notice", {
        cookie: own,
        body: { version: Privacy.builtIn.version },
      });
      expect(wrong.status).toBe(409);
      const read = await call("POST", "/api/me/volunteer/notice", {
        cookie: own,
        body: { version: changed.version },
      });
      expect(read.status).toBe(200);
      expect((await read.json()).notice).toMatchObject({ changed: false });
      expect((await Volunteer.get(applied.id))?.notice).toEqual({
        version: changed.version,
        at: expect.any(String),
      });
      // The association's notice is kept as what it is: its address and the day it was set.
      const kept = await (await call("GET", `/api/privacy/${changed.version}`)).json();
      expect(kept).toMatchObject({ kind: "own", url: "https://example.org/tietosuoja" });
      const audit = await itemsOfType("audit");
      expect(audit.some((e) => e.action === "volunteer.notice")).toBe(true);
    } finally {
      const now = await (
        await call("GET", "/api/admin/settings/organisation", { cookie: admin })
      ).json();
      await call("PUT", "/api/admin/settings/organisation", {
        cookie: admin,
        body: { name: now.name, replies: "none", version: now.version },
      });
    }
  });
});
