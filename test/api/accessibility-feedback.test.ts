import { AccessibilityFeedback } from "@rinnalla/core/accessibility-feedback";
import { reloadConfig } from "@rinnalla/core/config";
import { Digest } from "@rinnalla/core/jobs";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import {
  call,
  itemsOfType,
  post,
  uniqueEmail,
  useUpRateLimit,
  waitForMail,
} from "../support/harness.ts";

/**
 * Feedback on accessibility, from the statement's form to the coordinators' answer: the 14-day
 * clock, what the form refuses (in the sender's language, nothing kept), the honeypot, the rate
 * limit, the overdue ones in the morning digest, and the supervisory authority on the statement.
 */

let cookie: string;
let admin: string;
let stopDelivery: () => Promise<void>;
beforeAll(async () => {
  stopDelivery = deliverInBackground(() => {});
  cookie = await signIn((await addCoordinator()).email);
  admin = await signIn((await addCoordinator("admin")).email);
});
afterAll(() => stopDelivery());

type Listed = {
  id: string;
  what: string;
  due: string;
  daysLeft: number;
  status: string;
  answeredBy?: string;
  answerNote?: string;
};
const listed = async () =>
  (await (await call("GET", "/api/accessibility-feedback", { cookie })).json()) as {
    open: Listed[];
    answered: Listed[];
  };

const feedback = (overrides: Record<string, unknown> = {}) => ({
  locale: "fi",
  what: "Lomakkeen virheilmoitus ei kuulu ruudunlukijalla.",
  where: "Pyyntölomake, puhelinnumeron kenttä",
  ...overrides,
});

describe("feedback on accessibility", () => {
  it("lands in the workspace with 14 Helsinki days to answer, and the sender is told", async () => {
    const email = uniqueEmail("a11y");
    const sent = await post("/api/accessibility-feedback", feedback({ email, locale: "sv" }));
    expect(sent.status).toBe(201);
    const due = addDays(helsinkiDate(new Date()), 14);
    expect(await sent.json()).toEqual({ due, confirmationEmail: true });

    const { open } = await listed();
    const mine = open.find((f) => f.what.startsWith("Lomakkeen virheilmoitus"));
    expect(mine).toMatchObject({ due, status: "open" });
    // 14 on the day it came, whatever the hour (the clock may have passed midnight since).
    expect(mine?.daysLeft).toBeGreaterThanOrEqual(13);

    const [mail] = await waitForMail(email);
    expect(mail?.subject).toBe("Tack för din respons om tillgänglighet");
    // The text typed into a public form never travels to the address typed into it.
    expect(mail?.body.text).not.toContain("ruudunlukijalla");
  });

  it("is answered once: who, when and what, in the audit log too", async () => {
    await post("/api/accessibility-feedback", feedback({ what: "Kontrasti on liian heikko." }));
    const target = (await listed()).open.find((f) => f.what === "Kontrasti on liian heikko.");
    if (!target) throw new Error("not listed");
    const path = `/api/accessibility-feedback/${target.id}/answer`;
    const answered = await call("POST", path, {
      cookie,
      body: { note: "Vastattu sähköpostilla: korjataan seuraavaan versioon." },
    });
    expect(answered.status).toBe(200);
    const after = await listed();
    expect(after.open.map((f) => f.id)).not.toContain(target.id);
    expect(after.answered[0]).toMatchObject({
      id: target.id,
      status: "answered",
      answerNote: "Vastattu sähköpostilla: korjataan seuraavaan versioon.",
    });
    expect(after.answered[0]?.answeredBy).toContain("@example.org");
    const again = await call("POST", path, { cookie, body: { note: "Uudestaan" } });
    expect(again.status).toBe(409);

    const log = await (
      await call("GET", "/api/admin/audit?action=accessibility_feedback.answer", { cookie: admin })
    ).json();
    expect(log.entries.map((e: { subject: string }) => e.subject)).toEqual([
      `a11y-feedback#${target.id}`,
    ]);
    // An answer needs its note; the list is the workspace's, not the public's.
    expect((await call("POST", path, { cookie, body: { note: "" } })).status).toBe(400);
    expect((await call("GET", "/api/accessibility-feedback")).status).toBe(401);
  });

  it("refuses what it cannot take at each field, in the sender's language, and keeps nothing", async () => {
    const before = (await itemsOfType("a11y-feedback")).length;
    const refused = await post(
      "/api/accessibility-feedback",
      feedback({ what: "   ", email: "ei-osoite", phone: "2027-03-01", locale: "sv" }),
      { "accept-language": "sv" },
    );
    expect(refused.status).toBe(400);
    const { error } = await refused.json();
    expect(error.fields).toEqual({
      what: "Berätta vad som inte fungerade eller var svårt att använda.",
      email: expect.stringMatching(/e-post/i),
      phone: expect.any(String),
    });
    const tooLong = await post("/api/accessibility-feedback", feedback({ what: "x".repeat(2001) }));
    expect((await tooLong.json()).error.fields.what).toBe("Teksti on liian pitkä.");
    expect(await itemsOfType("a11y-feedback")).toHaveLength(before);
  });

  it("answers a bot that fills the honeypot as it answers a person, and keeps nothing", async () => {
    const before = (await itemsOfType("a11y-feedback")).length;
    const bot = await post("/api/accessibility-feedback", feedback({ website: "http://spam" }));
    expect(bot.status).toBe(201);
    expect(await bot.json()).toEqual({
      due: addDays(helsinkiDate(new Date()), 14),
      confirmationEmail: false,
    });
    expect(await itemsOfType("a11y-feedback")).toHaveLength(before);
  });

  it("limits senders as the request form does, with a friendly 429", async () => {
    process.env.REQUEST_RATE_LIMIT_PER_HOUR = "3";
    reloadConfig();
    try {
      await useUpRateLimit("a11y-feedback", "198.51.100.21", 3, 3600);
      const before = (await itemsOfType("a11y-feedback")).length;
      const limited = await post("/api/accessibility-feedback", feedback(), {
        "x-test-address": "198.51.100.21",
        "accept-language": "en",
      });
      expect(limited.status).toBe(429);
      expect((await limited.json()).error.message).toMatch(/try again/);
      expect(await itemsOfType("a11y-feedback")).toHaveLength(before);
      const other = await post("/api/accessibility-feedback", feedback(), {
        "x-test-address": "198.51.100.22",
      });
      expect(other.status).toBe(201);
    } finally {
      process.env.REQUEST_RATE_LIMIT_PER_HOUR = "1000";
      reloadConfig();
    }
  });

  it("shows overdue feedback first, days past due, and the morning digest counts it", async () => {
    const now = new Date();
    const late = new Date(now.getTime() - 20 * 86_400_000);
    await AccessibilityFeedback.submit(feedback({ what: "Vanha palaute" }), {
      clientAddress: "198.51.100.30",
      now: late,
    });
    const { open } = await listed();
    expect(open[0]).toMatchObject({ what: "Vanha palaute", due: dueOf(late) });
    expect(open[0]?.daysLeft).toBeLessThan(0);
    const dues = open.map((f) => f.due);
    expect(dues).toEqual([...dues].sort());
    expect(await AccessibilityFeedback.overdueCount(now)).toBe(1);

    const letter = Digest.digestLetter(
      "Kaisa",
      { today: helsinkiDate(now), open: [], offers: 0, unreported: 0, a11yOverdue: 1 },
      "fi",
    );
    expect(letter.body).toContain("Saavutettavuuspalautteita yli 14 päivää ilman vastausta: 1");
  });
});

const dueOf = (at: Date) => addDays(helsinkiDate(at), 14);

describe("the supervisory authority on the statement", () => {
  it("is Traficom's until an admin names another, and the public contact says it", async () => {
    const start = await (await call("GET", "/api/organisation")).json();
    expect(start.authority).toEqual({
      email: "saavutettavuus@traficom.fi",
      website: "https://www.saavutettavuusvaatimukset.fi",
    });
    const current = await (
      await call("GET", "/api/admin/settings/organisation", { cookie: admin })
    ).json();
    const body = {
      name: "Testiyhdistys ry",
      email: "toimisto@testi.example",
      replies: "organisation",
      authorityName: "Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta",
      authorityEmail: "valvonta@example.fi",
      authorityWebsite: "https://valvonta.example.fi",
      version: current.version,
    };
    const wrong = await call("PUT", "/api/admin/settings/organisation", {
      cookie: admin,
      body: { ...body, authorityEmail: "ei osoite", authorityWebsite: "ftp://x" },
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys((await wrong.json()).error.fields).sort()).toEqual([
      "authorityEmail",
      "authorityWebsite",
    ]);
    const saved = await call("PUT", "/api/admin/settings/organisation", { cookie: admin, body });
    expect(saved.status).toBe(200);
    const after = await (await call("GET", "/api/organisation")).json();
    expect(after.authority).toEqual({
      name: body.authorityName,
      email: body.authorityEmail,
      website: body.authorityWebsite,
    });
  });
});
