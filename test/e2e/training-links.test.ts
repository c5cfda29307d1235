import { execFileSync } from "node:child_process";
import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
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
  viaLink: typeof import("../support/harness.ts").viaLink;
  uniqueEmail: typeof import("../support/harness.ts").uniqueEmail;
  inTraining: typeof import("../support/volunteers.ts").inTraining;
};

/**
 * Issue 13's public and volunteer-facing pages in Chromium, with the state set up through the
 * API as a coordinator would: a volunteer accepts a course invitation from its emailed link
 * (/training#…), answers the anonymous course feedback once (/feedback#…, refused the second
 * time), signs in to their own page and downloads their certificate (its text read back with
 * pdftotext: name, course, serial), which the public check (/verify/<id>) says is valid, then
 * revoked; after ending they still get it, and their profile is no longer editable. axe checks
 * each new page in Finnish and Swedish on a desktop and a phone.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
let cookie: string;
const stamp = Date.now().toString(36);
const coordinatorEmail = `training.${stamp}@example.org`;
const volunteerName = `Olena Коваленко ${stamp}`;
const today = helsinkiDate(new Date());

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
}

/** The newest mail to an address that carries a link to `path`, as its full address. */
async function linkTo(address: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}#\\S+`);
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const found = emails.filter((m) => m.destination.to.includes(address));
    const link = found.findLast((m) => pattern.test(m.body.text))?.body.text.match(pattern)?.[0];
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${path} link for ${address}`);
}

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

/** axe finds nothing on the page at `url`, in Finnish and Swedish, on a desktop and a phone. */
async function expectAccessibleEverywhere(
  url: string,
  ready: string,
  where: string,
  /** E.g. the signed-in volunteer's cookies (`storageState`). */
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
      expect(await accessibilityViolations(page), `${where} (${lang}, ${size})`).toEqual([]);
      await page.context().close();
    }
  }
}

const pdfText = (file: string) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString().replace(/\s+/g, " ");

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Kaisa Kouluttaja", role: "coordinator" }),
  );
  const [harness, volunteers] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/volunteers.ts"),
  ]);
  api = {
    call: harness.call,
    viaLink: harness.viaLink,
    uniqueEmail: harness.uniqueEmail,
    inTraining: volunteers.inTraining,
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

describe("training through the volunteer's links and pages", () => {
  let cohortId: string;
  let volunteer: { id: string; email: string; name: string };
  let certificate: { id: string; serial: string };

  it("lets a volunteer accept the emailed invitation to a course", async () => {
    const planned = await api.call("POST", "/api/training/cohorts", {
      cookie,
      body: {
        kind: "course",
        name: `Kevät ${stamp}`,
        sessions: [0, 1, 2, 3].map((i) => ({
          date: addDays(today, 10 + i * 7),
          startTime: "17:00",
          place: "Järjestötalo, Kauppakatu 4",
          trainer: "Esteri Esimerkki",
        })),
      },
    });
    expect(planned.status).toBe(201);
    cohortId = (await planned.json()).id;
    volunteer = await api.inTraining(cookie, { name: volunteerName });
    const enrolled = await api.call("POST", `/api/training/cohorts/${cohortId}/participants`, {
      cookie,
      body: { volunteerIds: [volunteer.id], invite: true },
    });
    expect(enrolled.status).toBe(200);

    const link = await linkTo(volunteer.email, "/training");
    await expectAccessibleEverywhere(link, "#training-accept", "training invitation");
    const page = await openPage(link);
    await page.waitForSelector("#training-accept");
    expect(await page.locator("[data-testid=training-session]").count()).toBe(4);
    expect(await page.textContent("[data-testid=training-session]")).toContain("Esteri Esimerkki");
    expect(await page.getAttribute("#training-calendar", "href")).toMatch(/^data:text\/calendar/);

    await page.click("#training-accept");
    const result = page.locator("[data-testid=link-result]");
    await expect.poll(() => result.textContent()).toMatch(/ilmoittautunut/);
    // Focus moves to what the answer meant, so a screen reader reads it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "link-result",
    );
    expect(
      await (await api.viaLink("GET", "/api/links/training", new URL(link).hash.slice(1))).json(),
    ).toMatchObject({ status: "enrolled" });
    // Opened again, the page says so and offers only the change of mind.
    await page.reload();
    await page.waitForSelector("#training-decline");
    expect(await page.isVisible("#training-accept")).toBe(false);
    await expectAccessibleEverywhere(link, "#training-decline", "training invitation answered");

    // A link that is not whole says so.
    await page.goto(`${stack.api}/training#not-a-real-token-at-all-1234`);
    await page.waitForSelector("[data-testid=link-problem]");
    await page.context().close();
  });

  it("takes the course feedback once, anonymously, and refuses the link the second time", async () => {
    const asked = await api.call("POST", `/api/training/cohorts/${cohortId}/feedback`, { cookie });
    expect((await asked.json()).sent).toBe(1);
    const link = await linkTo(volunteer.email, "/feedback");
    await expectAccessibleEverywhere(link, "#feedback-send", "course feedback");

    const page = await openPage(link);
    await page.waitForSelector("#feedback-send");
    expect(await page.textContent("#feedback-anonymous-title")).toMatch(/nimetön/);
    // Nothing answered: the summary says so and takes focus.
    await page.click("#feedback-send");
    await page.waitForSelector("#error-summary");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.check("#feedback-role-4");
    await page.check("#feedback-safety-5");
    await page.fill("#feedback-missing", "Enemmän harjoituksia puhelimessa asioinnista");
    await page.click("#feedback-send");
    const result = page.locator("[data-testid=link-result]");
    await expect.poll(() => result.textContent()).toMatch(/Kiitos palautteestasi/);
    expect(await page.isVisible("#feedback-form")).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same link again: used, and the page says so in plain words.
    await page.reload();
    await page.waitForSelector("[data-testid=link-problem]");
    expect(await page.textContent("[data-testid=link-problem] h1")).toMatch(/jo vastattu/);
    await page.context().close();
  });

  it("gives the volunteer their certificate as a PDF from their own page", async () => {
    for (const n of [1, 2, 3, 4]) {
      const marked = await api.call(
        "POST",
        `/api/training/cohorts/${cohortId}/sessions/${n}/attendance`,
        { cookie, body: { marks: [{ volunteerId: volunteer.id, mark: "present" }] } },
      );
      expect(marked.status).toBe(200);
    }
    const detail = await (
      await api.call("GET", `/api/volunteers/${volunteer.id}`, { cookie })
    ).json();
    const completed = await api.call("POST", `/api/training/volunteers/${volunteer.id}/complete`, {
      cookie,
      body: { version: detail.volunteer.version },
    });
    expect(completed.status).toBe(200);
    certificate = (await completed.json()).certificate;

    const page = await signInAsVolunteer();
    await page.waitForSelector("[data-testid=my-certificate-pdf]");
    expect(await page.textContent("[data-testid=training-hours]")).toMatch(/^14\s*h$/);
    expect(await page.locator("[data-testid=my-training-session]").count()).toBe(4);
    expect(await page.textContent("[data-testid=my-course]")).toMatch(/suoritettu/);
    expect(await page.textContent("[data-testid=my-certificate-serial]")).toBe(certificate.serial);
    await expectAccessibleEverywhere(page.url(), "[data-testid=my-certificate-pdf]", "own page", {
      storageState: await page.context().storageState(),
    });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=my-certificate-pdf]"),
    ]);
    expect(download.suggestedFilename()).toBe(`${certificate.serial}.pdf`);
    const text = pdfText(await download.path());
    expect(text).toContain(volunteerName);
    expect(text).toContain("Todistus asiointitukihenkilökoulutuksesta");
    expect(text).toContain(certificate.serial);
    await page.context().close();
  });

  it("lets anyone check the certificate: valid, then revoked, and an unknown one", async () => {
    const url = `${stack.api}/verify/${certificate.id}`;
    await expectAccessibleEverywhere(url, "[data-testid=verify-status]", "verification");
    const page = await openPage(url);
    const status = page.locator("[data-testid=verify-status]");
    await status.waitFor();
    expect(await status.getAttribute("data-valid")).toBe("true");
    expect(await status.textContent()).toMatch(/Todistus on voimassa/);
    const facts = (await page.textContent("[data-testid=verify-facts]")) ?? "";
    expect(facts).toContain(volunteerName);
    expect(facts).toContain(certificate.serial);
    // Nothing else about the volunteer: no email, no phone.
    expect(await page.textContent("main")).not.toContain(volunteer.email);

    const revoked = await api.call("POST", `/api/certificates/${certificate.id}/revoke`, {
      cookie,
    });
    expect(revoked.status).toBe(200);
    await page.reload();
    await expect.poll(() => status.getAttribute("data-valid")).toBe("false");
    expect(await status.textContent()).toMatch(/peruttu/);
    await expectAccessibleEverywhere(url, "[data-testid=verify-status]", "verification revoked");

    await page.goto(`${stack.api}/verify/no-such-certificate-here`);
    await expect.poll(() => status.getAttribute("data-valid")).toBe("unknown");
    expect(await status.textContent()).toMatch(/Todistusta ei löydy/);
    await page.context().close();
  });

  it("still opens the volunteer's page after they have ended, without editing", async () => {
    const detail = await (
      await api.call("GET", `/api/volunteers/${volunteer.id}`, { cookie })
    ).json();
    const ended = await api.call("POST", `/api/volunteers/${volunteer.id}/status`, {
      cookie,
      body: { version: detail.volunteer.version, change: { to: "ended", endReason: "moved" } },
    });
    expect(ended.status).toBe(200);
    const page = await signInAsVolunteer();
    await page.waitForSelector("[data-testid=profile-ended]");
    expect(await page.isVisible("#profile-edit")).toBe(false);
    expect(await page.isVisible("[data-testid=ended-note]")).toBe(true);
    // The revoked certificate is listed as such, without a download.
    await page.waitForSelector("[data-testid=my-certificate][data-valid=false]");
    expect(await page.locator("[data-testid=my-certificate-pdf]").count()).toBe(0);
    await expectAccessibleEverywhere(page.url(), "[data-testid=profile-ended]", "own page ended", {
      storageState: await page.context().storageState(),
    });
    await page.context().close();
  });

  /** The volunteer asks for their own link (as the sign-in page does), opens it and continues. */
  async function signInAsVolunteer(): Promise<Page> {
    const before = (await selfLinks(volunteer.email)).length;
    const asked = await api.call("POST", "/api/volunteer-auth/link", {
      body: { email: volunteer.email, locale: "fi" },
      headers: { "x-test-address": api.uniqueEmail("address") },
    });
    expect(asked.status).toBeLessThan(300);
    await expect
      .poll(async () => (await selfLinks(volunteer.email)).length, { timeout: 10_000 })
      .toBeGreaterThan(before);
    const links = await selfLinks(volunteer.email);
    const page = await openPage(links.at(-1) ?? "");
    await page.click("#volunteer-continue");
    await page.waitForSelector("[data-testid=my-certificates]");
    return page;
  }
});

/** The volunteer's own-page links sent to an address so far, oldest first. */
async function selfLinks(address: string): Promise<string[]> {
  const pattern = /https?:\/\/\S+\/volunteer\/sign-in#\S+/;
  const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
  return emails
    .filter((m) => m.destination.to.includes(address))
    .flatMap((m) => m.body.text.match(pattern)?.[0] ?? []);
}
