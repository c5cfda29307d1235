import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { config } from "../config/index.ts";
import type { Attachment } from "./letter.ts";

let client: SESv2Client | undefined;
let builtFor: unknown;

function ses(): SESv2Client {
  if (!client || builtFor !== config()) {
    builtFor = config();
    const { AWS_REGION, SES_ENDPOINT } = config();
    client = new SESv2Client({
      region: AWS_REGION,
      ...(SES_ENDPOINT && {
        endpoint: SES_ENDPOINT,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
      }),
    });
  }
  return client;
}

export interface Message {
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  attachments?: Attachment[];
}

/** Sends one message; returns SES's message id. Throws on any failure. */
export async function send(message: Message): Promise<string> {
  const result = await ses().send(
    new SendEmailCommand({
      FromEmailAddress: config().MAIL_FROM,
      Destination: { ToAddresses: [message.to] },
      ...(message.replyTo && { ReplyToAddresses: [message.replyTo] }),
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: "UTF-8" },
          Body: {
            Text: { Data: message.text, Charset: "UTF-8" },
            Html: { Data: message.html, Charset: "UTF-8" },
          },
          // SES v2 builds the MIME for attachments itself: no hand-made multipart.
          ...(message.attachments?.length && {
            Attachments: message.attachments.map((a) => ({
              FileName: a.filename,
              ContentType: a.contentType,
              ContentDisposition: "ATTACHMENT" as const,
              RawContent: new TextEncoder().encode(a.content),
            })),
          }),
        },
      },
    }),
  );
  return result.MessageId ?? "";
}
