import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
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

/**
 * Issue 12 end to end: the coordinator's workspace. Offering a new request to two volunteers
 * takes three actions after opening it, with the suggestions in sight at 1280×800; the inbox's
 * filters live in the address; a coordinator takes a request and a colleague's change in
 * between is said; the calendar shows visits by week and month; the association's details are
 * saved with field errors and a stale-version conflict; jobs and the bank speak the
 * coordinator's language; the frame works on a phone by keyboard; and axe finds nothing on any
 * workspace page at 1280×800 and 390×844, in Finnish and Swedish. Screenshots of the inbox, a
 * request and the calendar go to test-results/screenshots/.
 */

/** The API helpers build the app in process at import: they load once the stack's config is set. */
let api: {
  call: typeof import("../support/harness.ts").call;
  post: typeof import("../support/harness.ts").post;
  validRequest: typeof import("../support/harness.ts").validRequest;
  uniqueEmail: typeof import("../support/harness.ts").uniqueEmail;
  activeVolunteer: typeof import("../support/volunteers.ts").activeVolunteer;
  applyAs: typeof import("../support/volunteers.ts").applyAs;
  confirmedVisit: typeof import("../support/visits.ts").confirmedVisit;
};

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
let desk: BrowserContext;
let page: Page;
let cookie: string;
let colleagueCookie: string;
const stamp = Date.now().toString(36);
const adminEmail = `workspace.${stamp}@example.org`;
const colleagueEmail = `colleague.${stamp}@example.org`;
const today = helsinkiDate(new Date());
const wide = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const shots = resolve(import.meta.dirname, "../../test-results/screenshots");

interface Mail {
  destination: { to: string[] };
  body: { text: string };
}

async function signInLink(address: string) {
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const link = emails
      .filter((m) => m.destination.to.includes(address))
      .at(-1)
      ?.body.text.match(/https?:\/\/\S+\/sign-in\/verify#\S+/)?.[0];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no sign-in link for ${address}`);
}

/** A request through the public API, each from its own address (the form's rate limit). */
async function newRequest(overrides: Record<string, unknown> = {}) {
  const response = await api.post("/api/requests", api.validRequest(overrides), {
    "x-test-address": api.uniqueEmail("address"),
  });
  if (response.status !== 201) throw new Error(`submit: ${response.status}`);
  const { reference } = (await response.json()) as { reference: string };
  const found = await (
    await api.call("GET", `/api/inbox/search?q=${reference}`, { cookie })
  ).json();
  return { reference, id: found.requests[0].id as string };
}

const inView = async (target: Page, selector: string) => {
  const box = await target.locator(selector).first().boundingBox();
  const viewport = target.viewportSize();
  return (
    !!box &&
    !!viewport &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width
  );
};

const noSideways = (target: Page) =>
  target.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const focusedId = (target: Page) => target.evaluate(() => document.activeElement?.id ?? "");

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, async () => {
    await Coordinator.add({ email: adminEmail, name: "Wilma Workspace", role: "admin" });
    await Coordinator.add({ email: colleagueEmail, name: "Kalle Kollega", role: "coordinator" });
  });
  const [harness, volunteers, visits] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/volunteers.ts"),
    import("../support/visits.ts"),
  ]);
  api = {
    call: harness.call,
    post: harness.post,
    validRequest: harness.validRequest,
    uniqueEmail: harness.uniqueEmail,
    activeVolunteer: volunteers.activeVolunteer,
    applyAs: volunteers.applyAs,
    confirmedVisit: visits.confirmedVisit,
  };
  desk = await newContext(browser, { viewport: wide });
  page = await desk.newPage();
  await signInInBrowser(page, stack.api, adminEmail, () => signInLink(adminEmail));
  cookie = (await desk.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const theirs = await newContext(browser);
  await signInInBrowser(await theirs.newPage(), stack.api, colleagueEmail, () =>
    signInLink(colleagueEmail),
  );
  colleagueCookie = (await theirs.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await theirs.close();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("the coordinator's workspace", () => {
  let offered: { reference: string; id: string };
  let visit: Awaited<ReturnType<typeof api.confirmedVisit>>;

  it("offers a new request to two volunteers in three actions, the suggestions in sight", async () => {
    const aada = await api.activeVolunteer(cookie, {}, { name: `Aada Ahonen ${stamp}` });
    const bea = await api.activeVolunteer(cookie, {}, { name: `Bea Berg ${stamp}` });
    offered = await newRequest({ date: addDays(today, 8), startTime: "11:00" });

    await page.goto(`${stack.api}/coordinator`);
    await page.locator("[data-testid=inbox-row] a", { hasText: offered.reference }).click();
    await page.waitForSelector("[data-testid=suggestion]");
    // Right after the page loads, without scrolling, the first suggestion is on screen.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inView(page, "[data-testid=suggestion]")).toBe(true);

    let actions = 0;
    for (const name of [aada.name, bea.name]) {
      await page
        .locator("[data-testid=suggestion]", { hasText: name })
        .locator("input[type=checkbox]")
        .click();
      actions += 1;
    }
    await page.click("#offer-send");
    actions += 1;
    await page.waitForSelector("[data-testid=offers-message] >> text=Käynti tarjottiin");
    expect(actions).toBeLessThanOrEqual(3);

    const matching = await (
      await api.call("GET", `/api/requests/${offered.id}/matching`, { cookie })
    ).json();
    const pending = matching.offers
      .filter((o: { status: string }) => o.status === "pending")
      .map((o: { volunteerId: string }) => o.volunteerId)
      .sort();
    expect(pending).toEqual([aada.id, bea.id].sort());
    // The usual 48 hours, moved out of the night.
    expect(await page.locator("[data-testid=offer-row][data-status=pending]").count()).toBe(2);
  });

  it("links each suggestion to the volunteer's profile and phones them with a tap", async () => {
    const other = await newRequest({ date: addDays(today, 9) });
    await page.goto(`${stack.api}/coordinator/requests/${other.id}`);
    const first = page.locator("[data-testid=suggestion]").first();
    await first.waitFor();
    expect(await first.locator("[data-testid=suggestion-phone]").getAttribute("href")).toMatch(
      /^tel:\+?\d+$/,
    );
    const profile = first.locator("[data-testid=suggestion-profile]");
    const name = (await profile.textContent()) ?? "";
    await profile.click();
    await page.waitForSelector("[data-testid=volunteer-status]");
    expect(await page.textContent("h1")).toBe(name);
  });

  it("keeps the inbox's filters in the address, through a reload and the back button", async () => {
    const mine = await newRequest({ date: addDays(today, 10) });
    await page.goto(`${stack.api}/coordinator/requests/${mine.id}`);
    await page.click("#owner-take");
    await expect.poll(() => page.textContent("[data-testid=detail-owner]")).toBe("sinä");

    await page.goto(`${stack.api}/coordinator`);
    await page.click("[data-testid=inbox-owner-me]");
    await page.waitForURL(/owner=me/);
    const row = page.locator("[data-testid=inbox-row]", { hasText: mine.reference });
    await row.waitFor();
    expect(await row.locator("[data-testid=inbox-owner]").textContent()).toBe("Sinä");
    expect(await page.locator("[data-testid=inbox-row]").count()).toBe(1);
    await page.reload();
    await row.waitFor();
    expect(await page.getAttribute("[data-testid=inbox-owner-me]", "aria-current")).toBe("true");

    await page.click("[data-testid=inbox-owner-none]");
    await page.waitForURL(/owner=none/);
    await page.waitForSelector("[data-testid=inbox-row]");
    expect(await row.count()).toBe(0);
    await page.goBack();
    await page.waitForURL(/owner=me/);
    await row.waitFor();

    // A view with nothing in it says so, with the way back to every open request.
    await page.goto(`${stack.api}/coordinator?view=completed&owner=me`);
    await page.waitForSelector("[data-testid=inbox-empty]");
    await page.click("#inbox-show-open");
    await page.waitForURL(`${stack.api}/coordinator`);
    await page.waitForSelector("[data-testid=inbox-row]");
  });

  it("shows only urgent requests when asked, and loads more with the cursor", async () => {
    const soon = await newRequest({ date: addDays(today, 1), startTime: "12:00" });
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => newRequest({ date: addDays(today, 14 + (i % 5)) })),
    );
    await page.goto(`${stack.api}/coordinator?urgent=true`);
    const urgent = page.locator("[data-testid=inbox-row]", { hasText: soon.reference });
    await urgent.waitFor();
    expect(await urgent.textContent()).toContain("Kiireellinen");
    expect(await page.locator("[data-testid=inbox-row]:not(.row--urgent)").count()).toBe(0);

    await page.goto(`${stack.api}/coordinator`);
    await page.waitForSelector("#inbox-load-more");
    expect(await page.locator("[data-testid=inbox-row]").count()).toBe(25);
    await page.click("#inbox-load-more");
    await expect.poll(() => page.locator("[data-testid=inbox-row]").count()).toBeGreaterThan(25);
    const references = await page.locator("[data-testid=inbox-row] th a").allTextContents();
    expect(new Set(references).size).toBe(references.length);
  });

  it("says so when a colleague changed who handles a request meanwhile", async () => {
    const contested = await newRequest({ date: addDays(today, 11) });
    await page.goto(`${stack.api}/coordinator/requests/${contested.id}`);
    await page.click("#owner-take");
    await expect.poll(() => page.textContent("[data-testid=detail-owner]")).toBe("sinä");
    const me = await page.getAttribute("[data-testid=detail-owner]", "data-owner");
    // The colleague takes it over while the page is open.
    const taken = await api.call("POST", `/api/requests/${contested.id}/owner`, {
      cookie: colleagueCookie,
      body: { take: true, seen: me },
    });
    expect(taken.status).toBe(200);
    await page.click("#owner-release");
    await page.waitForSelector("[data-testid=owner-message]");
    expect(await page.textContent("[data-testid=owner-message]")).toContain("Kalle Kollega");
    expect(await page.textContent("[data-testid=detail-owner]")).toBe("Kalle Kollega");
    expect(await page.textContent("[data-testid=timeline]")).toContain(
      "Vastuuhenkilöksi tuli Kalle Kollega",
    );
  });

  it("shows the coming visits by week and by month, each linked to its request and volunteer", async () => {
    visit = await api.confirmedVisit(
      cookie,
      { date: addDays(today, 3), startTime: "13:00" },
      `Veera Vapaaehtoinen ${stamp}`,
    );
    const day = helsinkiDate(new Date(visit.startsAt));
    await page.goto(`${stack.api}/coordinator/calendar?date=${day}`);
    const entry = page.locator("[data-testid=calendar-entry]", { hasText: visit.reference });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("13.00–14.00");
    expect(await entry.locator(`a[href="/coordinator/requests/${visit.id}"]`).count()).toBe(1);
    expect(
      await entry.locator(`a[href="/coordinator/volunteers/${visit.volunteer.id}"]`).count(),
    ).toBe(1);
    expect(await page.getAttribute(`[data-date="${day}"]`, "data-testid")).toBe("calendar-day");

    await page.click("#calendar-view-month");
    await page.waitForURL(/view=month/);
    await entry.waitFor();
    const monthTitle = await page.textContent("[data-testid=calendar-range]");
    await page.click("#calendar-next");
    await expect.poll(() => page.textContent("[data-testid=calendar-range]")).not.toBe(monthTitle);
    await page.goBack();
    await expect.poll(() => page.textContent("[data-testid=calendar-range]")).toBe(monthTitle);
    await entry.waitFor();

    // A week years away has nothing in it, and says so.
    await page.goto(`${stack.api}/coordinator/calendar?date=${addDays(today, 3650)}`);
    await page.waitForSelector("[data-testid=calendar-empty]");

    await entry.waitFor({ state: "detached" });
    await page.goto(`${stack.api}/coordinator/calendar?date=${day}`);
    await entry.locator("a").first().click();
    await page.waitForSelector("[data-testid=detail-reference]");
    expect(await page.textContent("[data-testid=detail-reference]")).toBe(visit.reference);
  });

  it("saves the association's details, with field errors and a stale-version conflict", async () => {
    await page.goto(`${stack.api}/coordinator/admin/organisation`);
    await page.waitForSelector("#org-name");
    await page.fill("#org-name", "Rinnalla ry");
    await page.fill("#org-email", "");
    await page.check("#org-replies-organisation");
    await page.fill("#org-website", "ei osoite");
    await page.click("#org-save");
    await page.waitForSelector("#org-errors");
    expect(await focusedId(page)).toBe("org-errors");
    expect(await page.isVisible("#org-website-error")).toBe(true);
    expect(await page.isVisible("#org-email-error")).toBe(true);
    expect(await page.getAttribute("#org-website", "aria-invalid")).toBe("true");

    await page.fill("#org-website", "https://rinnalla.example.org");
    await page.fill("#org-email", "toimisto@rinnalla.example.org");
    await page.fill("#org-phone", "09 123 4567");
    await page.fill("#org-address", "Toinen linja 4\n00530 Helsinki");
    await page.click("#org-save");
    await page.waitForSelector("[data-testid=org-message] >> text=Tiedot tallennettiin");

    // Another admin saves meanwhile: the next save is refused and shows what they saved.
    const saved = await (
      await api.call("GET", "/api/admin/settings/organisation", { cookie })
    ).json();
    const { updatedAt: _, ...body } = saved;
    const other = await api.call("PUT", "/api/admin/settings/organisation", {
      cookie,
      body: { ...body, name: "Rinnalla ry (muutettu)" },
    });
    expect(other.status).toBe(200);
    await page.fill("#org-openingHours", "ma–pe 9–15");
    await page.click("#org-save");
    await page.waitForSelector("[data-testid=org-message] >> text=Toinen ylläpitäjä");
    expect(await page.inputValue("#org-name")).toBe("Rinnalla ry (muutettu)");
  });

  it("says when jobs run and what they did in words, the cron behind the details", async () => {
    await page.goto(`${stack.api}/coordinator/jobs`);
    const retry = page.locator("[data-testid=job][data-job=outbox-retry]");
    await retry.waitFor();
    expect(await retry.locator("[data-testid=job-timing]").textContent()).toBe("5 minuutin välein");
    expect(
      await page.textContent(
        "[data-testid=job][data-job=visit-reminders] [data-testid=job-timing]",
      ),
    ).toBe("Joka tasatunti klo 9.00 alkaen");
    expect(await retry.locator("[data-testid=job-cron]").isVisible()).toBe(false);
    await retry.locator("summary").click();
    expect(await retry.locator("[data-testid=job-cron]").textContent()).toBe("*/5 * * * *");
    await retry.locator("[data-testid=job-run]").click();
    await expect
      .poll(() => retry.locator("[data-testid=job-result]").textContent())
      .toMatch(/^Lähetetty: \d+ · yritetään uudelleen: \d+ · epäonnistui: \d+ · ohitettu: \d+$/);
  });

  it("opens the applicants tab from the new applicants link; ending comes last on an applicant", async () => {
    const applicant = await api.applyAs(cookie, {
      name: `Hodan Hakija ${stamp}`,
      languages: [{ code: "so", level: "native" }],
    });
    await page.goto(`${stack.api}/coordinator/jobs`);
    await page.click("[data-testid=nav-applicants]");
    await page.waitForURL(/status=applicant/);
    expect(await page.getAttribute("[data-testid=bank-tab-applicant]", "aria-current")).toBe(
      "page",
    );
    await page.locator("[data-testid=bank-row] a", { hasText: applicant.name }).click();
    await page.waitForSelector("#status-ended");
    const order = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll("main button")].map((b) => b.id);
      return { first: buttons[0], ended: buttons.indexOf("status-ended"), count: buttons.length };
    });
    expect(order.first).not.toBe("status-ended");
    expect(order.ended).toBe(order.count - 1);
    expect(await page.textContent("#v-contact-title + dl")).toContain("Somali (äidinkieli)");
    expect(await page.textContent("main")).not.toContain("Kielet, joita puhut");
  });
});

describe("the frame on a phone", () => {
  it("opens the menu and the person menu by keyboard, and nothing scrolls sideways", async () => {
    const context = await newContext(browser, {
      viewport: phone,
      storageState: await desk.storageState(),
    });
    const small = await context.newPage();
    await small.goto(`${stack.api}/coordinator`);
    await small.waitForSelector("[data-testid=inbox-row]");
    expect(await small.isVisible("#ws-nav")).toBe(false);
    expect(await noSideways(small)).toBe(true);

    await small.focus("#ws-menu-button");
    await small.keyboard.press("Enter");
    expect(await small.getAttribute("#ws-menu-button", "aria-expanded")).toBe("true");
    await small.keyboard.press("Tab");
    expect(await focusedId(small)).toBe("nav-inbox");
    await small.keyboard.press("Escape");
    expect(await focusedId(small)).toBe("ws-menu-button");
    expect(await small.isVisible("#ws-nav")).toBe(false);
    await small.keyboard.press("Enter");
    await small.click("#nav-calendar");
    await small.waitForSelector("[data-testid=calendar-range]");
    expect(await small.isVisible("#ws-nav")).toBe(false);

    await small.focus("#person-menu-button");
    await small.keyboard.press("Enter");
    expect(await small.isVisible("#sign-out")).toBe(true);
    expect(await small.textContent("[data-testid=person-menu]")).toContain("Wilma Workspace");
    await small.keyboard.press("Escape");
    expect(await focusedId(small)).toBe("person-menu-button");
    expect(await small.isVisible("#sign-out")).toBe(false);
    // The statements are a footer away here too.
    expect(await small.getAttribute("#footer-accessibility", "href")).toBe("/accessibility");
    expect(await small.getAttribute("#footer-privacy", "href")).toMatch(/privacy|tietosuoja/);
    await context.close();
  });
});

describe("the person menu", () => {
  const preferences = async () =>
    (await api.call("GET", "/api/auth/preferences", { cookie })).json() as Promise<{
      monthlyReport: boolean;
      locale: string;
    }>;

  it("turns the monthly report email off and on, and the emails follow the language chosen", async () => {
    const context = await newContext(browser, {
      viewport: wide,
      storageState: await desk.storageState(),
    });
    const own = await context.newPage();
    await own.goto(`${stack.api}/coordinator`);
    await own.click("#person-menu-button");
    const box = own.locator("#monthly-report");
    await box.waitFor();
    // On unless turned off.
    expect(await box.isChecked()).toBe(true);
    expect(await accessibilityViolations(own)).toEqual([]);

    await box.click();
    await expect.poll(async () => (await preferences()).monthlyReport).toBe(false);
    expect(await box.isChecked()).toBe(false);

    await own.click("#ws-lang-sv");
    await own.waitForSelector("label[for=monthly-report] >> text=Månadsrapport per e-post");
    await expect.poll(async () => (await preferences()).locale).toBe("sv");
    await box.click();
    await expect.poll(async () => (await preferences()).monthlyReport).toBe(true);
    expect(await accessibilityViolations(own)).toEqual([]);

    await own.click("#ws-lang-fi");
    await expect.poll(async () => (await preferences()).locale).toBe("fi");
    await context.close();
  });
});

/** Every workspace page, with what shows once it has loaded. */
const pages = (ids: { request: string; volunteer: string; visitDay: string }) => [
  { name: "inbox", path: "/coordinator", ready: "[data-testid=inbox-row]" },
  {
    name: "request",
    path: `/coordinator/requests/${ids.request}`,
    ready: "[data-testid=offer-row]",
  },
  {
    name: "calendar-week",
    path: `/coordinator/calendar?date=${ids.visitDay}`,
    ready: "[data-testid=calendar-entry]",
  },
  {
    name: "calendar-month",
    path: `/coordinator/calendar?view=month&date=${ids.visitDay}`,
    ready: "[data-testid=calendar-entry]",
  },
  { name: "volunteers", path: "/coordinator/volunteers", ready: "[data-testid=bank-row]" },
  {
    name: "volunteer",
    path: `/coordinator/volunteers/${ids.volunteer}`,
    ready: "[data-testid=volunteer-status]",
  },
  { name: "jobs", path: "/coordinator/jobs", ready: "[data-testid=job]" },
  { name: "emails", path: "/coordinator/emails", ready: "h1" },
  { name: "organisation", path: "/coordinator/admin/organisation", ready: "#org-name" },
  {
    name: "coordinators",
    path: "/coordinator/admin/coordinators",
    ready: "[data-testid=coordinator-row]",
  },
  { name: "security", path: "/coordinator/admin/security", ready: "#require-totp" },
  { name: "audit", path: "/coordinator/admin/audit", ready: "[data-testid=audit-row]" },
  {
    name: "audit-filtered",
    path: "/coordinator/admin/audit?action=auth.sign_in&from=2020-01-01&to=2020-01-31",
    ready: "[data-testid=audit-empty]",
  },
  {
    name: "audit-refused",
    path: "/coordinator/admin/audit?from=2020-01-01&to=2023-01-31",
    ready: "#audit-from-error",
  },
  {
    name: "a11y-feedback",
    path: "/coordinator/accessibility-feedback",
    ready: "[data-testid=a11y-empty], [data-testid=a11y-open]",
  },
];

describe.each([
  ["1280×800", wide],
  ["390×844", phone],
])("every workspace page at %s", (size, viewport) => {
  it.each(["fi", "sv"])(
    "has nothing axe can find, in %s",
    async (lang) => {
      const requests = await (await api.call("GET", "/api/inbox?view=offered", { cookie })).json();
      const offeredId = requests.requests[0].id as string;
      const visits = await (
        await api.call("GET", `/api/calendar?from=${today}&to=${addDays(today, 41)}`, { cookie })
      ).json();
      const first = visits.entries[0];
      const context = await newContext(browser, {
        viewport,
        storageState: await desk.storageState(),
      });
      const view = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const target of pages({
        request: offeredId,
        volunteer: first.volunteerId,
        visitDay: first.date,
      })) {
        const joiner = target.path.includes("?") ? "&" : "?";
        await view.goto(`${stack.api}${target.path}${joiner}lang=${lang}`);
        await view.waitForFunction((l) => document.documentElement.lang === l, lang);
        await view.waitForSelector(target.ready);
        const problems = await accessibilityViolations(view);
        if (!(await noSideways(view))) problems.push("scrolls sideways");
        if (problems.length > 0) found[target.name] = problems;
        if (
          lang === "fi" &&
          ["inbox", "request", "calendar-week", "calendar-month"].includes(target.name)
        ) {
          // What shows on opening the page, and the whole page.
          const label = viewport === wide ? "desktop" : "phone";
          await view.screenshot({ path: `${shots}/${target.name}-${label}.png` });
          await view.screenshot({
            path: `${shots}/${target.name}-${label}-full.png`,
            fullPage: true,
          });
        }
      }
      expect(found, `${size} ${lang}`).toEqual({});
      await context.close();
    },
    180_000,
  );
});
