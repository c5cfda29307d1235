import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "@rinnalla/core/db";
import { Privacy } from "@rinnalla/core/privacy";
import { Request } from "@rinnalla/core/request";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { post, validRequest } from "../support/harness.ts";

async function storedRequests(): Promise<number> {
  const { Count = 0 } = await db().send(
    new ScanCommand({
      TableName: tableName(),
      Select: "COUNT",
      FilterExpression: "#type = :request",
      ExpressionAttributeNames: { "#type": "type" },
      ExpressionAttributeValues: { ":request": "request" },
      ConsistentRead: true,
    }),
  );
  return Count;
}

const nasty = fc.oneof(
  fc.anything(),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "null",
    "<script>alert(1)</script>",
    "x".repeat(5000),
    "2026-02-30",
    "24:00",
    "-1",
    "1e308",
    // Client languages and near misses: a client language is a valid locale, a region tag is not.
    "uk",
    "fi-selko",
    "ar-SA",
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const fieldNames = Object.keys(validRequest()) as (keyof ReturnType<typeof validRequest>)[];

/** Mostly near-valid bodies with a few fields broken, plus some that are anything at all. */
const body = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .dictionary(fc.constantFrom(...fieldNames, "website", "requester", "extra"), nasty, {
        maxKeys: 4,
      })
      .map((broken) => ({ ...validRequest(), ...broken })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({ name: nasty, email: nasty, phone: nasty, languages: nasty }, { requiredKeys: [] })
      .map((client) => validRequest({ client })),
  },
  { weight: 1, arbitrary: fc.constant(null).map(() => validRequest()) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

describe("the submit endpoint under generated input", () => {
  it("never answers 5xx and stores a request exactly when the body is valid", async () => {
    let accepted = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        runs++;
        const before = await storedRequests();
        const response = await post(
          "/api/requests",
          typeof input === "string" ? input : JSON.stringify(input),
        );
        expect(response.status).toBeLessThan(500);
        const after = await storedRequests();
        const parsed = Request.SubmitInput.safeParse(input);
        // Valid: the schema's rules, and consent given under the notice the form shows now (a
        // bot's honeypot answer is "accepted" whatever it says).
        const valid =
          parsed.success &&
          (Boolean(parsed.data.website) || parsed.data.noticeVersion === Privacy.builtIn.version);
        if (response.status === 201) {
          const { reference } = await response.json();
          expect(valid).toBe(true);
          // A bot caught by the honeypot gets a reference like anyone; nothing is kept.
          expect(reference).toMatch(/^R-\d{4}-\d{4,}$/);
          if (parsed.data?.website) {
            expect(after).toBe(before);
          } else {
            accepted++;
            expect(after).toBe(before + 1);
            expect(await Request.findByReference(reference)).toMatchObject({ status: "received" });
          }
        } else {
          expect([400, 413]).toContain(response.status);
          expect(valid && response.status === 400).toBe(false);
          expect(after).toBe(before);
        }
      }),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
    // The generator must exercise both sides, or the property proves little.
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(480);
  }, 240_000);
});
