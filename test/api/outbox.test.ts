import { reloadConfig } from "@rinnalla/core/config";
import { Outbox } from "@rinnalla/core/mail";
import { describe, expect, it } from "vitest";
import { freePort } from "../../packages/local/src/ports.ts";
import { itemsOfType, post, uniqueEmail, validRequest, waitForMail } from "../support/harness.ts";

const minutesLater = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function outboxFor(address: string) {
  return (await itemsOfType("outbox")).filter((item) => item.to === address);
}

describe("the outbox", () => {
  it("keeps a mail SES refused, and the retry job delivers it exactly once", async () => {
    const sesEndpoint = process.env.SES_ENDPOINT;
    const email = uniqueEmail();
    // SES is unreachable while the request is submitted.
    process.env.SES_ENDPOINT = `http://127.0.0.1:${await freePort()}`;
    reloadConfig();
    const response = await post(
      "/api/requests",
      validRequest({ client: { name: "Aila", email, languages: ["fi"] } }),
    );
    expect(response.status).toBe(201);
    const [entry] = await outboxFor(email);
    expect(await Outbox.deliver({ pk: entry?.pk, sk: entry?.sk })).toBe("retry");
    const [failed] = await outboxFor(email);
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed?.lastError).toBeTruthy();

    // SES is back; the job runs twice at once, then again.
    process.env.SES_ENDPOINT = sesEndpoint;
    reloadConfig();
    const later = minutesLater(5);
    const [first, second] = await Promise.all([Outbox.retryDue(later), Outbox.retryDue(later)]);
    await Outbox.retryDue(minutesLater(60));
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBe(1);
    expect(await waitForMail(email, 2, 500)).toHaveLength(1);
    const [sent] = await outboxFor(email);
    expect(sent).toMatchObject({ status: "sent", attempts: 2 });
    // No longer due: only the retention policy's month of sending finds the record now.
    expect(String(sent?.gsi1pk)).toMatch(/^outbox#sent#\d{4}-\d{2}$/);
  });

  it("never lets two deliverers send the same mail", async () => {
    const email = uniqueEmail();
    await post(
      "/api/requests",
      validRequest({ client: { name: "Ville", email, languages: ["fi"] } }),
    );
    const [entry] = await outboxFor(email);
    const key = { pk: entry?.pk as string, sk: entry?.sk as string };
    const results = await Promise.all([
      Outbox.deliver(key),
      Outbox.deliver(key),
      Outbox.deliver(key),
    ]);
    expect(results.filter((r) => r === "sent")).toHaveLength(1);
    expect(results.filter((r) => r === "skipped")).toHaveLength(2);
    expect(await Outbox.deliver(key, minutesLater(60))).toBe("skipped");
    expect(await waitForMail(email, 2, 300)).toHaveLength(1);
  });

  it("gives up after the last attempt and marks the mail failed for a coordinator to see", async () => {
    const sesEndpoint = process.env.SES_ENDPOINT;
    const email = uniqueEmail();
    await post(
      "/api/requests",
      validRequest({ client: { name: "Kaisa", email, languages: ["fi"] } }),
    );
    process.env.SES_ENDPOINT = `http://127.0.0.1:${await freePort()}`;
    reloadConfig();
    try {
      let now = Date.now();
      for (let attempt = 1; attempt <= Outbox.MAX_ATTEMPTS; attempt++) {
        now += Outbox.backoffMs(attempt) + 1000;
        await Outbox.retryDue(new Date(now));
      }
    } finally {
      process.env.SES_ENDPOINT = sesEndpoint;
      reloadConfig();
    }
    const [entry] = await outboxFor(email);
    expect(entry).toMatchObject({
      status: "failed",
      attempts: Outbox.MAX_ATTEMPTS,
      gsi1pk: "outbox#failed",
    });
    expect(await Outbox.retryDue(minutesLater(60 * 24 * 30))).toMatchObject({ sent: 0 });
  });
});

describe("the stream mailer", () => {
  it("delivers new entries from stream records, and reports the ones it could not", async () => {
    const { handler } = await import("../../packages/functions/src/jobs/outbox-stream.ts");
    const email = uniqueEmail();
    await post(
      "/api/requests",
      validRequest({ client: { name: "Stream", email, languages: ["fi"] } }),
    );
    const [entry] = await outboxFor(email);
    const record = {
      eventID: "e1",
      dynamodb: {
        SequenceNumber: "4100000000001",
        Keys: { pk: { S: entry?.pk }, sk: { S: entry?.sk } },
      },
    };

    // The table cannot be reached: the record is handed back for Lambda to retry.
    const dynamodbEndpoint = process.env.DYNAMODB_ENDPOINT;
    process.env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${await freePort()}`;
    reloadConfig();
    try {
      expect(await handler({ Records: [record] })).toEqual({
        // Lambda retries a stream from the failed record's sequence number, not its event id.
        batchItemFailures: [{ itemIdentifier: "4100000000001" }],
      });
    } finally {
      process.env.DYNAMODB_ENDPOINT = dynamodbEndpoint;
      reloadConfig();
    }
    // The retry delivers it, once.
    expect(await handler({ Records: [record] })).toEqual({ batchItemFailures: [] });
    expect(await handler({ Records: [record] })).toEqual({ batchItemFailures: [] });
    expect(await waitForMail(email, 2, 500)).toHaveLength(1);
  });
});
