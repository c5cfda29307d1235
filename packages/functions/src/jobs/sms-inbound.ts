import { Delivery } from "@rinnalla/core/reach";
import { log } from "@rinnalla/core/util";

interface SnsEvent {
  Records: { Sns: { Message: string } }[];
}

/** An inbound text as two-way SMS publishes it: `originationNumber` is who replied. */
function parse(message: string): { from: string; body: string } | undefined {
  try {
    const inbound = JSON.parse(message) as { originationNumber?: unknown; messageBody?: unknown };
    if (typeof inbound.originationNumber !== "string") return undefined;
    return {
      from: inbound.originationNumber,
      body: typeof inbound.messageBody === "string" ? inbound.messageBody : "",
    };
  } catch {
    return undefined;
  }
}

/**
 * Replies to the long code (infra/sms.ts), through its two-way SNS topic: STOP and START are
 * recorded, anything else only counted. A throw makes Lambda try again; both are idempotent.
 */
export const handler = async (event: SnsEvent) => {
  for (const record of event.Records) {
    const reply = parse(record.Sns.Message);
    if (!reply) {
      log.warn("inbound text without a sender", { length: record.Sns.Message.length });
      continue;
    }
    await Delivery.onReply(reply);
  }
};
