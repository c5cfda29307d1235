import * as Actor from "@rinnalla/core/actor";
import { Coordinator } from "@rinnalla/core/coordinator";
import { call, sessionCookie, signInToken, uniqueEmail } from "./harness.ts";
import { totpCode } from "./totp.ts";

/** Adds a coordinator the way `npm run admin:add` does (as the system, not a person). */
export async function addCoordinator(role: "coordinator" | "admin" = "coordinator") {
  const email = uniqueEmail(role);
  const coordinator = await Actor.provide({ type: "system", name: "test" }, () =>
    Coordinator.add({ email, name: `Test ${role}`, role }),
  );
  return { ...coordinator, email };
}

/** What the tests' "authenticator app" holds for each coordinator it enrolled. */
const apps = new Map<string, { secret: string; recoveryCodes: string[] }>();

export const appOf = (email: string) => apps.get(email);

/**
 * Signs in through the real flow and returns the session cookie: the emailed link, then the
 * authenticator app (required by default). The first sign-in enrols one; later ones use one of
 * its recovery codes, since a TOTP code works once per 30 seconds.
 */
export async function signIn(email: string): Promise<string> {
  const token = await signInToken(email);
  const verified = await call("POST", "/api/auth/verify", { body: { token } });
  if (verified.status !== 200)
    throw new Error(`verify: ${verified.status} ${await verified.text()}`);
  const waiting = sessionCookie(verified);
  const { secondFactor } = await verified.json();
  if (secondFactor === "done") return waiting;
  if (secondFactor === "enrol") return enrol(email, waiting);
  const code = apps.get(email)?.recoveryCodes.shift();
  if (!code) throw new Error(`no recovery code left for ${email}`);
  return completed(await call("POST", "/api/auth/totp", { cookie: waiting, body: { code } }));
}

/** Enrols the tests' app for a session waiting to enrol; returns the fully signed-in cookie. */
export async function enrol(email: string, cookie: string): Promise<string> {
  const started = await call("POST", "/api/auth/totp/enrolment", { cookie });
  if (started.status !== 200) throw new Error(`enrolment: ${started.status}`);
  const { secret } = await started.json();
  const confirmed = await call("POST", "/api/auth/totp/enrolment/confirm", {
    cookie,
    body: { code: totpCode(secret) },
  });
  const done = completed(confirmed);
  apps.set(email, { secret, recoveryCodes: (await confirmed.clone().json()).recoveryCodes });
  return done;
}

function completed(response: Response): string {
  if (response.status !== 200) throw new Error(`second factor: ${response.status}`);
  return sessionCookie(response);
}

/**
 * Core called directly as a signed-in coordinator would, for steps at a moved clock the API
 * can't take (its `now` is the test's clock).
 */
export const asCoordinator = <T>(work: () => Promise<T>) =>
  Actor.provide(
    {
      type: "coordinator",
      coordinatorId: "coo_test",
      email: "koordinaattori@example.fi",
      name: "Kaisa Koordinaattori",
      role: "coordinator",
      sessionId: "test",
      secondFactor: "done",
    },
    work,
  );
