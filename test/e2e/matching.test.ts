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
import { chooseLanguages } from "../support/languages.ts";

/** The API helpers build the app in process at import: they load once the stack's config is set. */
let api: {
  call: typeof import("../support/harness.ts").call;
  activeVolunteer: typeof import("../support/volunteers.ts").activeVolunteer;
};

/**
 * Issue 5 end to end: a request from the public form, two volunteers who fit, the coordinator's
 * suggestions and offer, one volunteer declining and the other accepting through their emailed
 * links, everyone told (the volunteer with a calendar file), and the requester's cancel link
 * raising an alert the coordinator marks handled. Every link page is checked with axe in
 * Finnish and Swedish.
 */

type Stack = Awaited<ReturnType<typeof startStack>>;
let stack: Stack;
let browser: Browser;
const stamp = Date.now().toString(36);
const coordinatorEmail = `matching.${stamp}@example.org`;
const requesterEmail = `aino.${stamp}@example.org`;
const today = helsinkiDate(new Date());
const visitDate = addDays(today, 7);
const meetingDate = addDays(today, 2);

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({ webDist: inject("webDist"), log: () => {}, env: { LOG_LEVEL: "error" } }),
    launchChromium(),
  ]);
  await Actor.provide({ type: "system", name: "e2e" }, () =>
    Coordinator.add({ email: coordinatorEmail, name: "Matti Matching", role: "coordinator" }),
  );
  const [harness, volunteers] = await Promise.all([
    import("../support/harness.ts"),
    import("../support/volunteers.ts"),
  ]);
  api = { call: harness.call, activeVolunteer: volunteers.activeVolunteer };
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text: string };
  attachments?: { filename: string; contentType: string }[];
}

/** The mails to an address once at least `count` (and a match, if asked) have arrived. */
async function mailsTo(address: string, count = 1, match?: (mail: Mail) => boolean) {
  for (let i = 0; i < 100; i++) {
    const { emails } = (await (await fetch(`${stack.ses}/store`)).json()) as { emails: Mail[] };
    const mails = emails.filter((m) => m.destination.to.includes(address));
    if (mails.length >= count && (!match || mails.some(match))) return mails;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail for ${address}`);
}

/** The newest mail to an address that matches, once it has arrived. */
async function mailTo(address: string, match: (mail: Mail) => boolean): Promise<Mail> {
  const mails = await mailsTo(address, 1, match);
  return mails.filter(match).at(-1) as Mail;
}

const linkIn = (mail: Mail | undefined, path: string) => {
  const link = mail?.body.text.match(new RegExp(`https?://\\S+${path}#\\S+`))?.[0];
  if (!link) throw new Error(`no ${path} link in "${mail?.subject}"`);
  return link;
};

async function expectAccessible(page: Page, where: string) {
  expect(await accessibilityViolations(page), where).toEqual([]);
}

/** The page again with `?lang=sv` (the token after `#` stays), checked, then back in Finnish. */
async function inSwedishToo(page: Page, where: string, ready: string) {
  const url = new URL(page.url());
  url.searchParams.set("lang", "sv");
  await page.goto(url.toString());
  await page.waitForFunction(() => document.documentElement.lang === "sv");
  await page.waitForSelector(ready);
  await expectAccessible(page, `${where} (sv)`);
  url.searchParams.set("lang", "fi");
  await page.goto(url.toString());
  await page.waitForFunction(() => document.documentElement.lang === "fi");
  await page.waitForSelector(ready);
}

const freshContext = () => newContext(browser);

const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-testid"));

describe("from a request to a confirmed volunteer, through offers", () => {
  let coordinator: BrowserContext;
  let page: Page;
  let cookie: string;
  let reference: string;
  let requestId: string;
  let aada: { id: string; email: string; name: string };
  let bea: { id: string; email: string; name: string };
  let aadaLink: string;
  let beaLink: string;

  it("takes a request through the public form", async () => {
    const context = await freshContext();
    const form = await context.newPage();
    await form.goto(`${stack.api}/`);
    await form.check("#requesterRole-client");
    await form.fill("#client-name", "Aino Virtanen");
    await form.fill("#client-email", requesterEmail);
    await form.fill("#client-phone", "040 123 4567");
    await form.check("#preferredContact-email");
    await chooseLanguages(form, ["fi"]);
    await form.selectOption("#sector", "disability");
    await form.fill("#description", "Vammaispalvelut: palvelusuunnitelman palaveri");
    await form.fill("#place", "Sosiaalitoimisto, Toinen linja 4");
    await form.fill("#municipality", "Helsinki");
    await form.fill("#date", visitDate);
    await form.fill("#startTime", "10:00");
    await form.selectOption("#durationMinutes", "60");
    await form.check("#consent");
    await form.click("button[type=submit]");
    reference = (await form.textContent("[data-testid=reference]")) ?? "";
    expect(reference).toMatch(/^R-\d{4}-\d{4}$/);
    await context.close();
  });

  it("signs the coordinator in; two active volunteers fit the request", async () => {
    coordinator = await freshContext();
    page = await coordinator.newPage();
    await signInInBrowser(page, stack.api, coordinatorEmail, async () => {
      const [signInMail] = await mailsTo(coordinatorEmail);
      return linkIn(signInMail, "/sign-in/verify");
    });
    cookie = (await coordinator.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

    // Both speak Finnish, go to Helsinki every day and know disability services.
    aada = await api.activeVolunteer(
      cookie,
      { interests: "Vammaispalvelut ja asiointi" },
      { name: `Aada Ahonen ${stamp}` },
    );
    bea = await api.activeVolunteer(cookie, {}, { name: `Bea Berg ${stamp}` });
    expect(aada.id && bea.id).toBeTruthy();
  });

  it("shows both as suggestions, with their reasons; the coordinator offers them the visit", async () => {
    await page.goto(`${stack.api}/coordinator?q=${encodeURIComponent(reference)}`);
    await page.locator("[data-testid=inbox-row] a", { hasText: reference }).click();
    await page.waitForSelector("[data-testid=detail-reference]");
    requestId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    if (await page.isVisible("#action-assess")) {
      await page.click("#action-assess");
      await expect.poll(() => page.textContent("[data-testid=detail-status]")).toMatch(/etsitään/i);
    }
    const aadaCard = page.locator("[data-testid=suggestion]", { hasText: aada.name });
    const beaCard = page.locator("[data-testid=suggestion]", { hasText: bea.name });
    await aadaCard.waitFor();
    await beaCard.waitFor();
    expect(await aadaCard.textContent()).toContain("Kokemusta tästä asiasta");
    expect(await aadaCard.textContent()).toContain("Kiinnostuksen kohteissa mainitaan");
    expect(await beaCard.textContent()).toContain("Ei käyntejä viimeisen 90 päivän aikana");
    expect(await page.textContent("[data-testid=match-summary]")).toMatch(
      /Vapaaehtoisia käytiin läpi: 2\./,
    );
    await expectAccessible(page, "suggestions");
    await inSwedishToo(page, "suggestions", "[data-testid=suggestion]");

    await aadaCard.locator("input[type=checkbox]").check();
    await beaCard.locator("input[type=checkbox]").check();
    // The deadline and first meeting are folded away: a plain offer needs neither.
    await page.click("#offer-more");
    await page.fill("#offer-expires", "24");
    await page.fill("#offer-meeting-date", meetingDate);
    await page.fill("#offer-meeting-time", "14:00");
    await page.fill("#offer-meeting-place", "Kahvila Kulma");
    await page.click("#offer-send");
    await page.waitForSelector("[data-testid=offers-message] >> text=Käynti tarjottiin");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("offers-title");
    await expect
      .poll(() => page.locator("[data-testid=offer-row][data-status=pending]").count())
      .toBe(2);
    expect(await page.textContent("[data-testid=detail-status]")).toMatch(/Tarjottu/);
    await expectAccessible(page, "offers");
  });

  it("opens both offers without changing anything", async () => {
    const isOffer = (m: Mail) => m.body.text.includes("/offer#");
    aadaLink = linkIn(await mailTo(aada.email, isOffer), "/offer");
    beaLink = linkIn(await mailTo(bea.email, isOffer), "/offer");

    for (const link of [aadaLink, beaLink]) {
      const context = await freshContext();
      const offer = await context.newPage();
      await offer.goto(link);
      await offer.waitForSelector("#offer-accept");
      expect(await offer.textContent("main")).toContain("Aino");
      expect(await offer.textContent("main")).not.toContain("Virtanen");
      expect(await offer.textContent("main")).toContain("henkilökohtainen avustaja");
      await context.close();
    }
    const matching = await (
      await api.call("GET", `/api/requests/${requestId}/matching`, { cookie })
    ).json();
    expect(matching.offers.map((o: { status: string }) => o.status)).toEqual([
      "pending",
      "pending",
    ]);
  });

  it("lets the first volunteer decline with a reason", async () => {
    const context = await freshContext();
    const offer = await context.newPage();
    await offer.goto(aadaLink);
    await offer.waitForSelector("#offer-accept");
    await expectAccessible(offer, "offer");
    await inSwedishToo(offer, "offer", "#offer-accept");

    await offer.click("#offer-decline");
    await offer.fill("#decline-reason", "Olen silloin matkoilla.");
    await expectAccessible(offer, "decline form");
    await offer.click("#decline-confirm");
    await offer.waitForSelector("[data-testid=link-result] >> text=Kiitos vastauksesta");
    expect(await focused(offer)).toBe("link-result");
    await expectAccessible(offer, "declined");
    await inSwedishToo(offer, "declined", "[data-testid=link-result]");
    await context.close();
  });

  it("gives the visit to the second, who then sees the client's details", async () => {
    const context = await freshContext();
    const offer = await context.newPage();
    await offer.goto(beaLink);
    await offer.waitForSelector("#offer-accept");
    await offer.click("#offer-accept");
    await offer.waitForSelector("[data-testid=link-result] >> text=käynti on sinun");
    expect(await focused(offer)).toBe("link-result");
    expect(await offer.textContent("[data-testid=details-client]")).toBe("Aino Virtanen");
    expect(await offer.textContent("[data-testid=visit-details]")).toContain("Kahvila Kulma");
    await expectAccessible(offer, "accepted");
    await inSwedishToo(offer, "accepted", "[data-testid=visit-details]");
    await context.close();
  });

  it("tells the requester a support person was found, and the volunteer with a calendar file", async () => {
    const found = await mailTo(requesterEmail, (m) => m.subject.includes("löytynyt"));
    expect(found.subject).toBe(`Tukihenkilö on löytynyt (${reference})`);
    expect(found.body.text).toContain("/cancel#");

    const confirmed = await mailTo(bea.email, (m) => m.subject.startsWith("Vahvistus"));
    const calendar = confirmed.attachments?.find((a) => a.filename.endsWith(".ics"));
    expect(calendar?.contentType).toMatch(/^text\/calendar/);

    // The one who declined gets no confirmation.
    const aadaMails = await mailsTo(aada.email, 2);
    expect(aadaMails.some((m) => m.subject.startsWith("Vahvistus"))).toBe(false);
  });

  it("shows the request as confirmed, with its volunteer, first meeting and answers", async () => {
    await page.goto(`${stack.api}/coordinator/requests/${requestId}`);
    await page.waitForSelector("[data-testid=detail-volunteer]");
    expect(await page.textContent("[data-testid=detail-status]")).toMatch(/vahvistettu/i);
    expect(await page.textContent("[data-testid=detail-volunteer]")).toBe(bea.name);
    expect(await page.textContent("[data-testid=detail-first-meeting]")).toContain("Kahvila Kulma");
    expect(await page.isVisible("[data-testid=matching]")).toBe(false);
    const declined = page.locator("[data-testid=offer-row][data-status=declined]");
    expect(await declined.textContent()).toContain("Olen silloin matkoilla.");
    expect(await page.locator("[data-testid=offer-row][data-status=accepted]").count()).toBe(1);
    expect(await page.textContent("[data-testid=timeline]")).toContain(`${aada.name}: Ei pääse`);
    await expectAccessible(page, "confirmed request");

    await page.goto(`${stack.api}/coordinator?view=confirmed`);
    await page.locator("[data-testid=inbox-row]", { hasText: reference }).waitFor();
  });

  it("lets the requester cancel through their link; the volunteer is told and the coordinator alerted", async () => {
    const found = await mailTo(requesterEmail, (m) => m.subject.includes("löytynyt"));
    const context = await freshContext();
    const cancel = await context.newPage();
    await cancel.goto(linkIn(found, "/cancel"));
    await cancel.waitForSelector("#cancel-confirm");
    expect(await cancel.textContent("[data-testid=cancel-reference]")).toBe(reference);
    await expectAccessible(cancel, "cancel");
    await inSwedishToo(cancel, "cancel", "#cancel-confirm");
    await cancel.fill("#cancel-reason", "Asia hoitui puhelimessa.");
    await cancel.click("#cancel-confirm");
    await cancel.waitForSelector("[data-testid=link-result] >> text=Käynti on peruttu");
    expect(await focused(cancel)).toBe("link-result");
    expect(await cancel.textContent("[data-testid=link-result]")).toContain("tukihenkilölle");
    await expectAccessible(cancel, "cancelled");
    await inSwedishToo(cancel, "cancelled", "[data-testid=link-result]");
    await context.close();

    await mailTo(bea.email, (m) => m.subject.includes("peruttu"));

    await page.goto(`${stack.api}/coordinator`);
    const alert = page.locator("[data-testid=alert]", { hasText: reference });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("perui");
    await expectAccessible(page, "inbox with an alert");
    await alert.locator("[data-testid=alert-resolve]").click();
    await page.waitForSelector("#alerts-message >> text=Merkitty hoidetuksi");
    expect(await page.locator("[data-testid=alert]", { hasText: reference }).count()).toBe(0);
    await coordinator.close();
  });
});
