import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import {
  accessibilityViolations,
  launchChromium,
  newContext,
  signInInBrowser,
} from "../support/browser.ts";

/** The API helpers build the app in process at import: they load once the stack's config is set. */
let api: {
  call: typeof import("../support/harness.ts").call;
  confirmedVisit: typeof import("../support/visits.ts").confirmedVisit;
  moveVisit: typeof import("../support/visits.ts").moveVisit;
};

/**
 * Issue 6 end to end: a confirmed visit moved into the past gets its report link from the
 * `visit-reports` job (run from the coordinators' jobs page); the volunteer reports through it
 * with a safety note; the coordinator sees the urgent alert and the request completed with the
 * report. A volunteer who can't come to a future visit says so on the same page, and the
 * request goes back to matching with an urgent alert. A coordinator records an outcome heard by
 * phone and turns a follow-up into a new request. axe checks the report page (before and after
 * sending, in Finnish and Swedish), the jobs page and the coordinator's pages.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
let coordinator: BrowserContext;
let page: Page;
let cookie: string;
const stamp = Date.now().toString(36);
const coordinatorEmail = `reports.${stamp}@example.org`;
const today = helsinkiDate(new Date());

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
}

/** The newest mail to an address that matches, once it has arrived. */
async function mailTo(address: string, match: (mail: Mail) => boolean): Promise<Mail> {
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const found = emails.filter((m) => m.destination.to.includes(address) && match(m));
    if (found.length > 0) return found.at(-1) as Mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no matching mail for ${address}`);
}

const linkIn = (mail: Mail, path: string) => {
  const link = mail.body.text.match(new RegExp(`https?://\\S+${path}#\\S+`))?.[0];
  if (!link) throw new Error(`no ${path} link in "${mail.subject}"`);
  return link;
};

async function expectAccessible(target: Page, where: string) {
  expect(await accessibilityViolations(target), where).toEqual([]);
}

/** The page again with `?lang=sv` (the token after `#` stays), checked, then back in Finnish. */
async function inSwedishToo(target: Page, where: string, ready: string) {
  const url = new URL(target.url());
  url.searchParams.set("lang", "sv");
  await target.goto(url.toString());
  await target.waitForFunction(() => document.documentElement.lang === "sv");
  await target.waitForSelector(ready);
  await expectAccessible(target, `${where} (sv)`);
  url.searchParams.set("lang", "fi");
  await target.goto(url.toString());
  await target.waitForFunction(() => document.documentElement.lang === "fi");
  await target.waitForSelector(ready);
}

const freshContext = () => newContext(browser);

/** The focused element's id, or its test id when it has none. */
const focused = (target: Page) =>
  target.evaluate(
    () => document.activeElement?.id || document.activeElement?.getAttribute("data-testid"),
  );

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Kaisa Koordinaattori", role: "coordinator" }),
  );
  const [harness, visits] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/visits.ts"),
  ]);
  api = { call: harness.call, confirmedVisit: visits.confirmedVisit, moveVisit: visits.moveVisit };

  coordinator = await freshContext();
  page = await coordinator.newPage();
  await signInInBrowser(page, stack.api, coordinatorEmail, async () =>
    linkIn(await mailTo(coordinatorEmail, () => true), "/sign-in/verify"),
  );
  cookie = (await coordinator.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("after the visit: the report", () => {
  let visit: Awaited<ReturnType<typeof api.confirmedVisit>>;
  let reportLink: string;

  it("asks the volunteer for a report once a confirmed visit is over, from the jobs page", async () => {
    visit = await api.confirmedVisit(cookie, {}, `Veera Vapaaehtoinen ${stamp}`);
    await mailTo(visit.volunteer.email, (m) => m.subject.startsWith("Vahvistus"));
    // Yesterday 10:00–11:00 Helsinki time: over, so due for its report.
    await api.moveVisit(visit.id, addDays(today, -1), "10:00");

    await page.click("#nav-jobs");
    const job = page.locator("[data-testid=job][data-job=visit-reports]");
    await job.waitFor();
    expect(await job.locator("h2").textContent()).toBe("Raporttipyynnöt");
    expect(await job.locator("[data-testid=job-timing]").textContent()).toBe(
      "Joka tunti 30 minuuttia yli",
    );
    expect(await job.locator("[data-testid=job-next]").textContent()).toMatch(/\d/);
    expect(await job.locator("[data-testid=job-never]").textContent()).toBe("Ei vielä ajettu");
    await expectAccessible(page, "jobs page");

    await job.locator("[data-testid=job-run]").click();
    await page.waitForSelector("[data-testid=jobs-message] >> text=Raporttipyynnöt: ajettu");
    expect(await page.textContent("[data-testid=jobs-message]")).toContain("Raporttia pyydetty: 1");
    expect(await focused(page)).toBe("run-visit-reports");
    expect(await job.locator("[data-testid=job-outcome]").textContent()).toBe("Onnistui");
    expect(await job.locator("[data-testid=job-result]").textContent()).toBe(
      "Raporttia pyydetty: 1 · muistutettu: 0",
    );
    await expectAccessible(page, "jobs page after a run");
    await inSwedishToo(page, "jobs page", "[data-testid=job-last]");

    const ask = await mailTo(visit.volunteer.email, (m) =>
      m.subject.startsWith("Miten tapaaminen meni?"),
    );
    reportLink = linkIn(ask, "/visit");
  });

  it("lets the volunteer report with a safety note, through the link in that email", async () => {
    const context = await freshContext();
    const report = await context.newPage();
    await report.goto(reportLink);
    await report.waitForSelector("#report-happened-yes");
    expect(await report.textContent("h1")).toBe("Miten käynti meni?");
    expect(await report.textContent("[data-testid=details-client]")).toBe("Aino Virtanen");
    // The minutes are asked only when the visit happened.
    expect(await report.isVisible("#report-minutes")).toBe(false);
    await expectAccessible(report, "report form");
    await inSwedishToo(report, "report form", "#report-happened-yes");

    // Sent empty: every problem in a summary that takes focus, each linked to its field.
    await report.click("#report-submit");
    await report.waitForSelector("#report-errors");
    expect(await focused(report)).toBe("report-errors");
    expect(await report.textContent("#report-errors")).toContain("Toteutuiko käynti?");
    await report.check("#report-happened-yes");
    await report.click("#report-submit");
    expect(await report.textContent("#report-errors")).toContain("Kauanko käynti kesti?");
    await report.click("#report-errors a");
    expect(await focused(report)).toBe("report-minutes");
    await expectAccessible(report, "report form with errors");

    await report.fill("#report-minutes", "75");
    await report.fill("#report-howItWent", "Asiakas sai asiansa hoidettua.");
    await report.fill("#report-safety", "Odotustilassa oli uhkaava henkilö.");
    await report.check("#report-followUp");
    await report.fill("#report-followUpNote", "Jatkotapaaminen kuukauden päästä.");
    await report.check("#report-wellbeing-ok");
    await report.check("#report-wantsTalk");
    await report.click("#report-submit");
    await report.waitForSelector("[data-testid=link-result] >> text=Kiitos raportista!");
    expect(await focused(report)).toBe("link-result");
    const result = await report.textContent("[data-testid=link-result]");
    expect(result).toContain("koordinaattori sai siitä heti ilmoituksen");
    expect(result).toContain("jotta voitte jutella");
    expect(await report.isVisible("#report-submit")).toBe(false);
    await expectAccessible(report, "report sent");

    // Opened again, the link says the report is in and offers nothing to send twice.
    await inSwedishToo(report, "report sent", "[data-testid=link-result]");
    expect(await report.textContent("[data-testid=link-result]")).toContain(
      "Käynnistä on jo raportoitu",
    );
    await expectAccessible(report, "already reported");
    await context.close();
  });

  it("shows the coordinator the urgent safety alert and the completed request with its report", async () => {
    await page.goto(`${stack.api}/coordinator`);
    const safety = page.locator("[data-testid=alert][data-kind=safety_concern]", {
      hasText: visit.reference,
    });
    await safety.waitFor();
    expect(await safety.getAttribute("data-urgent")).toBe("true");
    expect(await safety.textContent()).toContain("Kiireellinen");
    expect(await safety.textContent()).toContain("kertoi raportissa turvallisuudesta");
    // Urgent alerts come first; the talk and follow-up ones are there too, not marked urgent.
    const kinds = await page
      .locator("[data-testid=alert]", { hasText: visit.reference })
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
    expect(kinds[0]).toBe("safety_concern");
    expect([...kinds].sort()).toEqual(["follow_up", "safety_concern", "volunteer_talk"]);
    const talk = page.locator("[data-testid=alert][data-kind=volunteer_talk]", {
      hasText: visit.reference,
    });
    expect(await talk.textContent()).not.toContain("Kiireellinen");
    await expectAccessible(page, "inbox with urgent alerts");

    await safety.locator("a").click();
    await page.waitForSelector("[data-testid=visit-report]");
    expect(await page.textContent("[data-testid=detail-status]")).toBe("Toteutunut");
    expect(await page.textContent("[data-testid=report-safety]")).toContain(
      "Odotustilassa oli uhkaava henkilö.",
    );
    expect(await page.textContent("[data-testid=report-by]")).toContain(visit.volunteer.name);
    expect(await page.textContent("[data-testid=report-outcome]")).toBe("Toteutui");
    expect(await page.textContent("[data-testid=report-minutes]")).toBe("1,25 h");
    const shown = await page.textContent("[data-testid=visit-report]");
    expect(shown).toContain("Jatkotapaaminen kuukauden päästä.");
    expect(shown).toContain("Ihan hyvä");
    expect(shown).toContain("ota yhteyttä tukihenkilöön");
    const timeline = await page.textContent("[data-testid=timeline]");
    expect(timeline).toContain("Käynnistä raportoitiin: Toteutui");
    expect(timeline).toContain(
      "Huomiot: turvallisuus, tarvitsee jatkoa, tukihenkilö haluaa jutella",
    );
    // The follow-up the volunteer asked for is one form away.
    expect(await page.textContent("[data-testid=follow-up]")).toContain(
      "Toive jatkosta: Jatkotapaaminen kuukauden päästä.",
    );
    await expectAccessible(page, "completed request with its report");
  });

  it("lists the visit and its hours on the volunteer's own page", async () => {
    await api.call("POST", "/api/volunteer-auth/link", {
      body: { email: visit.volunteer.email, locale: "fi" },
      headers: { "x-test-address": `own.${stamp}@example.org` },
    });
    const signIn = await mailTo(visit.volunteer.email, (m) =>
      m.body.text.includes("/volunteer/sign-in#"),
    );
    const context = await freshContext();
    const own = await context.newPage();
    await own.goto(linkIn(signIn, "/volunteer/sign-in"));
    await own.click("#volunteer-continue");
    const listed = own.locator("[data-testid=my-visit]");
    await listed.first().waitFor();
    expect(await own.textContent("[data-testid=visits-done]")).toBe("1");
    expect(await own.textContent("[data-testid=visits-hours]")).toBe("1,3 h");
    expect(await own.textContent("[data-testid=visits-upcoming]")).toBe("0");
    expect(await listed.first().textContent()).toContain("Toteutui, 1,25 h");
    expect(await listed.first().textContent()).toContain("Vammaispalvelut");
    await expectAccessible(own, "own page with visits");
    await context.close();
  });
});

describe("before the visit: I can't come", () => {
  it("lets the volunteer call off a future visit; the request goes back to matching with an urgent alert", async () => {
    const visit = await api.confirmedVisit(
      cookie,
      { date: addDays(today, 10) },
      `Ville Vapaaehtoinen ${stamp}`,
    );
    const confirmation = await mailTo(visit.volunteer.email, (m) =>
      m.subject.startsWith("Vahvistus"),
    );
    const context = await freshContext();
    const own = await context.newPage();
    await own.goto(linkIn(confirmation, "/visit"));
    await own.waitForSelector("#cant-come");
    expect(await own.textContent("h1")).toBe("Käyntisi");
    expect(await own.textContent("[data-testid=details-client]")).toBe("Aino Virtanen");
    expect(await own.isVisible("#report-submit")).toBe(false);
    await expectAccessible(own, "visit page");
    await inSwedishToo(own, "visit page", "#cant-come");

    await own.click("#cant-come");
    expect(await focused(own)).toBe("cant-come-form-title");
    // Back (or Escape) changes nothing and returns to the button.
    await own.keyboard.press("Escape");
    expect(await focused(own)).toBe("cant-come");
    await own.keyboard.press("Enter");
    await own.fill("#cant-come-reason", "Sairastuin.");
    await expectAccessible(own, "I can't come, confirm step");
    await own.click("#cant-come-confirm");
    await own.waitForSelector("[data-testid=link-result] >> text=Kiitos, että kerroit");
    expect(await focused(own)).toBe("link-result");
    expect(await own.isVisible("#cant-come")).toBe(false);
    expect(await own.isVisible("[data-testid=details-client]")).toBe(false);
    await expectAccessible(own, "I can't come, sent");
    await inSwedishToo(own, "visit cancelled", "[data-testid=link-result]");
    expect(await own.textContent("[data-testid=link-result]")).toContain("Käynti on peruttu");
    await context.close();

    await page.goto(`${stack.api}/coordinator`);
    const alert = page.locator("[data-testid=alert][data-kind=volunteer_cancelled]", {
      hasText: visit.reference,
    });
    await alert.waitFor();
    expect(await alert.getAttribute("data-urgent")).toBe("true");
    expect(await alert.textContent()).toContain("Kiireellinen");
    expect(await alert.textContent()).toContain("tukihenkilö ei pääse");
    await alert.locator("a").click();
    await page.waitForSelector("[data-testid=matching]");
    expect(await page.textContent("[data-testid=detail-status]")).toMatch(/etsitään/);
    expect(await page.textContent("[data-testid=timeline]")).toContain("Sairastuin.");
  });
});

describe("an outcome heard by phone", () => {
  it("is recorded by the coordinator, and a follow-up becomes a new request for the same client", async () => {
    const visit = await api.confirmedVisit(cookie, { date: addDays(today, 3) });
    // Before the visit starts there is no outcome to record yet.
    await page.goto(`${stack.api}/coordinator/requests/${visit.id}`);
    await page.waitForSelector("[data-testid=outcome-not-yet]");
    expect(await page.isVisible("#outcome-open")).toBe(false);
    // The visit was yesterday: now its outcome can be recorded.
    await api.moveVisit(visit.id, addDays(today, -1), "14:00");
    await page.reload();
    await page.click("#outcome-open");
    await page.waitForSelector("#outcome-happened-no_show");
    expect(await focused(page)).toBe("outcome-form-title");
    await page.click("#outcome-submit");
    await page.waitForSelector("#outcome-errors");
    expect(await focused(page)).toBe("outcome-errors");
    await page.check("#outcome-happened-no_show");
    await page.fill("#outcome-howItWent", "Tuettava ei tullut, kertoi puhelimessa.");
    await expectAccessible(page, "record the outcome");
    await page.click("#outcome-submit");
    await page.waitForSelector("[data-testid=outcome-message] >> text=tallennettiin");
    expect(await focused(page)).toBe("outcome-title");
    expect(await page.textContent("[data-testid=detail-status]")).toBe("Toteutunut");
    expect(await page.textContent("[data-testid=report-outcome]")).toBe(
      "Tuettava ei tullut paikalle",
    );
    expect(await page.textContent("[data-testid=report-by]")).toContain("Kaisa Koordinaattori");

    // Linking to a request that does not exist says so on the field.
    await page.fill("#same-client-reference", "R-1999-0001");
    await page.click("#same-client-submit");
    await page.waitForSelector("#same-client-reference-error");
    expect(await focused(page)).toBe("same-client-reference");

    await page.click("#follow-up-open");
    await page.fill("#follow-up-date", addDays(today, 20));
    await page.fill("#follow-up-startTime", "13:00");
    await expectAccessible(page, "follow-up form");
    await page.click("#follow-up-submit");
    const created = page.locator("[data-testid=follow-up-created]");
    await created.waitFor();
    await created.locator("a").click();
    await page.waitForSelector("[data-testid=same-client-linked]");
    expect(await page.textContent("[data-testid=detail-status]")).toBe("Vastaanotettu");
    await expectAccessible(page, "the follow-up request");
  });
});
