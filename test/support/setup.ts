import { afterAll, beforeAll } from "vitest";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { addCoordinator, signIn } from "./coordinators.ts";

/**
 * The usual start of an integration test file: emails delivered in the background right after
 * each commit (as the local stack does), and, when asked, a signed-in coordinator for the file.
 * Returns a way to stop delivery early (a test of what waits in the outbox).
 */
export function deliveringMail(): () => Promise<void> {
  let stop: (() => Promise<void>) | undefined;
  beforeAll(() => {
    stop = deliverInBackground(() => {});
  });
  afterAll(() => stop?.());
  return async () => {
    await stop?.();
    stop = undefined;
  };
}

/** A coordinator signed in once for the whole file; call the result for the session cookie. */
export function coordinatorSession(role: "coordinator" | "admin" = "coordinator") {
  let cookie = "";
  beforeAll(async () => {
    cookie = await signIn((await addCoordinator(role)).email);
  });
  return () => cookie;
}
