import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";

const SITE = "http://localhost:5290";
const COORD = process.env.COORD ?? "smoke1@example.org";
const SES = "http://127.0.0.1:8205";
const stamp = Date.now();
const volunteerEmail = `vapaa.${stamp}@example.org`;
const results = [];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });

async function axe(page, label) {
  await page.waitForTimeout(150);
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const v = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  results.push([label, v.length]);
  console.log(`axe ${label}: ${v.length ? v.join(" | ") : "0"}`);
}
async function mail(to, match, count = 1) {
  for (let i = 0; i < 60; i++) {
    const { emails } = await (await fetch(`${SES}/store`)).json();
    const mine = emails.filter((m) => m.destination.to.includes(to) && match.test(m.body.text));
    if (mine.length >= count) return mine[mine.length - 1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to}`);
}
const step = (s) => console.log("--", s);

for (const lang of ["fi", "sv"]) {
  const ctx = await browser.newContext({ locale: lang === "fi" ? "fi-FI" : "sv-FI", timezoneId: "Europe/Helsinki" });
  const page = await ctx.newPage();
  page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
  await page.goto(`${SITE}/?lang=${lang}`);
  await page.waitForSelector("#volunteer-apply-link");
  await axe(page, `${lang} request form`);
  await page.click("#volunteer-apply-link");
  await page.waitForSelector("#apply-name");
  console.log("focused after nav:", await page.evaluate(() => document.activeElement?.tagName));
  await axe(page, `${lang} apply`);
  await page.click("button[type=submit]");
  await page.waitForSelector("#error-summary");
  console.log("focused after empty submit:", await page.evaluate(() => document.activeElement?.id), (await page.textContent("#error-summary")).slice(0, 200));
  await axe(page, `${lang} apply errors`);
  await page.fill("#apply-name", `Vilma ${stamp} ${lang}`);
  await page.fill("#apply-email", lang === "fi" ? volunteerEmail : `sv.${volunteerEmail}`);
  await page.fill("#apply-municipality", "Vantaa");
  await page.check("#apply-languages-fi");
  await page.check("#apply-languages-sv");
  await page.fill("#apply-motivation", "Haluan auttaa.");
  await page.selectOption("#apply-heardFrom", "friend");
  await page.check("#apply-consent");
  await page.click("button[type=submit]");
  await page.waitForSelector("[data-testid=apply-done]");
  console.log("focused after success:", await page.evaluate(() => document.activeElement?.tagName));
  await axe(page, `${lang} apply done`);
  await page.goto(`${SITE}/volunteer/sign-in?lang=${lang}`);
  await page.waitForSelector("#volunteer-email");
  await axe(page, `${lang} volunteer sign-in`);
  await ctx.close();
}

// Coordinator
step("coordinator");
const cctx = await browser.newContext({ locale: "fi-FI", timezoneId: "Europe/Helsinki" });
const cp = await cctx.newPage();
cp.on("pageerror", (e) => console.log("PAGEERROR", e.message));
await cp.goto(`${SITE}/sign-in?lang=fi`);
await cp.fill("#signin-email", COORD);
await cp.click("button[type=submit]");
await cp.waitForSelector("[data-testid=signin-sent]");
const cm = await mail(COORD, new RegExp(`/sign-in/verify#`));
await cp.goto(cm.body.text.match(/https?:\/\/\S+\/sign-in\/verify#\S+/)[0]);
await cp.click("#signin-continue");
await cp.waitForURL(/coordinator|enrol|code/);
console.log("after sign-in:", cp.url());
if (/enrol|code/.test(cp.url())) await cp.goto(`${SITE}/coordinator`);
await cp.waitForSelector("#nav-volunteers");
await cp.waitForTimeout(500);
console.log("nav:", await cp.textContent("#nav-volunteers"));
await cp.click("#nav-volunteers");
await cp.waitForSelector("[data-testid=bank-count]");
await cp.waitForFunction(() => document.querySelector("[data-testid=bank-count]")?.textContent);
console.log("bank count (active):", await cp.textContent("[data-testid=bank-count]"));
await axe(cp, "fi bank");
await cp.selectOption("#bank-status", "applicant");
await cp.click("#bank-apply");
await cp.waitForSelector("[data-testid=bank-table]");
console.log("bank count (applicant):", await cp.textContent("[data-testid=bank-count]"));
await axe(cp, "fi bank applicants");
await cp.locator("[data-testid=bank-row]", { hasText: `Vilma ${stamp} fi` }).locator("a").click();
await cp.waitForSelector("[data-testid=volunteer-status]");
console.log("status:", await cp.textContent("[data-testid=volunteer-status]"));
await axe(cp, "fi volunteer detail (applicant)");
await cp.click("#interview-save");
await cp.waitForSelector("#interview-errors");
await axe(cp, "fi interview errors");
await cp.fill("#interview-workHistory", "Opettaja");
await cp.check("#interview-decision-to_training");
await cp.click("#interview-save");
await cp.waitForTimeout(2000);
console.log("after interview save:", (await cp.textContent("article")).slice(0, 600));
await cp.waitForFunction(() => /Koulutuksessa/.test(document.querySelector("[data-testid=volunteer-status]")?.textContent ?? ""));
console.log("after interview:", await cp.textContent("[data-testid=volunteer-status]"));
await cp.click("#status-active");
await cp.click("#status-confirm");
await cp.waitForFunction(() => /Aktiivinen/.test(document.querySelector("[data-testid=volunteer-status]")?.textContent ?? ""));
console.log("history:", (await cp.textContent("[data-testid=volunteer-history]")).slice(0, 200));
await cp.click("#status-paused");
await axe(cp, "fi status pause panel");
await cp.click("#status-confirm");
await cp.waitForFunction(() => /Tauolla/.test(document.querySelector("[data-testid=volunteer-status]")?.textContent ?? ""));
await cp.click("#status-active");
await cp.click("#status-confirm");
await cp.waitForFunction(() => /Aktiivinen/.test(document.querySelector("[data-testid=volunteer-status]")?.textContent ?? ""));
await cp.fill("#volunteer-note-text", "Hyvä haastattelu.");
await cp.click("#volunteer-note-add");
await cp.waitForSelector("[data-testid=volunteer-notes]");
await cp.click("#profile-edit");
await cp.waitForSelector("#profile-form");
await cp.click("#profile-save");
await cp.waitForSelector("#profile-errors");
console.log("profile errors:", (await cp.textContent("#profile-errors")).slice(0, 300));
await axe(cp, "fi coordinator profile form errors");
await cp.check("#profile-language-fi");
await cp.click("#weekly-add");
await cp.selectOption("#weekly-0-day", "2");
await cp.fill("#weekly-0-from", "09:00");
await cp.fill("#weekly-0-to", "12:00");
await cp.click("#profile-save");
await cp.waitForSelector("[data-testid=profile-saved]");
await axe(cp, "fi volunteer detail (active, profile)");
await cp.click("#volunteer-send-link");
await cp.waitForSelector("#link-message .flash");
console.log("link:", await cp.textContent("#link-message"));

// Volunteer self-service via the link
step("self-service");
for (const lang of ["fi", "sv"]) {
  const vctx = await browser.newContext({ locale: lang === "fi" ? "fi-FI" : "sv-FI", timezoneId: "Europe/Helsinki" });
  const vp = await vctx.newPage();
  vp.on("pageerror", (e) => console.log("PAGEERROR", e.message));
  if (lang === "sv") {
    await vp.goto(`${SITE}/volunteer/sign-in?lang=sv`);
    await vp.fill("#volunteer-email", volunteerEmail);
    await vp.click("#volunteer-send");
    await vp.waitForSelector("[data-testid=volunteer-link-sent]");
  }
  const m = await mail(volunteerEmail, /\/volunteer\/sign-in#/, lang === "fi" ? 1 : 2);
  const link = m.body.text.match(/https?:\/\/\S+\/volunteer\/sign-in#\S+/)[0];
  await vp.goto(link.replace(/^https?:\/\/[^/]+/, SITE).replace("sign-in#", `sign-in?lang=${lang}#`));
  await vp.waitForSelector("#volunteer-continue");
  await axe(vp, `${lang} volunteer continue`);
  await vp.click("#volunteer-continue");
  await vp.waitForSelector("[data-testid=volunteer-status]");
  await axe(vp, `${lang} me`);
  await vp.click("#profile-edit");
  await vp.click("#away-add");
  await vp.fill("#away-0-from", "2030-01-10");
  await vp.fill("#away-0-to", "2030-01-05");
  await vp.fill("#profile-maxVisits", "3");
  await vp.fill("#profile-areas", "Vantaa, Helsinki");
  await vp.click("#profile-save");
  await vp.waitForSelector("#profile-errors");
  console.log("self profile errors:", await vp.textContent("#profile-errors"));
  await axe(vp, `${lang} me profile errors`);
  await vp.fill("#away-0-to", "2030-01-20");
  await vp.click("#profile-save");
  await vp.waitForSelector("[data-testid=profile-saved]");
  if (lang === "fi") {
    await vp.click("#pause-open");
    await vp.fill("#pause-until", "2030-02-01");
    await axe(vp, `${lang} pause panel`);
    await vp.click("#pause-confirm");
    await vp.waitForSelector("#resume");
    console.log("paused:", await vp.textContent("[data-testid=volunteer-status]"));
    await vp.click("#resume");
    await vp.waitForSelector("#pause-open");
  }
  await axe(vp, `${lang} me after save`);
  await vp.click("#volunteer-sign-out");
  await vp.waitForSelector("#volunteer-email");
  await vctx.close();
}

// Bank free-on filter
await cp.goto(`${SITE}/coordinator/volunteers?freeOn=2030-01-08`);
await cp.waitForFunction(() => document.querySelector("[data-testid=bank-count]")?.textContent);
console.log("free on Tue 2030-01-08 (away):", await cp.textContent("[data-testid=bank-count]"));
await cp.goto(`${SITE}/coordinator/volunteers?freeOn=2030-01-22`);
await cp.waitForFunction(() => document.querySelector("[data-testid=bank-count]")?.textContent);
console.log("free on Tue 2030-01-22:", await cp.textContent("[data-testid=bank-count]"));
await axe(cp, "fi bank freeOn");
await cctx.close();
await browser.close();
console.log(JSON.stringify(results));
