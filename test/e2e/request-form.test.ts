import { Request } from "@rinnalla/core/request";
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
import { chooseLanguages } from "../support/languages.ts";

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

async function newPage(options: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  const context = await newContext(browser, options);
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

async function fillMatter(page: Page) {
  await page.selectOption("#sector", "disability");
  await page.fill("#description", "Palvelusuunnitelman palaveri");
  await page.fill("#place", "Sosiaalitoimisto, Toinen linja 4");
  await page.fill("#municipality", "Helsinki");
  await page.fill("#date", appointmentDate);
  await page.fill("#startTime", "10:00");
  await page.selectOption("#durationMinutes", "60");
  await page.check("#consent");
}

async function fillAsClient(page: Page, email: string) {
  await page.check("#requesterRole-client");
  await page.fill("#client-name", "Aino Virtanen");
  await page.fill("#client-email", email);
  await page.check("#preferredContact-email");
  await chooseLanguages(page, ["fi"]);
  await fillMatter(page);
}

const labelOf = (page: Page, id: string) =>
  page.$eval(`label[for="${id}"]`, (label) => label.firstChild?.textContent?.trim());

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

  it("takes a request in Swedish from a professional, for an Arabic speaker", async () => {
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
    expect(await labelOf(page, "client-name")).toBe("Namn på personen som behöver stöd");
    await page.fill("#client-name", "Omar Ali");
    await chooseLanguages(page, ["ar"]);
    // One language, not Finnish or Swedish: the form asks how they manage in those.
    await page.check("#client-finnishOrSwedish-none");
    await fillMatter(page);
    await page.fill("#description", "Möte på Migrationsverket");
    await page.click("button[type=submit]");
    const reference = (await page.textContent("[data-testid=reference]")) ?? "";
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    expect(await page.textContent("h1")).toContain("Tack");
    expect(await Request.findByReference(reference)).toMatchObject({
      client: { languages: ["ar"], finnishOrSwedish: "none" },
    });

    const mail = await mailTo(email);
    expect(mail?.subject).toBe(`Din begäran har tagits emot (${reference})`);
    expect(mail?.body.text).toMatch(/^Hej,/);
    expect(mail?.body.text).not.toContain("Pia Socialarbetare");
    await page.context().close();
  });

  it("brings a Somali speaker's request with their main language and Finnish level", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    await page.check("#requesterRole-relative");
    await page.fill("#requester-name", "Ayaan Farah");
    await page.fill("#requester-phone", "040 765 4321");
    await page.check("#preferredContact-phone");
    await page.fill("#client-name", "Hodan Farah");
    expect(await labelOf(page, "client-languages")).toBe("Kielet, joita hän puhuu");
    // Typed in its own language, Somali is found all the same.
    await page.fill("#client-languages", "soomaali");
    await page.press("#client-languages", "Enter");
    await page.fill("#client-languages", "suomi");
    await page.press("#client-languages", "Enter");
    await page.press("#client-languages", "Escape");
    expect(await page.$$eval("#client-languages-chosen button", (b) => b.length)).toBe(2);
    // Two languages: which one they manage best in; Finnish is asked only once that is known.
    expect(await page.isVisible("#client-finnishOrSwedish")).toBe(false);
    await page.check("#client-mainLanguage-so");
    await page.check("#client-finnishOrSwedish-some");
    await fillMatter(page);
    await page.click("button[type=submit]");
    const reference = (await page.textContent("[data-testid=reference]")) ?? "";
    expect(await Request.findByReference(reference)).toMatchObject({
      requesterRole: "relative",
      client: {
        name: "Hodan Farah",
        languages: ["fi", "so"],
        mainLanguage: "so",
        finnishOrSwedish: "some",
      },
    });
    await page.context().close();
  });

  it("gives each problem its own message, worded for who fills the form in", async () => {
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
    expect(links).toContain("#client-languages");
    expect(await page.getAttribute("#client-name", "aria-invalid")).toBe("true");
    const describedBy = (await page.getAttribute("#client-name", "aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toContain("client-name-error");
    const messages = await page.$$eval(".field .error-message", (ps) =>
      ps.map((p) => p.lastChild?.textContent?.trim() ?? ""),
    );
    console.log(
      `request form: ${messages.length} messages for an empty form:\n  ${messages.join("\n  ")}`,
    );
    expect(messages.length).toBeGreaterThanOrEqual(12);
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages.join(" ")).not.toContain("Tämä tieto puuttuu");
    expect(await page.textContent("#client-name-error")).toContain(
      "Kirjoita tuettavan henkilön nimi.",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    // Following a link in the summary lands on the field; the language link on the picker.
    await page.click('#error-summary a[href="#client-languages"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("client-languages");
    await page.click('#error-summary a[href="#client-name"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("client-name");

    // For themself: "your name", "languages you speak", and the messages say "you" too.
    await page.check("#requesterRole-client");
    expect(await labelOf(page, "client-name")).toBe("Sinun nimesi");
    expect(await labelOf(page, "client-languages")).toBe("Kielet, joita puhut");
    await page.click("button[type=submit]");
    await page.waitForFunction(() =>
      document.getElementById("client-name-error")?.textContent?.includes("Kirjoita nimesi."),
    );
    expect(await page.textContent("#client-languages-error")).toContain("puhut");
    await page.context().close();
  });

  it("can be completed with the keyboard alone, languages included", async () => {
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
    const keys =
      (...pressed: string[]) =>
      async () => {
        for (const key of pressed) await page.keyboard.press(key);
      };
    const actions: Record<string, () => Promise<void>> = {
      "requesterRole-client": keys("Space"),
      "preferredContact-phone": keys("ArrowDown"),
      // The picker: typing filters and Enter chooses; the arrows move and Space chooses.
      "client-languages": async () => {
        await page.keyboard.type("suo");
        await page.keyboard.press("Enter");
        await page.keyboard.type("somali");
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Space");
        await page.keyboard.press("Escape");
      },
      "client-mainLanguage-fi": keys("ArrowDown"),
      "client-finnishOrSwedish-well": keys("ArrowDown"),
      sector: keys("ArrowDown"),
      durationMinutes: keys("ArrowDown"),
      consent: keys("Space"),
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
      await actions[focused.id]?.();
    }
    const reference = await page.textContent("[data-testid=reference]", { timeout: 10_000 });
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    expect(visited.has("website")).toBe(false);
    // Each chosen language is a button of its own on the way (it removes the language).
    expect(visited.has("client-languages-chosen-fi")).toBe(true);
    expect(visited.has("client-languages-chosen-so")).toBe(true);
    expect(await Request.findByReference(reference ?? "")).toMatchObject({
      client: { languages: ["fi", "so"], mainLanguage: "so", finnishOrSwedish: "some" },
    });
    expect((await mailTo(email))?.subject).toContain(reference ?? "?");
    await page.context().close();
  });

  it("tells a screen reader what the picker holds and what changed", async () => {
    const page = await newPage();
    await page.goto(`${stack.api}/`);
    const input = "#client-languages";
    expect(await page.getAttribute(input, "role")).toBe("combobox");
    expect(await page.getAttribute(input, "aria-expanded")).toBe("false");
    await page.focus(input);
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute(input, "aria-expanded")).toBe("true");
    expect(await page.getAttribute(input, "aria-activedescendant")).toBe(
      "client-languages-option-fi",
    );
    expect(await page.getAttribute("#client-languages-listbox", "aria-multiselectable")).toBe(
      "true",
    );
    await page.keyboard.press("Enter");
    expect(await page.getAttribute("#client-languages-option-fi", "aria-selected")).toBe("true");
    expect(await page.textContent(".multiselect [role=status]")).toContain("Suomi valittu.");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.type("klingon");
    expect(await page.textContent(".multiselect [role=status]")).toContain("Kieltä ei löytynyt");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(await page.inputValue(input)).toBe("");
    expect(await page.getAttribute(input, "aria-describedby")).toContain(
      "client-languages-summary",
    );
    expect(await page.textContent("#client-languages-summary")).toBe("Valittu: Suomi");
    // Removing a chosen language by its button says so and leaves focus in the picker.
    await page.click("#client-languages-chosen-fi");
    expect(await page.textContent(".multiselect [role=status]")).toContain("Suomi poistettu.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("client-languages");
    await page.context().close();
  });
});
