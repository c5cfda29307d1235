import * as Actor from "@rinnalla/core/actor";
import { Organisation } from "@rinnalla/core/organisation";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import { accessibilityViolations, launchChromium, newContext } from "../support/browser.ts";
import { chooseLanguages } from "../support/languages.ts";

/**
 * The public pages around the request form: how to reach the association (on the form, on
 * /done and in the privacy notice, and nothing half-filled when it has told nothing), the link
 * to the privacy notice, the form's length on a phone, and axe on every page at both sizes in
 * Finnish and Swedish.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function newPage(options: BrowserContextOptions = desktop): Promise<Page> {
  const context = await newContext(browser, options);
  return context.newPage();
}

/** The association's details, as an admin saves them in the workspace. */
async function saveOrganisation(details: Partial<Organisation.Organisation>) {
  const current = await Organisation.current();
  const admin = {
    type: "coordinator",
    coordinatorId: "crd_test_admin",
    email: "admin@example.org",
    name: "Test admin",
    role: "admin",
    sessionId: "ses_test",
    secondFactor: "done",
  } as const;
  await Actor.provide(admin, () =>
    Organisation.update({
      name: current.name,
      replies: "organisation",
      ...details,
      version: current.version,
    }),
  );
}

async function sendRequest(page: Page): Promise<string> {
  await page.check("#requesterRole-client");
  await page.fill("#client-name", "Aino Virtanen");
  await page.fill("#client-phone", "040 123 4567");
  await page.check("#preferredContact-phone");
  await chooseLanguages(page, ["fi"]);
  await page.selectOption("#sector", "online_services");
  await page.fill("#description", "Kelan hakemus verkossa");
  await page.fill("#place", "Kirjasto");
  await page.fill("#municipality", "Helsinki");
  await page.fill("#date", addDays(helsinkiDate(new Date()), 7));
  await page.fill("#startTime", "12:00");
  await page.selectOption("#durationMinutes", "60");
  await page.check("#consent");
  await page.click("button[type=submit]");
  return (await page.textContent("[data-testid=reference]")) ?? "";
}

/** What the form and the page after it let a reader see of the association's contact. */
// biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, not hidden text
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

describe("before the association has told how to reach it", () => {
  it("shows no half-filled contact anywhere, and links the built-in privacy notice", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    await page.waitForSelector("#privacy-link");
    // The contact is asked after the form has rendered: give it the time to (not) appear.
    await page.waitForLoadState("networkidle");
    expect(await page.isVisible("[data-testid=contact-line]")).toBe(false);
    expect(await visibleText(page)).not.toMatch(/Soita|Kysyttävää/);
    expect(await page.getAttribute("#privacy-link", "href")).toBe("/privacy");

    await sendRequest(page);
    await page.waitForLoadState("networkidle");
    expect(await page.isVisible("[data-testid=contact-details]")).toBe(false);
    expect(await visibleText(page)).not.toContain("Yhteystiedot");

    await page.goto(`${stack.api}/privacy`);
    await page.waitForSelector("[data-testid=privacy-who]");
    await page.waitForLoadState("networkidle");
    // Not "Rinnalla keeps the details": the software's name is not the association's.
    expect(await page.textContent("[data-testid=privacy-who]")).toContain(
      "yhdistys, joka järjestää",
    );
    expect(await visibleText(page)).toContain("Kysy koordinaattorilta");
    await page.context().close();
  });
});

describe("once the association has told how to reach it", () => {
  beforeAll(() =>
    saveOrganisation({
      name: "Rinnalla ry Helsinki",
      phone: "09 1234 5678",
      email: "tuki@example.org",
      openingHours: "ma–pe 9–15",
      address: "Toinen linja 4\n00530 Helsinki",
    }),
  );

  it("says on the form whom to call or write to, with tap-to-call and email links", async () => {
    const page = await newPage(phone);
    await page.goto(`${stack.api}/`);
    const line = await page.waitForSelector("[data-testid=contact-line]");
    // biome-ignore lint/performance/useDomNodeTextContent: the line as a reader sees it
    expect(await line.innerText()).toBe(
      "Kysyttävää? Soita +358 9 12345678 (ma–pe 9–15). Sähköposti: tuki@example.org",
    );
    expect(await page.getAttribute("[data-testid=contact-line] a[href^='tel:']", "href")).toBe(
      "tel:+358912345678",
    );
    expect(await page.getAttribute("[data-testid=contact-line] a[href^='mailto:']", "href")).toBe(
      "mailto:tuki@example.org",
    );
    await page.context().close();
  });

  it("says on /done how to contact the association beside the reference number", async () => {
    const page = await newPage(phone);
    await page.goto(`${stack.api}/`);
    const reference = await sendRequest(page);
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    const details = await page.waitForSelector("[data-testid=contact-details]");
    // biome-ignore lint/performance/useDomNodeTextContent: the address's line breaks are shown ones
    const text = await details.innerText();
    for (const part of [
      "Rinnalla ry Helsinki",
      "+358 9 12345678",
      "ma–pe 9–15",
      "tuki@example.org",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain("Toinen linja 4\n00530 Helsinki");
    expect(await details.$eval("a[href^='tel:']", (a) => a.getAttribute("href"))).toBe(
      "tel:+358912345678",
    );
    expect(await details.$eval("a[href^='mailto:']", (a) => a.getAttribute("href"))).toBe(
      "mailto:tuki@example.org",
    );
    expect(await visibleText(page)).toContain("kerro viitenumero");
    await page.context().close();
  });

  it("opens the privacy notice from beside the consent, naming the association", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    await page.click("#privacy-link");
    // The notice shows at once and names the association when its details arrive.
    await page.waitForSelector("[data-testid=privacy-who]:has-text('Rinnalla ry Helsinki')");
    expect(page.url()).toBe(`${stack.api}/privacy`);
    expect(await page.textContent("h1")).toContain("Tietosuojaseloste");
    expect(await page.textContent("[data-testid=privacy-who]")).toContain(
      "Rinnalla ry Helsinki pitää tietoja",
    );
    expect(await page.isVisible("[data-testid=contact-details]")).toBe(true);
    // What was typed on the form is still there on the way back.
    await page.goBack();
    await page.waitForSelector("#privacy-link");

    await page.click("#lang-sv");
    await page.waitForFunction(() => document.documentElement.lang === "sv");
    await page.click("#privacy-link");
    await page.waitForSelector("[data-testid=privacy-who]");
    expect(await page.textContent("h1")).toContain("Dataskyddsbeskrivning");
    await page.context().close();
  });

  it("reaches both statements from every page's footer; the accessibility one names whom to tell", async () => {
    const page = await newPage();
    for (const path of [
      "/",
      "/privacy",
      "/accessibility",
      "/volunteer/sign-in",
      "/volunteer/apply",
    ]) {
      await page.goto(`${stack.api}${path}`);
      await page.waitForSelector("#footer-accessibility");
      expect(await page.getAttribute("#footer-privacy", "href"), path).toBe("/privacy");
      expect(await page.getAttribute("#footer-accessibility", "href"), path).toBe("/accessibility");
    }
    await page.goto(`${stack.api}/`);
    await page.click("#footer-accessibility");
    await page.waitForSelector("#a11y-feedback");
    expect(await page.textContent("h1")).toContain("Saavutettavuusseloste");
    expect(await visibleText(page)).toContain("WCAG 2.1");
    await page.waitForSelector("[data-testid=contact-details]");
    expect(await visibleText(page)).toContain("tuki@example.org");
    expect(await page.getAttribute("a[href*=saavutettavuusvaatimukset]", "href")).toBe(
      "https://www.saavutettavuusvaatimukset.fi",
    );
    await page.context().close();
  });

  it("links the association's own notice when it has one", async () => {
    await saveOrganisation({
      name: "Rinnalla ry Helsinki",
      phone: "09 1234 5678",
      email: "tuki@example.org",
      openingHours: "ma–pe 9–15",
      privacyUrl: "https://example.org/tietosuoja",
    });
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    await page.waitForFunction(
      () => document.getElementById("privacy-link")?.getAttribute("href") !== "/privacy",
    );
    expect(await page.getAttribute("#privacy-link", "href")).toBe("https://example.org/tietosuoja");
    await page.context().close();
  });
});

describe("on a phone", () => {
  it("keeps the form shorter: the languages are a searchable list, not twenty checkboxes", async () => {
    const page = await newPage(phone);
    await page.goto(`${stack.api}/`);
    await page.waitForSelector("#client-languages");
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const languagesField = () =>
      page.$eval(".multiselect", (field) => Math.round(field.getBoundingClientRect().height));
    const empty = await height();
    const field = await languagesField();
    await page.check("#requesterRole-client");
    // Touch: a tap opens the list, a tap on a language chooses it.
    await page.tap("#client-languages");
    const open = await height();
    await page.tap("#client-languages-option-so");
    await page.tap("#client-languages-option-fi");
    await page.tap("#client-name");
    await page.waitForSelector("#client-mainLanguage");
    const withLanguages = await height();
    console.log(
      `request form at 390×844: ${empty} px tall (the languages field ${field} px; ` +
        `with its list open ${open} px), ${withLanguages} px with two languages chosen and ` +
        "the main-language question shown",
    );
    // The twenty checkboxes took about 950 px of a 4,984 px page (measured before the change).
    expect(field).toBeLessThan(200);
    // The form itself: not the footer under it (the statements' links), nor the header above it,
    // whose language switcher wraps to three rows on a phone since it offers eight languages.
    // The limit grew by the consent's two separate choices (a survey after the visit, text
    // messages), still well under the old 4,984 px page.
    const footer = await page.$eval(".site-footer", (f) => f.getBoundingClientRect().height);
    const header = await page.$eval("header", (h) => h.getBoundingClientRect().height);
    expect(empty - footer - header).toBeLessThan(4300);
    expect(await page.$$eval("#client-languages-chosen button", (b) => b.length)).toBe(2);
    await page.context().close();
  });
});

describe("accessibility of the public pages", () => {
  for (const [size, options] of [
    ["1280×800", desktop],
    ["390×844", phone],
  ] as const) {
    for (const lang of ["fi", "sv"] as const) {
      it(`finds nothing on the form, /done, /privacy and /accessibility at ${size} in ${lang}`, async () => {
        const page = await newPage(options);
        const found: string[] = [];
        const check = async (where: string) => {
          for (const v of await accessibilityViolations(page)) found.push(`${where}: ${v}`);
        };
        await page.goto(`${stack.api}/?lang=${lang}`);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.waitForSelector("[data-testid=contact-line]");
        await check("form");
        // With the picker open, languages chosen, the language questions and errors shown.
        await page.check("#requesterRole-relative");
        await page.click("#client-languages");
        await page.click("#client-languages-option-so");
        await page.click("#client-languages-option-ar");
        await check("form, picker open");
        await page.press("#client-languages", "Escape");
        await page.click("button[type=submit]");
        await page.waitForSelector("#error-summary");
        await check("form with errors");

        // A fresh form (the draft is kept in the tab until a request is sent).
        await page.evaluate(() => sessionStorage.clear());
        await page.goto(`${stack.api}/?lang=${lang}`);
        await sendRequest(page);
        await page.waitForSelector("[data-testid=contact-details]");
        await check("/done");

        await page.goto(`${stack.api}/privacy`);
        await page.waitForSelector("[data-testid=privacy-who]");
        await check("/privacy");
        await page.goto(`${stack.api}/accessibility`);
        await page.waitForSelector("#a11y-feedback");
        await check("/accessibility");
        expect(found).toEqual([]);
        await page.context().close();
      });
    }
  }
});
