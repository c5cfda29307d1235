import { resolve } from "node:path";
import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { addDays, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
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
  viaLink: typeof import("../support/harness.ts").viaLink;
  uniqueEmail: typeof import("../support/harness.ts").uniqueEmail;
  allItems: typeof import("../support/harness.ts").allItems;
  itemsOfType: typeof import("../support/harness.ts").itemsOfType;
  outboxSettled: typeof import("../support/harness.ts").outboxSettled;
  activeVolunteer: typeof import("../support/volunteers.ts").activeVolunteer;
  round: typeof import("@rinnalla/core/jobs").GatheringJobs.round;
  /** The course completed, as the training's confirmation records it (a milestone to show). */
  courseMilestone: (volunteerId: string) => Promise<unknown>;
};

/**
 * Issue 14's volunteer-facing pages in Chromium, set up through the API as a coordinator would:
 * a gathering with one place is published and the gathering round invites three volunteers.
 * The email's "yes" link opens the page with yes chosen and writes nothing; the press sends yes
 * with a dietary need. The second answers no, the third lands on the waiting list and is told
 * what follows; when the first changes to no, the third's page says they have a place. After
 * the last day to answer the page says answers are closed; an unknown link says it does not
 * work. The volunteer sets their two choices about thanks on their own page, and they are
 * stored. axe checks each state in Finnish and Swedish on a desktop and a phone.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
let cookie: string;
const stamp = Date.now().toString(36);
const coordinatorEmail = `gathering.${stamp}@example.org`;
const today = helsinkiDate(new Date());
/** Far enough ahead that answers are open on every test clock, New Year's Eve included. */
const gatheringDate = addDays(today, 20);
const answerBy = addDays(today, 15);

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
}

async function mailsTo(address: string): Promise<Mail[]> {
  const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
  return emails.filter((m) => m.destination.to.includes(address));
}

/** The token of the newest gathering link mailed to an address. */
async function gatheringToken(address: string): Promise<string> {
  const pattern = /\/gathering(?:\?answer=\w+)?#(\S+)/;
  for (let i = 0; i < 100; i++) {
    const text = (await mailsTo(address)).findLast((m) => pattern.test(m.body.text))?.body.text;
    const token = text?.match(pattern)?.[1];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no /gathering link for ${address}`);
}

/** The newest link to `path#…` mailed to an address (sign-in links). */
async function linkTo(address: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}#\\S+`);
  for (let i = 0; i < 100; i++) {
    const link = (await mailsTo(address))
      .findLast((m) => pattern.test(m.body.text))
      ?.body.text.match(pattern)?.[0];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${path} link for ${address}`);
}

const pageUrl = (token: string, answer?: "yes" | "maybe" | "no") =>
  `${stack.api}/gathering${answer ? `?answer=${answer}` : ""}#${token}`;

async function openPage(url: string, options: BrowserContextOptions = phone): Promise<Page> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The address in another language (`?lang=`; a token after `#` stays). */
const inLanguage = (url: string, lang: "fi" | "sv") => {
  const next = new URL(url);
  next.searchParams.set("lang", lang);
  return next.toString();
};

const shots = resolve(import.meta.dirname, "../../test-results/screenshots");

/**
 * axe finds nothing on the page at `url`, in Finnish and Swedish, on a desktop and a phone, and
 * nothing scrolls sideways; the Finnish pages are kept as screenshots (`shot` names them).
 */
async function expectAccessibleEverywhere(
  url: string,
  ready: string,
  where: string,
  shot: string,
  extra: BrowserContextOptions = {},
) {
  for (const [size, options] of [
    ["1280×800", desktop],
    ["390×844", phone],
  ] as const) {
    for (const lang of ["fi", "sv"] as const) {
      const page = await openPage(inLanguage(url, lang), { ...options, ...extra });
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.waitForSelector(ready);
      if (lang === "fi") {
        const width = options.viewport.width;
        await page.screenshot({ path: `${shots}/${shot}-${width}.png`, fullPage: true });
      }
      const problems = await accessibilityViolations(page);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      );
      if (sideways) problems.push("scrolls sideways");
      expect(problems, `${where} (${lang}, ${size})`).toEqual([]);
      await page.context().close();
    }
  }
}

/** Chooses an answer and presses "send"; the result box takes focus and says what it meant. */
async function answer(page: Page, choice: "yes" | "maybe" | "no", expected: RegExp) {
  await page.check(`#gathering-answer-${choice}`);
  await page.click("#gathering-send");
  const result = page.locator("[data-testid=link-result]");
  await expect.poll(() => result.textContent()).toMatch(expected);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
    "link-result",
  );
  return result;
}

const standing = (page: Page) =>
  page.locator("[data-testid=gathering-standing]").getAttribute("data-standing");

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Kaisa Kokoontuja", role: "coordinator" }),
  );
  const [harness, volunteers, jobs, recognition, db] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/volunteers.ts"),
    import("@rinnalla/core/jobs"),
    import("@rinnalla/core/recognition"),
    import("@rinnalla/core/db"),
  ]);
  api = {
    call: harness.call,
    viaLink: harness.viaLink,
    uniqueEmail: harness.uniqueEmail,
    allItems: harness.allItems,
    itemsOfType: harness.itemsOfType,
    outboxSettled: harness.outboxSettled,
    activeVolunteer: volunteers.activeVolunteer,
    round: jobs.GatheringJobs.round,
    courseMilestone: (id) =>
      db.transact([recognition.Recognition.trainingMilestone(id, new Date())]),
  };
  const context = await newContext(browser);
  const page = await context.newPage();
  await signInInBrowser(page, stack.api, coordinatorEmail, () =>
    linkTo(coordinatorEmail, "/sign-in/verify"),
  );
  cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A gathering with one place, completed and published as the coordinator does it. */
async function publishGathering(): Promise<string> {
  const created = await api.call("POST", "/api/gatherings", {
    cookie,
    body: { title: `Syystapaaminen ${stamp}`, date: gatheringDate },
  });
  expect(created.status).toBe(201);
  const { id } = await created.json();
  const { gathering } = await (await api.call("GET", `/api/gatherings/${id}`, { cookie })).json();
  const saved = await api.call("PUT", `/api/gatherings/${id}`, {
    cookie,
    body: {
      version: gathering.version,
      title: gathering.title,
      date: gatheringDate,
      startTime: "17:00",
      endTime: "19:30",
      place: "Järjestötalo, Kauppakatu 4",
      accessibility: "Katutasossa, esteetön wc ja induktiosilmukka",
      programme: "Kuulumiset, vertaistuki ja kahvit",
      capacity: 1,
      answerBy,
    },
  });
  expect(saved.status).toBe(200);
  const published = await api.call("POST", `/api/gatherings/${id}/publish`, {
    cookie,
    body: { version: (await saved.json()).version },
  });
  expect(published.status).toBe(200);
  return id;
}

describe("a gathering's invitation answered by link", () => {
  let people: { id: string; email: string; name: string }[];
  let tokens: string[];

  it("opens with the email's answer chosen and changes nothing until the press", async () => {
    people = [];
    for (const name of ["Aino Aalto", "Bertil Berg", "Cecilia Chen"]) {
      people.push(await api.activeVolunteer(cookie, {}, { name: `${name} ${stamp}` }));
    }
    await publishGathering();
    expect((await api.round()).invited).toBe(3);
    tokens = [];
    for (const p of people) tokens.push(await gatheringToken(p.email));
    const [a] = tokens as [string];

    // The invitations' delivery is done, so the table holds still while the page opens.
    await api.outboxSettled();
    const before = await api.allItems();
    const page = await openPage(pageUrl(a, "yes"));
    await page.waitForSelector("#gathering-send");
    await page.waitForLoadState("networkidle");
    expect(await page.isChecked("#gathering-answer-yes")).toBe(true);
    expect(await standing(page)).toBe("unanswered");
    const facts = (await page.textContent("[data-testid=gathering-facts]")) ?? "";
    expect(facts).toContain("Järjestötalo, Kauppakatu 4");
    expect(facts).toContain("induktiosilmukka");
    expect(facts).toMatch(/17\.00–19\.30/);
    expect(await page.textContent("[data-testid=gathering-needs]")).toMatch(/poistetaan/);
    expect(await page.getAttribute("#gathering-calendar", "href")).toMatch(/^data:text\/calendar/);
    expect(await api.allItems()).toEqual(before);

    await page.fill("#gathering-diet", "Gluteeniton");
    await answer(page, "yes", /Sinulla on paikka/);
    expect(await standing(page)).toBe("seat");
    expect(await (await api.viaLink("GET", "/api/links/gathering", a)).json()).toMatchObject({
      answer: "yes",
      seat: "seat",
      diet: "Gluteeniton",
    });
    await page.context().close();
    await expectAccessibleEverywhere(
      pageUrl(a),
      "[data-standing=seat]",
      "gathering answered",
      "gathering-seat",
    );
  });

  it("takes a no, and puts a third on the waiting list with what happens next", async () => {
    const [, b, c] = tokens as [string, string, string];
    await expectAccessibleEverywhere(
      pageUrl(b, "no"),
      "#gathering-send",
      "gathering unanswered",
      "gathering-unanswered",
    );
    const second = await openPage(pageUrl(b, "no"));
    await second.waitForSelector("#gathering-send");
    expect(await second.isChecked("#gathering-answer-no")).toBe(true);
    // A no asks for no needs.
    expect(await second.isVisible("#gathering-diet")).toBe(false);
    await answer(second, "no", /ettet tule/);
    expect(await standing(second)).toBe("no");
    await second.context().close();

    const third = await openPage(pageUrl(c));
    await third.waitForSelector("#gathering-send");
    expect(await third.isChecked("#gathering-answer-yes")).toBe(false);
    const result = await answer(third, "yes", /Olet jonossa/);
    expect(await result.textContent()).toMatch(/Saat silloin sähköpostin/);
    expect(await standing(third)).toBe("waiting");
    await third.context().close();
    await expectAccessibleEverywhere(
      pageUrl(c),
      "[data-standing=waiting]",
      "gathering waiting",
      "gathering-waiting",
    );
  });

  it("gives the waiting volunteer the place when the first changes to no", async () => {
    const [a, , c] = tokens as [string, string, string];
    const cecilia = people[2]?.email ?? "";
    const mailed = (await mailsTo(cecilia)).length;
    const first = await openPage(pageUrl(a));
    await first.waitForSelector("[data-standing=seat]");
    // The answer given is where the form starts, with the need given.
    expect(await first.isChecked("#gathering-answer-yes")).toBe(true);
    expect(await first.inputValue("#gathering-diet")).toBe("Gluteeniton");
    await answer(first, "no", /ettet tule/);
    await first.context().close();
    // The one who moves up is told by email.
    await expect.poll(async () => (await mailsTo(cecilia)).length).toBe(mailed + 1);
    expect((await mailsTo(cecilia)).at(-1)?.subject).toContain(`Syystapaaminen ${stamp}`);

    const third = await openPage(pageUrl(c));
    await third.waitForSelector("[data-standing=seat]");
    expect(await third.textContent("[data-testid=gathering-standing]")).toMatch(
      /Sinulla on paikka/,
    );
    await third.context().close();
  });

  it("says answers are closed after the last day, and that an unknown link does not work", async () => {
    const [a] = tokens as [string];
    const resumeAt = new Date();
    vi.setSystemTime(helsinkiToUtc(addDays(answerBy, 1), "10:00"));
    try {
      const page = await openPage(pageUrl(a, "yes"));
      const result = page.locator("[data-testid=link-result]");
      await expect.poll(() => result.textContent()).toMatch(/Vastausaika on päättynyt/);
      expect(await page.isVisible("#gathering-send")).toBe(false);
      expect(await standing(page)).toBe("no");
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.context().close();
    } finally {
      vi.setSystemTime(resumeAt);
    }

    const unknown = await openPage(pageUrl("not-a-real-token-at-all-1234"));
    await unknown.waitForSelector("[data-testid=link-problem]");
    expect(await unknown.textContent("[data-testid=link-problem] h1")).toMatch(/Linkki ei toimi/);
    await unknown.context().close();
  });

  it("lets the volunteer choose about thanks on their own page, and keeps the choices", async () => {
    const [aino] = people as [{ id: string; email: string; name: string }];
    await api.courseMilestone(aino.id);
    const page = await signInAsVolunteer(aino.email);
    await page.waitForSelector("#recognition-save");
    expect(await page.textContent("[data-testid=my-milestone]")).toMatch(
      /Peruskoulutus suoritettu/,
    );
    expect(await page.isChecked("#recognition-no-thanks")).toBe(false);
    expect(await page.isChecked("#recognition-named")).toBe(false);
    await expectAccessibleEverywhere(
      page.url(),
      "#recognition-save",
      "own page, thanks",
      "own-thanks",
      {
        storageState: await page.context().storageState(),
      },
    );

    await page.check("#recognition-no-thanks");
    await page.check("#recognition-named");
    await page.click("#recognition-save");
    await expect
      .poll(() => page.textContent("[data-testid=recognition-saved]").catch(() => ""))
      .toMatch(/tallennettu/);
    const stored = (await api.itemsOfType("recognition-preferences")).find(
      (p) => p.volunteerId === aino.id,
    );
    expect(stored).toMatchObject({ noThanks: true, namedPublicly: true });
    await page
      .locator("[data-testid=my-recognition]")
      .screenshot({ path: `${shots}/own-thanks-saved-390.png` });

    await page.reload();
    await page.waitForSelector("#recognition-save");
    expect(await page.isChecked("#recognition-no-thanks")).toBe(true);
    expect(await page.isChecked("#recognition-named")).toBe(true);
    await page.context().close();
  });

  it("shows an ended volunteer their choices about thanks without changing them", async () => {
    const [aino] = people as [{ id: string; email: string; name: string }];
    const detail = await (await api.call("GET", `/api/volunteers/${aino.id}`, { cookie })).json();
    const ended = await api.call("POST", `/api/volunteers/${aino.id}/status`, {
      cookie,
      body: { version: detail.volunteer.version, change: { to: "ended", endReason: "moved" } },
    });
    expect(ended.status).toBe(200);
    const page = await signInAsVolunteer(aino.email);
    const choices = page.locator("[data-testid=recognition-ended]");
    await choices.waitFor();
    expect(await choices.textContent()).toMatch(/Et halua kiitosviestejä/);
    expect(await choices.textContent()).toMatch(/Nimesi saa mainita julkisesti/);
    expect(await page.locator("#recognition-save").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

/** The volunteer asks for their own link (as the sign-in page does), opens it and continues. */
async function signInAsVolunteer(email: string): Promise<Page> {
  const asked = await api.call("POST", "/api/volunteer-auth/link", {
    body: { email, locale: "fi" },
    headers: { "x-test-address": api.uniqueEmail("address") },
  });
  expect(asked.status).toBeLessThan(300);
  const page = await openPage(await linkTo(email, "/volunteer/sign-in"));
  await page.click("#volunteer-continue");
  await page.waitForSelector("[data-testid=my-recognition]");
  return page;
}
