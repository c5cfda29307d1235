import { vi } from "vitest";

/**
 * The suite must pass on any day. `TEST_NOW` (set per project in vitest.config.ts) moves this
 * test process's clock to a chosen instant, from which it keeps running at real speed: every
 * `new Date()` in the tests and in the app they call in process reads it. Only `Date` is
 * faked; timers stay real, so waits and timeouts behave as usual.
 */
const start = process.env.TEST_NOW;
if (start) {
  const now = new Date(start);
  if (Number.isNaN(now.getTime())) throw new Error(`TEST_NOW is not an instant: ${start}`);
  vi.useFakeTimers({ now, toFake: ["Date"], shouldAdvanceTime: true, advanceTimeDelta: 5 });
}

/** The instant the browser's clock should start from (`undefined`: the real clock). */
export const fakeNow = (): Date | undefined => (start ? new Date() : undefined);
