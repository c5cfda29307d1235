import {
  PinpointSMSVoiceV2Client,
  SendTextMessageCommand,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { config } from "../config/index.ts";

/**
 * Text messages through AWS End User Messaging SMS. Loaded only by the deliverer, like ses.ts.
 * The outbox key travels as the message's context, so a delivery event names its entry.
 */

let client: PinpointSMSVoiceV2Client | undefined;
let builtFor: unknown;

function sms(): PinpointSMSVoiceV2Client {
  if (!client || builtFor !== config()) {
    builtFor = config();
    const { AWS_REGION, SMS_ENDPOINT } = config();
    client = new PinpointSMSVoiceV2Client({
      region: AWS_REGION,
      ...(SMS_ENDPOINT && {
        endpoint: SMS_ENDPOINT,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
    });
  }
  return client;
}

/** A refusal that no retry will change: the number is invalid, blocked or opted out. */
export class PermanentFailure extends Error {
  override name = "PermanentFailure";
}

const PERMANENT = new Set(["ValidationException", "ConflictException", "AccessDeniedException"]);

/** Sends one text; returns the message id. Throws on any failure, `PermanentFailure` if final. */
export async function sendText(message: {
  to: string;
  text: string;
  key: { pk: string; sk: string };
}) {
  try {
    const result = await sms().send(
      new SendTextMessageCommand({
        DestinationPhoneNumber: message.to,
        OriginationIdentity: config().SMS_ORIGINATOR,
        MessageBody: message.text,
        MessageType: "TRANSACTIONAL",
        ...(config().SMS_CONFIGURATION_SET && {
          ConfigurationSetName: config().SMS_CONFIGURATION_SET,
        }),
        Context: { pk: message.key.pk, sk: message.key.sk },
      }),
    );
    return result.MessageId ?? "";
  } catch (error) {
    if (error instanceof Error && PERMANENT.has(error.name)) {
      throw new PermanentFailure(`${error.name}: ${error.message}`);
    }
    throw error;
  }
}
