import { execFileSync } from "node:child_process";
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
 * Training from the coordinator's side, in the browser: a cohort from the course template,
 * three volunteers enrolled (one accepting the emailed invitation on its own page), attendance
 * over the four sessions (one misses the third and makes it up in the next cohort), the
 * completers confirmed active; the certificate downloaded by the volunteer on their own page
 * and read back with pdftotext; the public check valid, then revoked after the coordinator
 * revokes it. axe finds nothing on the new pages, in Finnish and Swedish, wide and on a phone.
 * Dates are counted from the (faked) today in Helsinki.
 */

let api: {
  call: typeof import("../support/harness.ts").call;
  inTraining: typeof import("../support/volunteers.ts").inTraining;
};

type Stack = Awaited<ReturnType<typeof startStack>>;
type Person = { id: string; email: string; name: string };
let stack: Stack;
let browser: Browser;
let desk: BrowserContext;
let page: Page;
let cookie: string;
const stamp = Date.now().toString(36);
const adminEmail = `training.${stamp}@example.org`;
const today = helsinkiDate(new Date());
const wide = { width: 1280, height: 800 };
/** What the pages look like, kept for people to look at (not compared). */
const shots = resolve(import.meta.dirname, "../../test-results/screenshots");
const phone = { width: 390, height: 844 };
const cohortName = `Kevät ${stamp}`;

interface Mail {
  destination: { to: string[] };
  body: { text: string };
}

async function linkTo(address: string, path: string) {
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const link = emails
      .filter((m) => m.destination.to.includes(address))
      .map((m) => m.body.text.match(new RegExp(`https?://\\S+${path}#\\S+`))?.[0])
      .filter(Boolean)
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${path} link for ${address}`);
}

const url = (path: string) => `${stack.api}${path}`;
const id = (value: string) => `[id="${value}"]`;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: adminEmail, name: "Kaisa Kouluttaja", role: "admin" }),
  );
  const [harness, volunteers] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/volunteers.ts"),
  ]);
  api = { call: harness.call, inTraining: volunteers.inTraining };
  desk = await newContext(browser, { viewport: wide });
  page = await desk.newPage();
  await signInInBrowser(page, stack.api, adminEmail, () => linkTo(adminEmail, "/sign-in/verify"));
  cookie = (await desk.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Marks one session on the cohort's page: each person present unless told otherwise. */
async function markSession(n: number, marks: Record<string, "present" | "absent" | number>) {
  await page.selectOption("#attendance-session", String(n));
  for (const [volunteerId, mark] of Object.entries(marks)) {
    if (typeof mark === "number") {
      await page.check(id(`att-${volunteerId}-partial`));
      await page.fill(id(`att-${volunteerId}-minutes`), String(mark));
    } else {
      await page.check(id(`att-${volunteerId}-${mark}`));
    }
  }
  await page.click("#attendance-save");
  await page.waitForSelector("[data-testid=attendance-message] >> text=Läsnäolot tallennettiin");
}

async function enrol(people: Person[], options: { invite?: boolean; makeUp?: number } = {}) {
  await page.click("#enrol-open");
  if (options.makeUp) {
    await page.check("#enrol-makeUp");
    await page.check(id(`enrol-only-${options.makeUp}`));
  }
  for (const p of people) await page.check(id(`enrol-who-${p.id}`));
  if (options.invite) await page.check("#enrol-how-invite");
  await page.click("#enrol-save");
  await page.waitForSelector("[data-testid=enrol-message]");
}

describe("a course run from the workspace", () => {
  let aino: Person;
  let olena: Person;
  let pekka: Person;
  let cohortPath = "";
  let nextPath = "";
  let certificate: { id: string; serial: string };

  it("creates a cohort from the course template", async () => {
    aino = await api.inTraining(cookie, { name: `Aino Äijälä ${stamp}` });
    olena = await api.inTraining(cookie, { name: `Олена Коваленко ${stamp}` });
    pekka = await api.inTraining(cookie, { name: `Pekka Öhman ${stamp}` });

    await page.goto(url("/coordinator/training"));
    await page.waitForSelector("[data-testid=training-empty]");
    await page.click("#training-new");
    await page.waitForSelector("[data-testid=plan-session]");
    expect(await page.locator("[data-testid=plan-session]").count()).toBe(4);
    expect(await page.textContent("[data-testid=plan-session] legend")).toContain(
      "Johdanto asiointitukihenkilön tehtäviin",
    );
    await page.fill("#cohort-name", cohortName);
    for (let i = 0; i < 4; i++) {
      await page.fill(`#cohort-sessions-${i}-date`, addDays(today, 10 + i * 7));
      await page.fill(`#cohort-sessions-${i}-startTime`, "17:00");
    }
    await page.fill("#cohort-sessions-0-place", "Järjestötalo, Kaisaniemenkatu 4");
    await page.fill("#cohort-sessions-0-trainer", "Esteri Esimerkki");
    await page.focus("#cohort-sessions-1-date");
    // Place and trainer carry on to the sessions still empty.
    expect(await page.inputValue("#cohort-sessions-3-place")).toBe(
      "Järjestötalo, Kaisaniemenkatu 4",
    );
    await page.click("#plan-save");
    await page.waitForSelector("[data-testid=cohort-sessions]");
    expect(await page.textContent("h1")).toBe(cohortName);
    cohortPath = new URL(page.url()).pathname;
    expect(await page.locator("[data-testid=cohort-sessions] li").count()).toBe(4);
  });

  it("enrols three: two directly, one by an emailed invitation she accepts", async () => {
    await enrol([aino, pekka]);
    await enrol([olena], { invite: true });
    expect(await page.locator("[data-testid=participant][data-status=invited]").count()).toBe(1);

    const link = await linkTo(olena.email, "/training");
    const hers = await newContext(browser, { viewport: phone });
    const invitation = await hers.newPage();
    await invitation.goto(link);
    await invitation.click("#training-accept");
    await invitation.waitForSelector("[data-testid=link-result]");
    await hers.close();

    await page.reload();
    await page.waitForSelector("[data-testid=participants]");
    expect(await page.locator("[data-testid=participant][data-status=enrolled]").count()).toBe(3);
  });

  it("marks the four sessions; Pekka misses the third and makes it up in the next cohort", async () => {
    for (const n of [1, 2, 3, 4]) {
      await markSession(n, {
        [aino.id]: n === 2 ? 180 : "present",
        [olena.id]: "present",
        [pekka.id]: n === 3 ? "absent" : "present",
      });
    }
    // Marks saved stay on the list when the session is opened again.
    await page.selectOption("#attendance-session", "3");
    expect(await page.isChecked(id(`att-${pekka.id}-absent`))).toBe(true);

    const next = await api.call("POST", "/api/training/cohorts", {
      cookie,
      body: {
        kind: "course",
        name: `Syksy ${stamp}`,
        sessions: [0, 1, 2, 3].map((i) => ({
          date: addDays(today, 50 + i * 7),
          startTime: "17:00",
          place: "Järjestötalo",
        })),
      },
    });
    nextPath = `/coordinator/training/${(await next.json()).id}`;
    await page.goto(url(nextPath));
    await page.waitForSelector("#enrol-open");
    await enrol([pekka], { makeUp: 3 });
    expect(await page.textContent("[data-testid=participant]")).toContain("3");
    await page.selectOption("#attendance-session", "1");
    expect(await page.textContent("#attendance-form")).toContain("ei ole ilmoittautuneita");
    await markSession(3, { [pekka.id]: "present" });
  });

  it("confirms the completers active; the history says why", async () => {
    for (const person of [aino, olena, pekka]) {
      await page.goto(url(`/coordinator/volunteers/${person.id}`));
      await page.waitForSelector("[data-testid=training-completion]");
      expect(await page.textContent("[data-testid=training-hours]")).toMatch(/14 h|13,5 h/);
      await page.click("#training-complete");
      await page.click("#training-complete-confirm");
      await page.waitForSelector("[data-testid=training-message] >> text=Todistus");
      await expect
        .poll(() => page.textContent("[data-testid=volunteer-status]"))
        .toMatch(/Aktiivinen/);
      expect(await page.textContent("[data-testid=volunteer-history]")).toContain(
        "Koulutus suoritettu",
      );
      await page.waitForSelector("[data-testid=certificate][data-valid=true]");
    }
    const listed = await (
      await api.call("GET", `/api/certificates/of/${olena.id}`, { cookie })
    ).json();
    certificate = listed.certificates[0];
    expect(certificate.serial).toMatch(/^RT-\d{4}-\d{4}$/);
  });

  it("lets Olena download her certificate on her own page: name, course and serial", async () => {
    await api.call("POST", "/api/volunteer-auth/link", {
      body: { email: olena.email, locale: "fi" },
      headers: { "x-test-address": `own.${stamp}@example.org` },
    });
    const hers = await newContext(browser, { acceptDownloads: true });
    const own = await hers.newPage();
    await own.goto(await linkTo(olena.email, "/volunteer/sign-in"));
    await own.click("#volunteer-continue");
    const link = own.locator("[data-testid=my-certificate-pdf]");
    await link.waitFor();
    const [download] = await Promise.all([own.waitForEvent("download"), link.click()]);
    const file = await download.path();
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString();
    expect(text).toContain(olena.name);
    expect(text.replace(/\s+/g, " ")).toContain("Todistus asiointitukihenkilökoulutuksesta");
    expect(text).toContain(certificate.serial);
    await hers.close();
  });

  it("shows the certificate valid to anyone, then revoked once the coordinator revokes it", async () => {
    const check = await (await newContext(browser)).newPage();
    await check.goto(url(`/verify/${certificate.id}`));
    const status = check.locator("[data-testid=verify-status]");
    await expect.poll(() => status.getAttribute("data-valid")).toBe("true");

    await page.goto(url(`/coordinator/volunteers/${olena.id}`));
    await page.click(id(`revoke-${certificate.serial}`));
    await page.click("#revoke-confirm");
    await page.waitForSelector("[data-testid=certificate][data-valid=false]");

    await check.reload();
    await expect.poll(() => status.getAttribute("data-valid")).toBe("false");
    await check.context().close();
  });

  describe.each([
    ["1280×800", wide],
    ["390×844", phone],
  ])("the training pages at %s", (size, viewport) => {
    it.each(["fi", "sv"])(
      "have nothing axe can find, in %s",
      async (lang) => {
        const context = await newContext(browser, {
          viewport,
          storageState: await desk.storageState(),
        });
        const view = await context.newPage();
        const targets = [
          { name: "list", path: "/coordinator/training", ready: "[data-testid=cohort-row]" },
          { name: "new", path: "/coordinator/training/new", ready: "#cohort-name" },
          { name: "course", path: "/coordinator/training/course", ready: "#course-save" },
          { name: "cohort", path: cohortPath, ready: "[data-testid=attendance-list]" },
          { name: "make-up", path: nextPath, ready: "[data-testid=participants]" },
          {
            name: "volunteer",
            path: `/coordinator/volunteers/${olena.id}`,
            ready: "[data-testid=certificate]",
          },
        ];
        const found: Record<string, string[]> = {};
        for (const target of targets) {
          await view.goto(url(`${target.path}?lang=${lang}`));
          await view.waitForFunction((l) => document.documentElement.lang === l, lang);
          await view.waitForSelector(target.ready);
          if (target.name === "cohort") {
            // The enrolment form and a partly-present mark open too.
            await view.click("#enrol-open");
            await view.waitForSelector("#enrol-form");
            await view.check(id(`att-${aino.id}-partial`));
          }
          if (lang === "fi") {
            await view.screenshot({
              path: `${shots}/training-${target.name}-${viewport.width}.png`,
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
