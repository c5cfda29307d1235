import { vi } from "vitest";

/**
 * Work done with the process's clock at `day`, then the clock put back where it would be: the
 * test clock this project runs on (test/support/clock.ts) goes on running, or the real one.
 * For operations that read the calendar themselves (the form's "not in the past" check, a
 * delivery's time of sending).
 */
export async function onDay<T>(day: Date, work: () => Promise<T>): Promise<T> {
  const faked = vi.isFakeTimers();
  const [was, started] = [Date.now(), performance.now()];
  vi.useFakeTimers({ toFake: ["Date"], now: day, shouldAdvanceTime: true });
  try {
    return await work();
  } finally {
    const now = was + (performance.now() - started);
    if (faked) vi.useFakeTimers({ toFake: ["Date"], now, shouldAdvanceTime: true });
    else vi.useRealTimers();
  }
}
