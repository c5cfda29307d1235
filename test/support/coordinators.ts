import * as Actor from "../../packages/core/src/actor/index.ts";
import { Coordinator } from "../../packages/core/src/coordinator/index.ts";
import { call, sessionCookie, signInToken, uniqueEmail } from "./harness.ts";

/** Adds a coordinator the way `npm run admin:add` does (as the system, not a person). */
export async function addCoordinator(role: "coordinator" | "admin" = "coordinator") {
  const email = uniqueEmail(role);
  const coordinator = await Actor.provide({ type: "public" }, () =>
    Coordinator.add({ email, name: `Test ${role}`, role }),
  );
  return { ...coordinator, email };
}

/** Signs in through the real link flow and returns the session cookie. */
export async function signIn(email: string): Promise<string> {
  const token = await signInToken(email);
  const verified = await call("POST", "/api/auth/verify", { body: { token } });
  if (verified.status !== 200)
    throw new Error(`verify: ${verified.status} ${await verified.text()}`);
  return sessionCookie(verified);
}
