import { Outbox } from "@rinnalla/core/mail/index.ts";

interface StreamEvent {
  Records: { dynamodb?: { Keys?: Record<string, { S?: string }> } }[];
}

/** New outbox entries, straight from the table's stream (filtered to outbox inserts in infra). */
export const handler = async (event: StreamEvent) => {
  for (const record of event.Records) {
    const pk = record.dynamodb?.Keys?.pk?.S;
    const sk = record.dynamodb?.Keys?.sk?.S;
    if (pk && sk) await Outbox.deliver({ pk, sk });
  }
};
