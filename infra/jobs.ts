import { TableShape } from "@rinnalla/core/db";
import { schedules, toEventBridgeCron } from "@rinnalla/core/schedule";
import { Duration } from "aws-cdk-lib";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { NagSuppressions } from "cdk-nag";
import { Cron, type StackContext, use } from "sst/constructs";
import { jobAccess, OUTBOX_DELIVERY_ACCESS } from "./access.ts";
import { Email } from "./email.ts";
import { appFunction } from "./function.ts";
import { suppressSstStackInternals } from "./nag.ts";
import { Sms } from "./sms.ts";
import { Storage } from "./storage.ts";
import { Web } from "./web.ts";

export const OUTBOX_STREAM_HANDLER = "packages/functions/src/jobs/outbox-stream.handler";
/** Sort-key prefix of outbox entries (packages/core/src/mail/outbox.ts). */
export const OUTBOX_SORT_KEY_PREFIX = "outbox#";

/** "outbox-retry" → "OutboxRetry", for construct ids. */
function pascal(id: string): string {
  return id.replace(/(^|[^A-Za-z0-9])([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/**
 * Background work: one EventBridge rule per entry of `schedules` (packages/core/src/schedule),
 * and the outbox mailer fed by the table's stream. The two that deliver (outbox-retry and the
 * mailer) also send texts, from infra/sms.ts's sender.
 */
export function Jobs({ stack }: StackContext) {
  const { table } = use(Storage);
  const { identity, mailFrom } = use(Email);
  const { siteUrl } = use(Web);
  const { sending } = use(Sms);
  const resources = { table, identity, mailFrom, siteUrl, texts: sending };

  const crons = schedules.map((entry) => {
    const id = pascal(entry.id);
    const job = appFunction(
      stack,
      `${id}Job`,
      {
        handler: entry.handler,
        description: entry.description,
        // A failed run is simply run again at the next tick.
        retryAttempts: 0,
        // A busy day's reminders are hundreds of small transactions; the API's 10 s is too short.
        timeout: 300,
      },
      resources,
      jobAccess(entry.id),
    );
    return new Cron(stack, `${id}Cron`, {
      schedule: toEventBridgeCron(entry.cron) as `cron(${string})`,
      job: { function: job, cdk: { target: { retryAttempts: 0 } } },
      cdk: { rule: { description: entry.description } },
    });
  });

  // New outbox items are mailed within seconds. Whatever still fails after the retries below is
  // left for the outbox-retry schedule: the outbox item, not the stream record, is the durable
  // state, so no dead-letter queue.
  const outboxMailer = appFunction(
    stack,
    "OutboxMailer",
    {
      handler: OUTBOX_STREAM_HANDLER,
      description: "Sends emails as soon as their outbox item is written.",
      timeout: 30,
    },
    resources,
    OUTBOX_DELIVERY_ACCESS,
  );
  outboxMailer.addEventSource(
    new DynamoEventSource(table.cdk.table, {
      startingPosition: StartingPosition.LATEST,
      batchSize: 10,
      maxBatchingWindow: Duration.seconds(1),
      retryAttempts: 2,
      bisectBatchOnError: true,
      // The handler may return { batchItemFailures: [{ itemIdentifier: SequenceNumber }] }.
      reportBatchItemFailures: true,
      // Outbox entries live in the partition of what they are about (packages/core/src/mail/
      // outbox.ts: pk = e.g. `request#…`, sk = `outbox#<id>`), so the filter is on the sort key.
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual("INSERT"),
          dynamodb: {
            Keys: { [TableShape.sortKey]: { S: FilterRule.beginsWith(OUTBOX_SORT_KEY_PREFIX) } },
          },
        }),
      ],
    }),
  );

  NagSuppressions.addResourceSuppressions(
    outboxMailer.role ?? outboxMailer,
    [
      {
        id: "AwsSolutions-IAM5",
        reason:
          "dynamodb:ListStreams has no resource-level permissions (it lists a table's streams " +
          "account-wide); Lambda's stream poller needs it. Reading the stream itself is granted " +
          "on the one stream ARN.",
        appliesTo: ["Resource::*"],
      },
    ],
    true,
  );

  suppressSstStackInternals(stack);
  return { crons, outboxMailer };
}
