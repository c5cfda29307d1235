import { Delivery } from "@rinnalla/core/reach";
import { log } from "@rinnalla/core/util";

interface StreamEvent {
  Records: {
    dynamodb?: { SequenceNumber?: string; Keys?: Record<string, { S?: string }> };
  }[];
}

/**
 * New outbox entries, straight from the table's stream (filtered to outbox inserts in infra).
 * A record that fails is reported back and retried by Lambda; delivery is claim-guarded, so a
 * retry never sends twice, and the retry job picks up anything left.
 */
export const handler = async (event: StreamEvent) => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    const pk = record.dynamodb?.Keys?.pk?.S;
    const sk = record.dynamodb?.Keys?.sk?.S;
    if (!pk || !sk) continue;
    try {
      await Delivery.deliver({ pk, sk });
    } catch (error) {
      log.error("outbox stream delivery failed", { key: sk, error: String(error) });
      // For a DynamoDB stream, Lambda knows a failed record by its sequence number.
      const sequence = record.dynamodb?.SequenceNumber;
      if (sequence) batchItemFailures.push({ itemIdentifier: sequence });
    }
  }
  return { batchItemFailures };
};
