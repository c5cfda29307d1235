import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session, SignIn } from "../../packages/core/src/auth/index.ts";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import { call, signInToken, uniqueEmail, useUpRateLimit, waitForMail } from "../support/harness.ts";

let stopDelivery: () => Promise<void>;
beforeAll(() => {
  stopDelivery = deliverInBackground(() => {});
});
afterAll(() => stopDelivery());

const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const cookieValue = (cookie: string) => decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));

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

  it("signs in once with a fresh link and sets a locked-down session cookie", async () => {
    const { email } = await addCoordinator();
    const token = await signInToken(email);
    const first = await call("POST", "/api/auth/verify", { body: { token } });
    expect(first.status).toBe(200);
    const setCookie = first.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    const me = await call("GET", "/api/auth/me", { cookie: setCookie.split(";")[0] });
    expect(await me.json()).toMatchObject({ email, role: "coordinator", secondFactor: "done" });

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
    await expect(SignIn.verify({ token }, minutes(16))).rejects.toMatchObject({
      code: "link_invalid",
    });
  });

  it("limits link requests per email with a 429", async () => {
    const { email } = await addCoordinator();
    // A fixed clock: the limit counts per hour, and the hour must not turn over mid-test.
    const context = { clientAddress: "192.0.2.50", now: new Date("2026-12-01T10:30:00Z") };
    for (let i = 0; i < 5; i++) await SignIn.requestLink({ email }, context);
    await expect(SignIn.requestLink({ email }, context)).rejects.toMatchObject({ status: 429 });

    const other = await addCoordinator();
    await useUpRateLimit("signin-email", other.email, 5, 3600);
    const limited = await call("POST", "/api/auth/link", { body: { email: other.email } });
    expect(limited.status).toBe(429);
  });
});

describe("sessions", () => {
  it("expire after an hour idle and after twelve hours in all", async () => {
    const { email } = await addCoordinator();
    const cookie = cookieValue(await signIn(email));
    expect(await Session.resolve(cookie, minutes(50))).toBeDefined();
    expect(await Session.resolve(cookie, minutes(105))).toBeDefined();
    expect(await Session.resolve(cookie, minutes(170))).toBeUndefined();
    // Gone for good once found expired.
    expect(await Session.resolve(cookie, minutes(1))).toBeUndefined();

    const busy = cookieValue(await signIn(email));
    for (let hour = 1; hour <= 11; hour++) {
      expect(await Session.resolve(busy, minutes(hour * 55))).toBeDefined();
    }
    expect(await Session.resolve(busy, minutes(12 * 60 + 1))).toBeUndefined();
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
    await call("POST", "/api/auth/link", { body: { email: worker.email } });
    expect(await waitForMail(worker.email, 2, 300)).toHaveLength(1);
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

describe("a second factor with an authenticator app", () => {
  it("is enforced once an admin requires it: enrol, then a code at every sign-in", async () => {
    const admin = await addCoordinator("admin");
    const adminCookie = await signIn(admin.email);
    const required = await call("PUT", "/api/admin/settings/security", {
      cookie: adminCookie,
      body: { requireTotp: true },
    });
    expect(required.status).toBe(200);

    try {
      const { email } = await addCoordinator();
      const verified = await call("POST", "/api/auth/verify", {
        body: { token: await signInToken(email) },
      });
      expect(await verified.json()).toEqual({ secondFactor: "enrol" });
      const cookie = (verified.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const blocked = await call("GET", "/api/inbox", { cookie });
      expect(blocked.status).toBe(403);
      expect((await blocked.json()).error.code).toBe("second_factor");

      const enrolment = await (await call("POST", "/api/auth/totp/enrolment", { cookie })).json();
      expect(enrolment.qrSvg).toMatch(/^<svg/);
      expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Rinnalla:/);
      const app = new TOTP({ secret: Secret.fromBase32(enrolment.secret) });
      const wrong = await call("POST", "/api/auth/totp/enrolment/confirm", {
        cookie,
        body: { code: "000000" === app.generate() ? "111111" : "000000" },
      });
      expect(wrong.status).toBe(400);
      const confirmed = await call("POST", "/api/auth/totp/enrolment/confirm", {
        cookie,
        body: { code: app.generate() },
      });
      const { recoveryCodes } = await confirmed.json();
      expect(recoveryCodes).toHaveLength(10);
      expect((await call("GET", "/api/inbox", { cookie })).status).toBe(200);

      // The next sign-in asks for a code; the code just used does not work twice.
      const next = await call("POST", "/api/auth/verify", {
        body: { token: await signInToken(email) },
      });
      expect(await next.json()).toEqual({ secondFactor: "pending" });
      const second = (next.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const replay = await call("POST", "/api/auth/totp", {
        cookie: second,
        body: { code: app.generate() },
      });
      expect(replay.status).toBe(400);
      const recovery = await call("POST", "/api/auth/totp", {
        cookie: second,
        body: { code: recoveryCodes[0] },
      });
      expect(recovery.status).toBe(200);
      expect((await call("GET", "/api/inbox", { cookie: second })).status).toBe(200);

      // A recovery code works once.
      const third = await call("POST", "/api/auth/verify", {
        body: { token: await signInToken(email) },
      });
      const thirdCookie = (third.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const reused = await call("POST", "/api/auth/totp", {
        cookie: thirdCookie,
        body: { code: recoveryCodes[0] },
      });
      expect(reused.status).toBe(400);
    } finally {
      await call("PUT", "/api/admin/settings/security", {
        cookie: adminCookie,
        body: { requireTotp: false },
      });
    }
  });
});
