import { Privacy } from "@rinnalla/core/privacy";
import { ApplicationInput } from "@rinnalla/core/volunteer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { call, itemsOfType, uniqueEmail } from "../support/harness.ts";
import { validApplication } from "../support/volunteers.ts";

const nasty = fc.oneof(
  fc.anything(),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", " ", "x".repeat(3000), "not-an-email", "<b>hi</b>", "fi", "xx"),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom("fi", "sv", "so", "zz", 3)),
);
const fields = Object.keys(validApplication());

const body = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .dictionary(fc.constantFrom(...fields, "website", "extra"), nasty, { maxKeys: 3 })
      .map((broken) => ({ ...validApplication(), ...broken })),
  },
  { weight: 2, arbitrary: fc.constant(null).map(() => validApplication()) },
  { weight: 1, arbitrary: fc.anything() },
);

describe("the volunteer application under generated input", () => {
  it("never answers 5xx and stores an applicant exactly when the body is valid", async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        const before = (await itemsOfType("volunteer")).length;
        // Each from its own address: the per-address limit is tested elsewhere.
        const response = await call("POST", "/api/volunteers/apply", {
          body: input,
          headers: { "x-test-address": uniqueEmail("address") },
        });
        expect(response.status).toBeLessThan(500);
        const after = (await itemsOfType("volunteer")).length;
        const parsed = ApplicationInput.safeParse(input);
        // Valid: the schema's rules, and consent under the notice shown now (a bot's honeypot
        // answer is "accepted" whatever it says).
        const valid =
          parsed.success &&
          (Boolean(parsed.data.website) || parsed.data.noticeVersion === Privacy.builtIn.version);
        if (response.status === 201) {
          expect(valid).toBe(true);
          const expected = parsed.data?.website ? before : before + 1;
          expect(after).toBe(expected);
          stored += after - before;
        } else {
          expect(response.status).toBe(400);
          expect(valid).toBe(false);
          expect(after).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
    expect(stored).toBeGreaterThan(20);
  }, 240_000);
});
