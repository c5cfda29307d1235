import * as Actor from "@rinnalla/core/actor";
import { SignIn } from "@rinnalla/core/auth";
import { Coordinator } from "@rinnalla/core/coordinator";
import { info, median, note, percentile } from "./report.ts";
import { benchStack } from "./stack.ts";

const ROUNDS = 40;

/**
 * How long asking for a sign-in link takes for an address that belongs to a coordinator and
 * for one that does not: the answer must not tell them apart (issue 10). Requests alternate,
 * each from its own sender address so no rate limit interferes; they go to the API's own
 * operation in process (the local server would see every one from 127.0.0.1).
 */
export async function signInTiming() {
  const { stop } = await benchStack("bench-signin");
  try {
    const email = "bench-signin@example.org";
    await Actor.provide({ type: "system", name: "bench" }, () =>
      Coordinator.add({ email, name: "Bench Coordinator" }),
    );
    const times = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < ROUNDS * 2; i++) {
      const kind = i % 2 ? "unknown" : "known";
      const began = performance.now();
      await SignIn.requestLink(
        { email: kind === "known" ? email : `nobody${i}@example.org` },
        { clientAddress: `198.51.100.${i}` },
      );
      // The first pair warms the stack up.
      if (i >= 2) times[kind].push(performance.now() - began);
    }
    for (const kind of ["known", "unknown"] as const) {
      info(
        `${kind} address`,
        `median ${median(times[kind]).toFixed(1)} ms, p90 ${percentile(times[kind], 90).toFixed(1)} ms (${times[kind].length} requests)`,
      );
    }
    info(
      "difference of medians",
      `${(median(times.known) - median(times.unknown)).toFixed(1)} ms (was ≈ +12 ms before the answer had a floor)`,
    );
    note("both answer no sooner than LINK_REQUEST_FLOOR_MS (250 ms); the work behind it differs");
  } finally {
    await stop();
  }
}
