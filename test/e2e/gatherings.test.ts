import { resolve } from "node:path";
import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { Gathering, Season } from "@rinnalla/core/gathering";
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
 * Issue 14 from the coordinator's side, in Chromium: the season's gathering, drafted as the
 * seasonal job does it, is completed in the browser (a stale save refused and said plainly) and
 * published after its confirmation; the gathering round invites three volunteers. One answers
 * yes through the emailed link (opening it changes nothing), one no, the third lands on the
 * waiting list and moves up, with an email, when the first cancels. The coordinator marks
 * attendance and sends the thank-you, which reaches the one who came. A volunteer's tenth visit
 * shows on the due-for-thanks page and is thanked by email in the coordinator's own words. axe
 * finds nothing on the new pages in Finnish and Swedish, wide and on a phone, and none scrolls
 * sideways. The gathering is today at 23:59, answers close today: open, and attendance allowed,
 * on every test clock.
 */

/** The API helpers build the app in process at import: they load once the stack's config is set. */
let api: {
  call: typeof import("../support/harness.ts").call;
  submitRequest: typeof import("../support/harness.ts").submitRequest;
  allItems: typeof import("../support/harness.ts").allItems;
  outboxSettled: typeof import("../support/harness.ts").outboxSettled;
  activeVolunteer: typeof import("../support/volunteers.ts").activeVolunteer;
  moveVisit: typeof import("../support/visits.ts").moveVisit;
  round: typeof import("@rinnalla/core/jobs").GatheringJobs.round;
};

type Stack = Awaited<ReturnType<typeof startStack>>;
type Person = { id: string; email: string; name: string };
let stack: Stack;
let browser: Browser;
let desk: BrowserContext;
let page: Page;
let cookie: string;
const stamp = Date.now().toString(36);
const adminEmail = `gatherings.${stamp}@example.org`;
const today = helsinkiDate(new Date());
const season = Season.seasonOf(today, Season.defaultSeasons);
const wide = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
/** What the pages look like, kept for people to look at (not compared). */
const shots = resolve(import.meta.dirname, "../../test-results/screenshots");

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
}

async function mailsTo(address: string): Promise<Mail[]> {
  const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
  return emails.filter((m) => m.destination.to.includes(address));
}

/** Waits for the `count`th mail to an address that matches. */
async function mailMatching(address: string, pattern: RegExp, count = 1): Promise<Mail> {
  for (let i = 0; i < 150; i++) {
    const found = (await mailsTo(address)).filter((m) => pattern.test(m.body.text + m.subject));
    if (found.length >= count) return found[count - 1] as Mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail matching ${pattern} to ${address}`);
}

async function linkTo(address: string, path: string) {
  const pattern = new RegExp(`https?://\\S+${path}(?:\\?\\S*)?#\\S+`);
  const mail = await mailMatching(address, pattern);
  return mail.body.text.match(pattern)?.[0] ?? "";
}

const url = (path: string) => `${stack.api}${path}`;
const id = (value: string) => `[id="${value}"]`;
const text = (selector: string) => page.textContent(selector).then((t) => t ?? "");

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({
      webDist: inject("webDist"),
      log: () => {},
      env: { LOG_LEVEL: "error", REQUEST_RATE_LIMIT_PER_HOUR: "1000" },
    }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: adminEmail, name: "Kaisa Kokoaja", role: "admin" }),
  );
  const [harness, volunteers, visits, jobs] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/volunteers.ts"),
    import("../support/visits.ts"),
    import("@rinnalla/core/jobs"),
  ]);
  api = {
    call: harness.call,
    submitRequest: harness.submitRequest,
    allItems: harness.allItems,
    outboxSettled: harness.outboxSettled,
    activeVolunteer: volunteers.activeVolunteer,
    moveVisit: visits.moveVisit,
    round: jobs.GatheringJobs.round,
  };
  desk = await newContext(browser, { viewport: wide });
  page = await desk.newPage();
  await signInInBrowser(page, stack.api, adminEmail, () => linkTo(adminEmail, "/sign-in/verify"));
  cookie = (await desk.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** One more visit for the volunteer, held in the past and reported as having taken place. */
async function visitTookPlace(volunteerId: string, n: number) {
  const { id: requestId } = await api.submitRequest(cookie, { date: addDays(today, 2 + n) });
  const { request } = await (
    await api.call("GET", `/api/requests/${requestId}`, { cookie })
  ).json();
  const assigned = await api.call("POST", `/api/requests/${requestId}/assign`, {
    cookie,
    body: { version: request.version, volunteerId },
  });
  expect(assigned.status).toBe(200);
  await api.moveVisit(requestId, addDays(today, -40 + n), "10:00");
  const report = await api.call("POST", `/api/requests/${requestId}/outcome`, {
    cookie,
    body: { happened: "yes", minutes: 60, followUp: false, wantsTalk: false },
  });
  expect(report.status).toBeLessThan(300);
}

/** A volunteer's answer on the emailed link's page, on a phone; the page says what it meant. */
async function answerOnPage(link: string, choice: "yes" | "no", expected: RegExp) {
  const context = await newContext(browser, { viewport: phone, isMobile: true, hasTouch: true });
  const own = await context.newPage();
  await own.goto(link);
  await own.waitForSelector("#gathering-send");
  await own.check(`#gathering-answer-${choice}`);
  await own.click("#gathering-send");
  await expect.poll(() => own.textContent("[data-testid=link-result]")).toMatch(expected);
  await context.close();
}

describe("a season's gathering from draft to thanks", () => {
  let gatheringPath = "";
  let title = "";
  let aino: Person;
  let bertil: Person;
  let cecilia: Person;
  const links: Record<string, string> = {};

  it("shows the season's draft, and the coordinator completes it (a stale save refused)", async () => {
    aino = await api.activeVolunteer(cookie, {}, { name: `Aino Aalto ${stamp}` });
    bertil = await api.activeVolunteer(cookie, {}, { name: `Bertil Berg ${stamp}` });
    cecilia = await api.activeVolunteer(cookie, {}, { name: `Cecilia Chen ${stamp}` });
    const drafted = await Gathering.draftSeason(season, new Date());
    expect(drafted?.status).toBe("draft");
    gatheringPath = `/coordinator/gatherings/${drafted?.id}`;
    title = drafted?.title ?? "";

    await page.goto(url("/coordinator/gatherings"));
    const row = page.locator(`[data-testid=season][data-season="${season}"]`);
    // Drafted; on New Year's Eve the autumn's deadline has passed, so it shows as missed.
    await expect.poll(() => row.getAttribute("data-state")).toMatch(/^(drafted|missed)$/);
    expect(await text("[data-testid=gatherings-drafts]")).toContain(title);
    await page.click(`[data-testid=gatherings-drafts] a[href="${gatheringPath}"]`);
    await page.waitForSelector("#gathering-form");
    expect(await text("[data-testid=publish-missing]")).toContain("Viimeinen vastauspäivä");

    await page.fill("#gathering-date", today);
    await page.fill("#gathering-startTime", "23:59");
    await page.fill("#gathering-place", "Järjestötalo, Kauppakatu 4");
    await page.fill("#gathering-accessibility", "Katutasossa, esteetön wc");
    await page.fill("#gathering-programme", "Kuulumiset ja vertaistuki");
    await page.fill("#gathering-capacity", "1");
    await page.fill("#gathering-answerBy", today);
    await page.click("#gathering-form-save");
    await page.waitForSelector("[data-testid=gathering-message] >> text=Tiedot tallennettiin");

    // Another coordinator saves meanwhile: this page's save is refused, in plain words.
    const { gathering } = await (
      await api.call("GET", `/api/gatherings/${drafted?.id}`, { cookie })
    ).json();
    const other = await api.call("PUT", `/api/gatherings/${drafted?.id}`, {
      cookie,
      body: { ...gathering, programme: "Kuulumiset, vertaistuki ja kahvit" },
    });
    expect(other.status).toBe(200);
    await page.fill("#gathering-capacity", "2");
    await page.click("#gathering-form-save");
    await page.waitForSelector("[data-testid=gathering-conflict] >> text=Joku muu muutti");
    await page.click("[data-testid=gathering-conflict] button");
    await expect.poll(() => page.inputValue("#gathering-programme")).toContain("kahvit");
    expect(await page.inputValue("#gathering-capacity")).toBe("1");
    await page.click("#gathering-form-save");
    await page.waitForSelector("[data-testid=gathering-message] >> text=Tiedot tallennettiin");
  });

  it("publishes after a confirmation that the invitations go within about ten minutes", async () => {
    await page.click("#gathering-publish");
    expect(await text("#publish-confirm-form")).toContain("noin 10 minuutin");
    await page.click("#gathering-publish-confirm");
    await page.waitForSelector("[data-testid=gathering-message] >> text=julkaistiin");
    await page.waitForSelector("[data-testid=guests-empty]");
    expect(await text("[data-testid=gathering-summary]")).toContain("Julkaistu");

    expect((await api.round()).invited).toBe(3);
    for (const p of [aino, bertil, cecilia]) links[p.id] = await linkTo(p.email, "/gathering");
    await page.reload();
    await page.waitForSelector("[data-testid=guest-counts]");
    expect(await text("[data-testid=guest-counts] [data-kind=invited] dd")).toBe("3");

    await page.goto(url("/coordinator/gatherings"));
    const row = page.locator(`[data-testid=season][data-season="${season}"]`);
    await expect.poll(() => row.getAttribute("data-state")).toMatch(/invited|late/);
  });

  it("takes a yes by link (opening it changes nothing), a no, and a third on the waiting list", async () => {
    await api.outboxSettled();
    const before = await api.allItems();
    const context = await newContext(browser, { viewport: phone });
    const opened = await context.newPage();
    await opened.goto(links[aino.id] ?? "");
    await opened.waitForSelector("#gathering-send");
    await opened.waitForLoadState("networkidle");
    expect(await api.allItems()).toEqual(before);
    await opened.check("#gathering-answer-yes");
    await opened.fill("#gathering-diet", "Gluteeniton");
    await opened.click("#gathering-send");
    await expect.poll(() => opened.textContent("[data-testid=link-result]")).toMatch(/paikka/);
    await context.close();

    await answerOnPage(links[bertil.id] ?? "", "no", /ettet tule/);
    await answerOnPage(links[cecilia.id] ?? "", "yes", /jono/i);

    await page.goto(url(gatheringPath));
    await page.waitForSelector("[data-testid=guest-counts]");
    const count = (kind: string) => text(`[data-testid=guest-counts] [data-kind=${kind}] dd`);
    expect([await count("coming"), await count("no"), await count("waiting")]).toEqual([
      "1",
      "1",
      "1",
    ]);
    expect(await text("[data-testid=waiting-list]")).toContain(cecilia.name);
    expect(await text("[data-testid=guest-needs]")).toContain("Gluteeniton");
    expect(await text("[data-testid=gathering-seats]")).toMatch(/1\/1/);
  });

  it("moves the waiting volunteer up, with an email, when the first cancels", async () => {
    const invitations = (await mailsTo(cecilia.email)).length;
    await answerOnPage(links[aino.id] ?? "", "no", /ettet tule/);
    await expect
      .poll(async () => (await mailsTo(cecilia.email)).length)
      .toBeGreaterThan(invitations);
    expect((await mailsTo(cecilia.email)).at(-1)?.subject).toContain(title);

    await page.reload();
    await page.waitForSelector("[data-testid=guest-counts]");
    expect(await page.locator("[data-testid=waiting-list]").count()).toBe(0);
    expect(await text("[data-testid=gathering-seats]")).toMatch(/1\/1/);
  });

  it("marks attendance on the day and thanks the one who came, once", async () => {
    await page.waitForSelector("[data-testid=gathering-attendance]");
    expect(await page.locator("[data-testid=attendance-person]").count()).toBe(1);
    await page.check(id(`gatt-${cecilia.id}-came`));
    await page.click("#gathering-attendance-save");
    await page.waitForSelector("[data-testid=gathering-attendance-message] >> text=tallennettiin");
    await page.click("#gathering-thanks");
    expect(await text("#thanks-confirm-form")).toContain("ei voi perua");
    await page.click("#gathering-thanks-confirm");
    await page.waitForSelector("[data-testid=gathering-thanks-message] >> text=1 henkilölle");
    expect(await page.locator("#gathering-thanks").count()).toBe(0);
    expect(await text("[data-testid=thanks-done]")).toContain("1/1");
    const thanks = await mailMatching(cecilia.email, /\/feedback#/);
    expect(thanks.subject.length).toBeGreaterThan(0);
    expect((await mailsTo(aino.email)).some((m) => m.body.text.includes("/feedback#"))).toBe(false);

    await page.goto(url(`/coordinator/volunteers/${cecilia.id}`));
    await page.waitForSelector("[data-testid=volunteer-gatherings]");
    expect(await text("[data-testid=volunteer-gatherings]")).toContain("oli paikalla");

    await page.goto(url("/coordinator/calendar"));
    const entry = page.locator("[data-testid=calendar-gathering]");
    await entry.first().waitFor();
    expect(await entry.first().textContent()).toMatch(/23\.59.*1\/1/s);
  });
});

describe("thanks for milestones", () => {
  let hodan: Person;
  let ilona: Person;

  it("lists a volunteer's tenth visit due for thanks, and thanks them by email in the coordinator's words", async () => {
    hodan = await api.activeVolunteer(cookie, {}, { name: `Hodan Tukija ${stamp}` });
    ilona = await api.activeVolunteer(cookie, {}, { name: `Ilona Ilo ${stamp}` });
    for (let n = 1; n <= 10; n++) await visitTookPlace(hodan.id, n);
    await visitTookPlace(ilona.id, 11);

    await page.goto(url("/coordinator/thanks"));
    const row = page.locator(`[data-testid=thanks-row][data-id="${hodan.id}"]`);
    await row.waitFor();
    expect(await row.locator("[data-testid=thanks-milestones]").textContent()).toMatch(
      /Ensimmäinen käynti.*10 käyntiä/s,
    );
    const message = id(`thank-${hodan.id}-message`);
    expect(await page.inputValue(message)).toContain("10");
    await page.fill(message, `Hei Hodan!\n\nKiitos kymmenestä käynnistä, ${stamp}.`);
    await page.click(id(`thank-${hodan.id}-email`));
    await page.click(id(`thank-${hodan.id}-confirm-email`));
    await page.waitForSelector(`[data-testid=thanks-message] >> text=${hodan.name}`);
    expect(await row.count()).toBe(0);
    const mail = await mailMatching(hodan.email, new RegExp(`kymmenestä käynnistä, ${stamp}`));
    expect(mail.body.text).toContain("Hei Hodan!");

    await page.goto(url(`/coordinator/volunteers/${hodan.id}`));
    await page.waitForSelector("[data-testid=volunteer-milestones]");
    expect(await text("[data-testid=volunteer-milestones]")).toMatch(/10 käyntiä.*kiitetty/s);
  });

  describe.each([
    ["1280×800", wide],
    ["390×844", phone],
  ])("the new pages at %s", (size, viewport) => {
    it.each(["fi", "sv"])(
      "have nothing axe can find, in %s",
      async (lang) => {
        const context = await newContext(browser, {
          viewport,
          storageState: await desk.storageState(),
        });
        const view = await context.newPage();
        const { id: draftId } = await (
          await api.call("POST", "/api/gatherings", {
            cookie,
            body: { title: `Lisätapaaminen ${stamp}` },
          })
        ).json();
        const gatheringId = (
          await (await api.call("GET", "/api/gatherings", { cookie })).json()
        ).gatherings.find((g: { status: string }) => g.status === "published").id;
        const targets = [
          { name: "list", path: "/coordinator/gatherings", ready: "[data-testid=season]" },
          { name: "new", path: "/coordinator/gatherings/new", ready: "#gathering-title" },
          { name: "seasons", path: "/coordinator/gatherings/seasons", ready: "#seasons-save" },
          {
            name: "draft",
            path: `/coordinator/gatherings/${draftId}`,
            ready: "[data-testid=publish-missing]",
          },
          {
            name: "gathering",
            path: `/coordinator/gatherings/${gatheringId}`,
            ready: "#gathering-attendance-form",
          },
          { name: "thanks", path: "/coordinator/thanks", ready: "[data-testid=thanks-row]" },
          {
            name: "volunteer",
            path: `/coordinator/volunteers/${ilona.id}`,
            ready: "[data-testid=volunteer-milestones]",
          },
          {
            name: "calendar",
            path: "/coordinator/calendar",
            ready: "[data-testid=calendar-gathering]",
          },
        ];
        const found: Record<string, string[]> = {};
        for (const target of targets) {
          await view.goto(url(`${target.path}?lang=${lang}`));
          await view.waitForFunction((l) => document.documentElement.lang === l, lang);
          await view.waitForSelector(target.ready);
          if (target.name === "gathering") {
            await view.click("#gathering-edit");
            await view.waitForSelector("#gathering-form");
          }
          if (target.name === "thanks") {
            await view.click(id(`thank-${ilona.id}-in-person`));
            await view.waitForSelector(id(`thank-${ilona.id}-confirm`));
          }
          if (lang === "fi") {
            await view.screenshot({
              path: `${shots}/gatherings-${target.name}-${viewport.width}.png`,
              fullPage: true,
            });
          }
          const problems = await accessibilityViolations(view);
          const sideways = await view.evaluate(
            () => document.documentElement.scrollWidth > window.innerWidth,
          );
          if (sideways) problems.push("scrolls sideways");
          if (problems.length > 0) found[target.name] = problems;
        }
        expect(found, `${size} ${lang}`).toEqual({});
        await context.close();
      },
      180_000,
    );
  });
});
