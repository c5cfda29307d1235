import { Delivery } from "@rinnalla/core/reach";
import { log } from "@rinnalla/core/util";

interface SnsEvent {
  Records: { Sns: { Message: string } }[];
}

type StatusEvent = Parameters<typeof Delivery.onStatus>[0];

/** One End User Messaging SMS v2 event (camelCase fields); undefined if it is not JSON. */
function parse(message: string): StatusEvent | undefined {
  try {
    const event = JSON.parse(message) as Record<string, unknown>;
    return {
      eventType: typeof event.eventType === "string" ? event.eventType : undefined,
      messageStatus: typeof event.messageStatus === "string" ? event.messageStatus : undefined,
      context:
        typeof event.context === "object" && event.context !== null
          ? (event.context as Record<string, string>)
          : undefined,
    };
  } catch {
    return undefined;
  }
}

/**
 * Delivery events of texts, published to SNS by the configuration set's event destination
 * (infra/sms.ts). SNS invokes asynchronously, so a throw makes Lambda try the batch again;
 * recording a status and falling back are both idempotent.
 */
export const handler = async (event: SnsEvent) => {
  for (const record of event.Records) {
    const status = parse(record.Sns.Message);
    if (!status) {
      log.warn("text delivery event that is not JSON", { length: record.Sns.Message.length });
      continue;
    }
    await Delivery.onStatus(status);
  }
};
