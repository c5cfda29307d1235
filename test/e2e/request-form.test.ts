import { addDays, helsinkiDate } from "@rinnalla/core/util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";
import {
  accessibilityViolations,
  dateFieldOrder,
  launchChromium,
  newContext,
} from "../support/browser.ts";

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

async function newPage(): Promise<Page> {
  const context = await newContext(browser);
  return context.newPage();
}

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
}

async function mailTo(address: string): Promise<Mail | undefined> {
  for (let i = 0; i < 50; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const mail = emails.find((m) => m.destination.to.includes(address));
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

const appointmentDate = addDays(helsinkiDate(new Date()), 10);

async function fillAsClient(page: Page, email: string) {
  await page.check("#requesterRole-client");
  await page.fill("#client-name", "Aino Virtanen");
  await page.fill("#client-email", email);
  await page.check("#preferredContact-email");
  await page.check("#languages-fi");
  await page.selectOption("#sector", "disability");
  await page.fill("#description", "Palvelusuunnitelman palaveri");
  await page.fill("#place", "Sosiaalitoimisto, Toinen linja 4");
  await page.fill("#municipality", "Helsinki");
  await page.fill("#date", appointmentDate);
  await page.fill("#startTime", "10:00");
  await page.selectOption("#durationMinutes", "60");
  await page.check("#consent");
}

describe("the public request form", () => {
  it("takes a request in Finnish, shows the reference and emails a confirmation", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    expect(await page.getAttribute("html", "lang")).toBe("fi");
    const email = `aino.${Date.now()}@example.org`;
    await fillAsClient(page, email);
    await page.click("button[type=submit]");
    const reference = await page.textContent("[data-testid=reference]");
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    expect(await page.isVisible("[data-testid=email-sent]")).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    const mail = await mailTo(email);
    expect(mail?.subject).toBe(`Pyyntösi on vastaanotettu (${reference})`);
    // A typed name never goes into the greeting (the form is not a relay for someone's text).
    expect(mail?.body.text).toMatch(/^Hei,/);
    expect(mail?.body.text).not.toContain("Aino Virtanen");
    expect(mail?.body.text).not.toContain("Palvelusuunnitelman");
    await page.context().close();
  });

  it("takes a request in Swedish from a professional on the client's behalf", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    await page.click("#lang-sv");
    // Swedish texts are fetched on the switch; the page changes language once they are here.
    await page.waitForFunction(() => document.documentElement.lang === "sv");
    expect(await page.textContent("h1")).toContain("stödperson");
    const email = `pia.${Date.now()}@example.org`;
    await page.check("#requesterRole-professional");
    await page.fill("#requester-name", "Pia Socialarbetare");
    await page.fill("#requester-organisation", "Esbo stad");
    await page.fill("#requester-email", email);
    await page.check("#preferredContact-email");
    await page.fill("#client-name", "Omar Ali");
    await page.check("#languages-ar");
    await page.selectOption("#sector", "immigration");
    await page.fill("#description", "Möte på Migrationsverket");
    await page.fill("#place", "Migri, Esbo");
    await page.fill("#municipality", "Esbo");
    await page.fill("#date", appointmentDate);
    await page.fill("#startTime", "13:30");
    await page.selectOption("#durationMinutes", "90");
    await page.check("#consent");
    await page.click("button[type=submit]");
    const reference = await page.textContent("[data-testid=reference]");
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    expect(await page.textContent("h1")).toContain("Tack");

    const mail = await mailTo(email);
    expect(mail?.subject).toBe(`Din begäran har tagits emot (${reference})`);
    expect(mail?.body.text).toMatch(/^Hej,/);
    expect(mail?.body.text).not.toContain("Pia Socialarbetare");
    await page.context().close();
  });

  it("shows every problem in an error summary, linked to its field, with nothing stored", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.click("button[type=submit]");
    await page.waitForSelector("#error-summary");
    // Focus moves to the summary so screen-reader users hear what went wrong.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("error-summary");
    const links = await page.$$eval("#error-summary a", (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    expect(links).toContain("#client-name");
    expect(await page.getAttribute("#client-name", "aria-invalid")).toBe("true");
    const describedBy = (await page.getAttribute("#client-name", "aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toContain("client-name-error");
    expect(await page.textContent("#client-name-error")).toContain("Tämä tieto puuttuu");
    expect(await accessibilityViolations(page)).toEqual([]);

    // Following a link in the summary lands on the field.
    await page.click('#error-summary a[href="#client-name"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("client-name");
    await page.context().close();
  });

  it("can be completed with the keyboard alone", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    const email = `keyboard.${Date.now()}@example.org`;
    const [year, month, day] = appointmentDate.split("-");
    const dayFirst = (await dateFieldOrder(page)) === "day-first";
    const typed: Record<string, string> = {
      "client-name": "Kalle Näppäimistö",
      "client-email": email,
      description: "Kelan tapaaminen",
      place: "Kela, Espoontori",
      municipality: "Espoo",
      date: dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`,
      startTime: dayFirst ? "0930" : "0930A",
    };
    const pressed: Record<string, string[]> = {
      "requesterRole-client": ["Space"],
      "preferredContact-phone": ["ArrowDown"],
      "preferredContact-email": [],
      "languages-fi": ["Space"],
      sector: ["ArrowDown"],
      durationMinutes: ["ArrowDown"],
      consent: ["Space"],
    };
    const visited = new Set<string>();
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { id: el?.id ?? "", tag: el?.tagName ?? "", type: el?.getAttribute("type") ?? "" };
      });
      if (focused.tag === "BUTTON" && focused.type === "submit") {
        await page.keyboard.press("Enter");
        break;
      }
      if (visited.has(focused.id)) continue;
      visited.add(focused.id);
      const text = typed[focused.id];
      if (text !== undefined) await page.keyboard.type(text);
      for (const key of pressed[focused.id] ?? []) await page.keyboard.press(key);
    }
    const reference = await page.textContent("[data-testid=reference]", { timeout: 10_000 });
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    expect(visited.has("website")).toBe(false);
    expect((await mailTo(email))?.subject).toContain(reference ?? "?");
    await page.context().close();
  });
});
