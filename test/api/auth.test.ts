import * as Actor from "@rinnalla/core/actor";
import { Session, SignIn, Totp } from "@rinnalla/core/auth";
import { Coordinator } from "@rinnalla/core/coordinator";
import { Outbox } from "@rinnalla/core/mail";
import { describe, expect, it } from "vitest";
import { addCoordinator, appOf, enrol, signIn } from "../support/coordinators.ts";
import {
  allItems,
  app,
  call,
  itemsOfType,
  mailsTo,
  type StoredMail,
  sessionCookie,
  signInToken,
  uniqueEmail,
  waitForMail,
  waitForMatching,
} from "../support/harness.ts";
import { deliveringMail } from "../support/setup.ts";
import { totpCode } from "../support/totp.ts";
import { applyAs, volunteerSignIn } from "../support/volunteers.ts";

deliveringMail();

const cookieValue = (cookie: string) => decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
const later = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);

/**
 * The clock-controlled way in: every step at a chosen instant, so rate-limit windows and TOTP
 * steps never turn over mid-test. Mails written at that instant are delivered by the retry job
 * run at it.
 */
async function signInAt(email: string, now: Date, clientAddress = uniqueEmail("address")) {
  const withLink = (mail: StoredMail) => mail.body.text.includes("/sign-in/verify#");
  const before = (await mailsTo(email)).filter(withLink).length;
  await SignIn.requestLink({ email, locale: "fi" }, { clientAddress, now });
  await Outbox.retryDue(now);
  const mail = (await waitForMatching(email, withLink, before + 1)).at(-1);
  const token = mail?.body.text.match(/\/sign-in\/verify#(\S+)/)?.[1];
  if (!token) throw new Error(`no sign-in link for ${email}`);
  return SignIn.verify({ token }, now);
}

/** Runs core calls as the session behind `cookie`, at `now`. */
async function asSession<T>(cookie: string, now: Date, work: () => Promise<T>): Promise<T> {
  const resolved = await Session.resolve(cookie, now);
  if (resolved?.kind !== "coordinator") throw new Error("no coordinator session");
  const { session, coordinator } = resolved;
  return Actor.provide(Session.coordinatorActor(coordinator, session), work);
}

/** A coordinator with an app, enrolled at `now`; returns the app's secret and recovery codes. */
async function enrolledAt(now: Date) {
  const coordinator = await addCoordinator();
  const { cookie } = await signInAt(coordinator.email, now);
  const { secret } = await asSession(cookie, now, () => Totp.beginEnrolment());
  const { recoveryCodes } = await asSession(cookie, now, () =>
    Totp.confirmEnrolment({ code: totpCode(secret, now.getTime()) }, now),
  );
  return { ...coordinator, secret, recoveryCodes };
}

// Ten minutes into a quarter hour, so the 15-minute windows of the code limit stay put; and
// later than any real clock, so only `Outbox.retryDue(at)` delivers what is written then.
const T0 = new Date("2099-06-10T09:10:00.000Z");

describe("sign-in links", () => {
  it("answers the same for known and unknown addresses, and mails only the known one", async () => {
    const { email } = await addCoordinator();
    const stranger = uniqueEmail("stranger");
    const known = await call("POST", "/api/auth/link", { body: { email, locale: "sv" } });
    const unknown = await call("POST", "/api/auth/link", {
      body: { email: stranger, locale: "sv" },
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const [mail] = await waitForMail(email);
    expect(mail?.subject).toBe("Inloggningslänk till Rinnalla");
    expect(await waitForMail(stranger, 1, 300)).toHaveLength(0);
  });

  it("signs in once with a fresh link, into a session that must enrol an app first", async () => {
    const { email } = await addCoordinator();
    const token = await signInToken(email);
    const first = await call("POST", "/api/auth/verify", { body: { token } });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ secondFactor: "enrol" });
    const setCookie = first.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const me = await call("GET", "/api/auth/me", { cookie: sessionCookie(first) });
    expect(await me.json()).toMatchObject({ email, secondFactor: "enrol", totpEnrolled: false });

    const again = await call("POST", "/api/auth/verify", { body: { token } });
    expect(again.status).toBe(400);
    expect((await again.json()).error.code).toBe("link_invalid");
  });

  it("refuses an expired link and a tampered one", async () => {
    const { email } = await addCoordinator();
    const token = await signInToken(email);
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    const response = await call("POST", "/api/auth/verify", { body: { token: tampered } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("link_invalid");
    await expect(SignIn.verify({ token }, later(new Date(), 16))).rejects.toMatchObject({
      code: "link_invalid",
    });
  });

  it("does not use up a volunteer's link presented to the coordinators' page", async () => {
    const coordinator = await signIn((await addCoordinator()).email);
    const { email } = await applyAs(coordinator);
    const selfLink = /\/volunteer\/sign-in#(\S+)/;
    const withLink = (mail: StoredMail) => selfLink.test(mail.body.text);
    await call("POST", "/api/volunteer-auth/link", {
      body: { email, locale: "fi" },
      headers: { "x-test-address": uniqueEmail("address") },
    });
    const mail = (await waitForMatching(email, withLink)).at(-1);
    const token = mail?.body.text.match(selfLink)?.[1] ?? "";
    const wrongPage = await call("POST", "/api/auth/verify", { body: { token } });
    expect(wrongPage.status).toBe(400);
    const ownPage = await call("POST", "/api/volunteer-auth/verify", { body: { token } });
    expect(ownPage.status).toBe(200);
  });

  it("limits link requests per sender, so nobody can lock a coordinator out", async () => {
    const { email } = await addCoordinator();
    const attacker = { clientAddress: "192.0.2.50", now: T0 };
    for (let i = 0; i < 5; i++) await SignIn.requestLink({ email }, attacker);
    await expect(SignIn.requestLink({ email }, attacker)).rejects.toMatchObject({ status: 429 });
    // The coordinator, from their own address, still gets their link: the sixth mail.
    await SignIn.requestLink({ email }, { clientAddress: "198.51.100.7", now: T0 });
    await Outbox.retryDue(T0);
    expect(await waitForMail(email, 6)).toHaveLength(6);
  });
});

describe("sessions", () => {
  it("end after 30 idle minutes and after twelve hours in all", async () => {
    const { email } = await addCoordinator();
    const now = new Date();
    const cookie = cookieValue(await signIn(email));
    expect(await Session.resolve(cookie, later(now, 25))).toBeDefined();
    expect(await Session.resolve(cookie, later(now, 50))).toBeDefined();
    expect(await Session.resolve(cookie, later(now, 85))).toBeUndefined();
    // Gone for good once found expired.
    expect(await Session.resolve(cookie, later(now, 1))).toBeUndefined();

    const busy = cookieValue(await signIn(email));
    for (let step = 1; step < 12 * 3; step++) {
      expect(await Session.resolve(busy, later(now, step * 20))).toBeDefined();
    }
    expect(await Session.resolve(busy, later(now, 12 * 60 + 1))).toBeUndefined();
  });

  it("waiting for the second factor lasts 15 minutes at most", async () => {
    const { email } = await addCoordinator();
    const { cookie } = await signInAt(email, T0);
    expect(await Session.resolve(cookie, later(T0, 14))).toBeDefined();
    expect(await Session.resolve(cookie, later(T0, 16))).toBeUndefined();
  });

  it("end on sign-out, and everywhere at once on sign-out-everywhere", async () => {
    const { email } = await addCoordinator();
    const laptop = await signIn(email);
    const phone = await signIn(email);
    const tablet = await signIn(email);
    expect((await call("POST", "/api/auth/sign-out", { cookie: laptop })).status).toBe(200);
    expect((await call("GET", "/api/inbox", { cookie: laptop })).status).toBe(401);
    expect((await call("GET", "/api/inbox", { cookie: phone })).status).toBe(200);
    const everywhere = await call("POST", "/api/auth/sign-out-everywhere", { cookie: phone });
    expect(await everywhere.json()).toMatchObject({ sessions: 2 });
    expect((await call("GET", "/api/inbox", { cookie: phone })).status).toBe(401);
    expect((await call("GET", "/api/inbox", { cookie: tablet })).status).toBe(401);
    const subject = `coordinator#${(await Coordinator.byEmail(email))?.id}`;
    const audited = (await itemsOfType("audit")).filter((a) => a.subject === subject);
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(["auth.sign_out", "auth.sign_out_everywhere"]),
    );
  });

  it("stop working the moment an admin deactivates the coordinator", async () => {
    const admin = await addCoordinator("admin");
    const worker = await addCoordinator();
    const adminCookie = await signIn(admin.email);
    const workerCookie = await signIn(worker.email);
    expect((await call("GET", "/api/inbox", { cookie: workerCookie })).status).toBe(200);
    const deactivated = await call("POST", `/api/admin/coordinators/${worker.id}/deactivate`, {
      cookie: adminCookie,
    });
    expect(deactivated.status).toBe(200);
    expect((await call("GET", "/api/inbox", { cookie: workerCookie })).status).toBe(401);
    // And no new link is sent to them.
    const mails = (await mailsTo(worker.email)).length;
    await call("POST", "/api/auth/link", { body: { email: worker.email } });
    expect(await waitForMail(worker.email, mails + 1, 300)).toHaveLength(mails);
  });

  it("refuse state changes from another origin, and from no origin at all", async () => {
    const { email } = await addCoordinator();
    const cookie = await signIn(email);
    const evil = await call("POST", "/api/auth/sign-out", {
      cookie,
      headers: { origin: "https://evil.example" },
    });
    expect(evil.status).toBe(403);
    expect((await evil.json()).error.code).toBe("cross_origin");
    const noOrigin = await call("POST", "/api/auth/sign-out", { cookie, headers: { origin: "" } });
    expect(noOrigin.status).toBe(403);
    // The session survived both attempts.
    expect((await call("GET", "/api/inbox", { cookie })).status).toBe(200);
  });
});

/** Every route, with the path made concrete. */
const everyRoute = () => [
  ...new Map(
    app.routes.filter((r) => r.method !== "ALL").map((r) => [`${r.method} ${r.path}`, r]),
  ).values(),
];
const SIGNING_IN_ROUTES = [
  "GET /api/auth/me",
  "POST /api/auth/totp",
  "POST /api/auth/totp/enrolment",
  "POST /api/auth/totp/enrolment/confirm",
  "POST /api/auth/sign-out",
];
const PUBLIC_PREFIXES = [
  "/api/links",
  "/api/requests",
  "/api/volunteers/apply",
  "/api/volunteer-auth",
  "/api/auth/link",
  "/api/auth/verify",
  "/api/organisation",
  "/api/certificates/verify",
  "/api/privacy",
  "/api/accessibility-feedback",
];

describe("a session waiting for its second factor", () => {
  it("reaches the code and enrolment steps and nothing else", async () => {
    for (const state of ["enrol", "pending"] as const) {
      const coordinator = await addCoordinator();
      if (state === "pending")
        await enrol(coordinator.email, await waitingCookie(coordinator.email));
      const cookie = await waitingCookie(coordinator.email);
      const me = await (await call("GET", "/api/auth/me", { cookie })).json();
      expect(me.secondFactor).toBe(state);
      const reached: string[] = [];
      for (const route of everyRoute()) {
        const id = `${route.method} ${route.path}`;
        if (SIGNING_IN_ROUTES.includes(id) || (route.method === "POST" && id.endsWith("/sign-out")))
          continue;
        if (PUBLIC_PREFIXES.some((p) => route.path.startsWith(p))) continue;
        const response = await call(route.method, route.path.replace(/:(\w+)/g, "x"), {
          cookie,
          body: route.method === "GET" ? undefined : {},
        });
        if (response.status !== 403 && response.status !== 401)
          reached.push(`${id} → ${response.status}`);
      }
      expect(reached, state).toEqual([]);
      // Sign-out-everywhere is not for a half-signed-in session either.
      const everywhere = await call("POST", "/api/auth/sign-out-everywhere", { cookie });
      expect(everywhere.status).toBe(403);
    }
  });

  it("cannot enrol a new app when the coordinator already has one (the bypass)", async () => {
    const coordinator = await addCoordinator();
    await enrol(coordinator.email, await waitingCookie(coordinator.email));
    const cookie = await waitingCookie(coordinator.email);
    const started = await call("POST", "/api/auth/totp/enrolment", { cookie });
    expect(started.status).toBe(403);
    const confirmed = await call("POST", "/api/auth/totp/enrolment/confirm", {
      cookie,
      body: { code: "123456" },
    });
    expect(confirmed.status).toBe(403);
    expect((await call("GET", "/api/inbox", { cookie })).status).toBe(403);
    expect((await (await call("GET", "/api/auth/me", { cookie })).json()).secondFactor).toBe(
      "pending",
    );
  });

  it("gets a new session id once the code is right; the waiting one opens nothing", async () => {
    const { email, secret } = await enrolledAt(T0);
    const at = later(T0, 2);
    const { cookie: waiting, secondFactor } = await signInAt(email, at);
    expect(secondFactor).toBe("pending");
    const { cookie: signedIn } = await asSession(waiting, at, () =>
      Totp.verify({ code: totpCode(secret, at.getTime()) }, at),
    );
    expect(signedIn).not.toBe(waiting);
    expect(await Session.resolve(waiting, at)).toBeUndefined();
    expect((await Session.resolve(signedIn, at))?.session.secondFactor).toBe("done");
  });

  it("counts wrong codes per coordinator, whatever the sign-in link", async () => {
    const { email, secret, id } = await enrolledAt(T0);
    const at = later(T0, 1);
    const right = totpCode(secret, at.getTime());
    const wrong = right === "000000" ? "111111" : "000000";
    let tries = 0;
    // Five wrong codes spread over three sign-ins …
    for (const perSession of [2, 2, 1]) {
      const { cookie } = await signInAt(email, at);
      for (let i = 0; i < perSession; i++) {
        tries++;
        await expect(
          asSession(cookie, at, () => Totp.verify({ code: wrong }, at)),
        ).rejects.toMatchObject({ status: 400 });
      }
    }
    expect(tries).toBe(5);
    // … and a fresh link buys no new guesses: even the right code waits for the window.
    const { cookie } = await signInAt(email, at);
    await expect(
      asSession(cookie, at, () => Totp.verify({ code: right }, at)),
    ).rejects.toMatchObject({
      status: 429,
    });
    const failures = (await itemsOfType("audit")).filter(
      (a) => a.subject === `coordinator#${id}` && a.action === "auth.totp_failed",
    );
    expect(failures.length).toBeGreaterThanOrEqual(6);
    // Fifteen minutes on, the right code works.
    const next = later(T0, 16);
    const { cookie: again } = await signInAt(email, next);
    await expect(
      asSession(again, next, () => Totp.verify({ code: totpCode(secret, next.getTime()) }, next)),
    ).resolves.toHaveProperty("cookie");
  });
});

describe("changes to how a coordinator signs in", () => {
  it("keeps the app's secret sealed in the table", async () => {
    const { id, secret } = await enrolledAt(T0);
    const item = (await allItems()).find(
      (i) => i.pk === `coordinator#${id}` && i.sk === "coordinator",
    );
    expect(String(item?.totpSecret)).toMatch(/^aes:/);
    expect(JSON.stringify(item)).not.toContain(secret);
  });

  it("emails the coordinator when an app is added, a recovery code is used, or an admin removes the app", async () => {
    const { email, id, recoveryCodes } = await enrolledAt(T0);
    const notices = async () =>
      (await mailsTo(email)).filter((m) => m.subject === "Kirjautumisasetuksesi muuttuivat");
    await Outbox.retryDue(T0);
    expect(await notices()).toHaveLength(1);

    const at = later(T0, 3);
    const { cookie } = await signInAt(email, at);
    await asSession(cookie, at, () => Totp.verify({ code: recoveryCodes[0] as string }, at));
    await Outbox.retryDue(at);
    const [, recovery] = await waitFor(notices, 2);
    expect(recovery?.body.text).toContain("Varakoodeja on jäljellä 9");

    const admin = await addCoordinator("admin");
    const adminCookie = await signIn(admin.email);
    const removed = await call("POST", `/api/admin/coordinators/${id}/remove-authenticator`, {
      cookie: adminCookie,
    });
    expect(await removed.json()).toEqual({ removed: true });
    const [, , removal] = await waitFor(notices, 3);
    expect(removal?.body.text).toContain("Test admin");
    // Their sessions ended; the next sign-in enrols a new app.
    expect(
      await Session.resolve((await signInAt(email, later(T0, 5))).cookie, later(T0, 5)),
    ).toMatchObject({
      session: { secondFactor: "enrol" },
    });
  });

  it("replaces an app only with a code from the old one", async () => {
    const { email, secret, recoveryCodes } = await enrolledAt(T0);
    const at = later(T0, 4);
    const { cookie: waiting } = await signInAt(email, at);
    const { cookie } = await asSession(waiting, at, () =>
      Totp.verify({ code: totpCode(secret, at.getTime()) }, at),
    );
    const { secret: next } = await asSession(cookie, at, () => Totp.beginEnrolment());
    const newCode = totpCode(next, at.getTime());
    await expect(
      asSession(cookie, at, () => Totp.confirmEnrolment({ code: newCode }, at)),
    ).rejects.toMatchObject({ status: 400, fields: { currentCode: "error.totpCurrentCode" } });
    await expect(
      asSession(cookie, at, () =>
        Totp.confirmEnrolment({ code: newCode, currentCode: "abcde-fghjk" }, at),
      ),
    ).rejects.toMatchObject({ status: 400, fields: { currentCode: "error.totpInvalid" } });
    const replaced = await asSession(cookie, at, () =>
      Totp.confirmEnrolment({ code: newCode, currentCode: recoveryCodes[1] }, at),
    );
    expect(replaced.recoveryCodes).toHaveLength(10);
    // The old app's codes are gone with it.
    const later5 = later(T0, 6);
    const { cookie: again } = await signInAt(email, later5);
    await expect(
      asSession(again, later5, () =>
        Totp.verify({ code: totpCode(secret, later5.getTime()) }, later5),
      ),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("is required by default; turning it on ends the sessions of those without an app", async () => {
    const admin = await addCoordinator("admin");
    const adminCookie = await signIn(admin.email);
    const off = await call("PUT", "/api/admin/settings/security", {
      cookie: adminCookie,
      body: { requireTotp: false },
    });
    expect(off.status).toBe(200);
    const casual = await addCoordinator();
    const casualCookie = await signIn(casual.email);
    expect(appOf(casual.email)).toBeUndefined();
    expect((await call("GET", "/api/inbox", { cookie: casualCookie })).status).toBe(200);

    // An admin without an app of their own cannot turn it on.
    const lax = await addCoordinator("admin");
    const laxCookie = await signIn(lax.email);
    const refused = await call("PUT", "/api/admin/settings/security", {
      cookie: laxCookie,
      body: { requireTotp: true },
    });
    expect(refused.status).toBe(409);

    const on = await call("PUT", "/api/admin/settings/security", {
      cookie: adminCookie,
      body: { requireTotp: true },
    });
    expect(await on.json()).toMatchObject({ requireTotp: true });
    expect((await call("GET", "/api/inbox", { cookie: casualCookie })).status).toBe(401);
    expect((await call("GET", "/api/inbox", { cookie: adminCookie })).status).toBe(200);
  });
});

/** A session fresh from the emailed link, still waiting for its second factor. */
async function waitingCookie(email: string): Promise<string> {
  const verified = await call("POST", "/api/auth/verify", {
    body: { token: await signInToken(email) },
  });
  return sessionCookie(verified);
}

async function waitFor<T>(read: () => Promise<T[]>, count: number): Promise<T[]> {
  for (let i = 0; i < 100; i++) {
    const found = await read();
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
}

// A volunteer signed in to their own pages stays out of the coordinators' auth routes.
it("keeps a volunteer's session out of the coordinators' second-factor routes", async () => {
  const coordinator = await signIn((await addCoordinator()).email);
  const { email } = await applyAs(coordinator);
  const volunteer = await volunteerSignIn(email);
  for (const path of ["/api/auth/totp", "/api/auth/totp/enrolment"]) {
    expect((await call("POST", path, { cookie: volunteer, body: {} })).status).toBe(403);
  }
});
