import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import {
  accessibilityViolations,
  launchChromium,
  newContext,
  signInInBrowser,
} from "../support/browser.ts";

/**
 * Issue 17 end to end: personal data over its whole life, as people use it. An admin changes a
 * retention time (a window under its minimum is refused at its field) and sees tonight's run;
 * a closed request's client is erased from the request's page behind a confirmation, the banner
 * offers the undo, and undoing brings the name back; a volunteer downloads their own data and
 * finds their name in it, then erases it and is told it is done. The new page and sections are
 * axe-clean at 1280×800 and 390×844 in Finnish and Swedish, with no sideways scrolling.
 */

let api: {
  call: typeof import("../support/harness.ts").call;
  submitRequest: typeof import("../support/harness.ts").submitRequest;
  applyAs: typeof import("../support/volunteers.ts").applyAs;
};

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
let desk: BrowserContext;
let page: Page;
let cookie: string;
const stamp = Date.now().toString(36);
const adminEmail = `retention.${stamp}@example.org`;
const wide = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const shots = resolve(import.meta.dirname, "../../test-results/screenshots");

interface Mail {
  destination: { to: string[] };
  body: { text: string };
}

async function linkFor(address: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}#\\S+`);
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const link = emails
      .filter((m) => m.destination.to.includes(address))
      .flatMap((m) => m.body.text.match(pattern)?.[0] ?? [])
      .at(-1);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${path} link for ${address}`);
}

const noSideways = (target: Page) =>
  target.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * The page in Finnish and Swedish, wide and on a phone: `ready` once loaded, `open` to unfold
 * what is checked; axe finds nothing and nothing scrolls sideways. Ends in Finnish, wide.
 */
async function everywhere(
  target: Page,
  where: string,
  ready: string,
  open: (p: Page) => Promise<void> = async () => {},
) {
  const url = new URL(target.url());
  for (const lang of ["fi", "sv"] as const) {
    for (const size of [wide, phone]) {
      await target.setViewportSize(size);
      url.searchParams.set("lang", lang);
      await target.goto(url.toString());
      await target.waitForFunction((l) => document.documentElement.lang === l, lang);
      await target.waitForSelector(ready);
      await open(target);
      const at = `${where} (${lang}, ${size.width}×${size.height})`;
      expect(await accessibilityViolations(target), at).toEqual([]);
      expect(await noSideways(target), at).toBe(true);
    }
  }
  await target.setViewportSize(wide);
  url.searchParams.set("lang", "fi");
  await target.goto(url.toString());
  await target.waitForFunction(() => document.documentElement.lang === "fi");
  await target.waitForSelector(ready);
}

async function downloaded(
  target: Page,
  selector: string,
): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([target.waitForEvent("download"), target.click(selector)]);
  const path = await file.path();
  return { file, text: await readFile(path, "utf8") };
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: adminEmail, name: "Riikka Rekisteri", role: "admin" }),
  );
  const [harness, volunteers] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/volunteers.ts"),
  ]);
  api = {
    call: harness.call,
    submitRequest: harness.submitRequest,
    applyAs: volunteers.applyAs,
  };
  desk = await newContext(browser, { viewport: wide, acceptDownloads: true });
  page = await desk.newPage();
  await signInInBrowser(page, stack.api, adminEmail, () => linkFor(adminEmail, "/sign-in/verify"));
  cookie = (await desk.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe("personal data over its whole life", () => {
  it("saves a retention time, refusing one under its minimum at its field, and shows tonight's run", async () => {
    await page.goto(`${stack.api}/coordinator/admin/retention`);
    await page.waitForSelector("#retention-form");
    await page.waitForSelector("[data-testid=retention-preview]");
    expect(await page.textContent("#retention-request-hint")).toContain("6–120");

    await page.fill("#retention-request", "3");
    await page.click("#retention-save");
    await page.waitForSelector("#retention-request-error");
    expect(await page.textContent("#retention-request-error")).toContain("lyhyempi");
    expect(await page.getAttribute("#retention-request", "aria-invalid")).toBe("true");
    // The summary's link leads to the field.
    await page.click("#retention-errors a");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("retention-request");

    await page.fill("#retention-request", "18");
    await page.click("#retention-save");
    await page.waitForSelector("[data-testid=retention-message].flash--success");
    const saved = await (await api.call("GET", "/api/personal-data/retention", { cookie })).json();
    expect(saved.policy.request).toBe(18);
    expect(saved.version).toBeGreaterThan(0);
    // The preview is tonight's plan: the counts in words, or a line saying there is nothing.
    const preview = await page.textContent("[data-testid=retention-preview]");
    expect(preview).toMatch(/Ensi yön ajolla ei ole mitään tehtävää|anonymisoidaan|poistetaan/);

    await page.screenshot({ path: resolve(shots, "retention.png"), fullPage: true });
    await everywhere(page, "retention page", "[data-testid=retention-preview]");
  });

  it("erases a closed request's client from its page, and undoing brings the name back", async () => {
    const name = `Eetu Poistettava ${stamp}`;
    const { id } = await api.submitRequest(cookie, {
      client: { name, email: `eetu.${stamp}@example.org`, languages: ["fi"] },
    });
    const { request } = await (await api.call("GET", `/api/requests/${id}`, { cookie })).json();
    const cancelled = await api.call("POST", `/api/requests/${id}/cancel`, {
      cookie,
      body: { version: request.version, reason: "Asiakas peruutti." },
    });
    expect(cancelled.status).toBe(200);

    await page.goto(`${stack.api}/coordinator/requests/${id}`);
    await page.waitForSelector("[data-testid=personal-data]");
    expect(await page.isVisible("#personal-body")).toBe(false);
    await page.click("#personal-toggle");
    expect(await page.getAttribute("#personal-toggle", "aria-expanded")).toBe("true");

    // The client's data, as a file to take elsewhere.
    const { text } = await downloaded(page, "[data-testid=personal-export-json]");
    expect(text).toContain(name);

    await page.click("#erase-open");
    await page.waitForSelector("#erase-panel");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("erase-panel-title");
    expect(await page.textContent("#erase-panel")).toContain("7 päivän");
    expect(await accessibilityViolations(page), "the erasure's confirmation").toEqual([]);
    await page.locator("[data-testid=personal-data]").screenshot({
      path: resolve(shots, "request-erase-confirm.png"),
    });
    await page.click("#erase-confirm");

    const banner = await page.waitForSelector("[data-testid=erasure-banner]");
    expect(await banner.textContent()).toContain("Asiakkaan tiedot poistettiin");
    expect(await banner.textContent()).toContain("päiviä jäljellä: 7");
    await page.waitForSelector("[data-testid=client-anonymised]");
    expect(await page.textContent(".summary-card")).not.toContain(name);
    await page.screenshot({ path: resolve(shots, "request-erased.png"), fullPage: true });
    await everywhere(page, "an erased request", "[data-testid=erasure-banner]", async (p) => {
      await p.click("#personal-toggle");
    });

    await page.click("#erasure-undo");
    await page.waitForSelector("[data-testid=undo-message]");
    expect(await page.isVisible("[data-testid=erasure-banner]")).toBe(false);
    expect(await page.textContent(".summary-card")).toContain(name);
    expect(await page.isVisible("[data-testid=client-anonymised]")).toBe(false);
  });

  it("puts a request on a legal hold with a reason, and lifts it", async () => {
    const { id } = await api.submitRequest(cookie);
    await page.goto(`${stack.api}/coordinator/requests/${id}`);
    await page.waitForSelector("[data-testid=personal-data]");
    await page.click("#personal-toggle");
    // Erasing waits for the request to close.
    expect(await page.textContent("[data-testid=erase-unavailable]")).toContain("suljettu");
    await page.click("#hold-open");
    await page.click("#hold-confirm");
    await page.waitForSelector("#hold-reason-error");
    await page.fill("#hold-reason", "Valitus 12/2027");
    await page.click("#hold-confirm");
    await page.waitForSelector("[data-testid=legal-hold]");
    expect(await page.textContent("[data-testid=legal-hold]")).toContain("Valitus 12/2027");
    await everywhere(page, "a request on hold", "[data-testid=legal-hold]", async (p) => {
      await p.click("#personal-toggle");
    });
    await page.click("#personal-toggle");
    await page.click("#release-open");
    await page.click("#release-confirm");
    await page.waitForSelector("[data-testid=personal-message]");
    expect(await page.isVisible("[data-testid=legal-hold]")).toBe(false);
  });

  it("lets a volunteer download their own data, and erase it", async () => {
    const volunteer = await api.applyAs(cookie, { name: `Ville Vapaa ${stamp}` });
    const own = await (await newContext(browser, { acceptDownloads: true })).newPage();
    await own.setViewportSize(phone);
    await own.goto(`${stack.api}/volunteer/sign-in`);
    await own.fill("#volunteer-email", volunteer.email);
    await own.click("#volunteer-send");
    await own.goto(await linkFor(volunteer.email, "/volunteer/sign-in"));
    await own.click("#volunteer-continue");
    await own.waitForSelector("[data-testid=my-data]");

    const json = await downloaded(own, "[data-testid=my-export-json]");
    expect(json.text).toContain(volunteer.name);
    expect(json.file.suggestedFilename()).toMatch(/\.json$/);
    const html = await downloaded(own, "[data-testid=my-export-html]");
    expect(html.text).toContain(volunteer.name);

    await everywhere(own, "the volunteer's own page", "[data-testid=my-data]");
    await own.click("#my-erase-open");
    await own.waitForSelector("#my-erase-panel");
    expect(await own.isChecked("#my-erase-certificates-keep")).toBe(true);
    await own.locator("[data-testid=my-data]").screenshot({
      path: resolve(shots, "volunteer-erase-confirm.png"),
    });
    expect(await accessibilityViolations(own), "the volunteer's erasure confirmation").toEqual([]);
    await own.click("#my-erase-confirm");
    await own.waitForSelector("[data-testid=my-data-erased]");
    expect(await own.textContent("h1")).toContain("Tietosi on poistettu");
    expect(await accessibilityViolations(own), "after the erasure").toEqual([]);
    expect(await noSideways(own)).toBe(true);

    // The coordinator sees the volunteer anonymised, with the undo while the 7 days last.
    await page.goto(`${stack.api}/coordinator/volunteers/${volunteer.id}`);
    await page.waitForSelector("[data-testid=erasure-banner]");
    expect(await page.textContent("h1")).not.toContain(volunteer.name);
    await own.context().close();
  });
});
