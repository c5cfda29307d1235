import { RemovalPolicy } from "aws-cdk-lib";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import {
  CfnConfigurationSet,
  CfnOptOutList,
  CfnPhoneNumber,
  CfnSenderId,
} from "aws-cdk-lib/aws-smsvoice";
import { Topic } from "aws-cdk-lib/aws-sns";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { type Stack, type StackContext, use } from "sst/constructs";
import { SMS_INBOUND_ACCESS, SMS_STATUS_ACCESS } from "./access.ts";
import { Email } from "./email.ts";
import { appFunction, type TextSending } from "./function.ts";
import { suppressSstStackInternals } from "./nag.ts";
import { Storage } from "./storage.ts";
import { Web } from "./web.ts";

export const SMS_STATUS_HANDLER = "packages/functions/src/jobs/sms-status.handler";
export const SMS_INBOUND_HANDLER = "packages/functions/src/jobs/sms-inbound.handler";
export const SMS_COUNTRY = "FI";
export const DEFAULT_SMS_SENDER_ID = "Rinnalla";

/**
 * Text delivery events the configuration set reports: delivery, and every way a text ends
 * undelivered (packages/core/src/reach/follow-up.ts falls back on those). Not TEXT_PENDING nor
 * TEXT_QUEUED: an early status arriving late must not overwrite the final one. (TEXT_SENT is not
 * supported on event destinations.)
 */
export const TEXT_EVENT_TYPES = [
  "TEXT_SUCCESSFUL",
  "TEXT_DELIVERED",
  "TEXT_INVALID",
  "TEXT_INVALID_MESSAGE",
  "TEXT_UNREACHABLE",
  "TEXT_CARRIER_UNREACHABLE",
  "TEXT_BLOCKED",
  "TEXT_CARRIER_BLOCKED",
  "TEXT_SPAM",
  "TEXT_UNKNOWN",
  "TEXT_TTL_EXPIRED",
  "TEXT_PROTECT_BLOCKED",
];

/**
 * The alphanumeric sender ID texts come from, from `RINNALLA_SMS_SENDER_ID` (loaded from the
 * stage's `.env` like the mail domain): 1–11 letters and digits, at least one letter.
 */
export function smsSenderId(env: NodeJS.ProcessEnv = process.env): string {
  const id = env.RINNALLA_SMS_SENDER_ID?.trim() || DEFAULT_SMS_SENDER_ID;
  if (!/^[A-Za-z0-9]{1,11}$/.test(id) || !/[A-Za-z]/.test(id)) {
    throw new Error(
      `RINNALLA_SMS_SENDER_ID "${id}" is not a sender ID: 1 to 11 letters and digits, one a letter.`,
    );
  }
  return id;
}

/**
 * Texts through AWS End User Messaging SMS. They go out from an alphanumeric sender ID (Finland
 * allows them, but nobody can reply to one) through a configuration set whose event destination
 * reports each text's fate to the status handler. Replies (STOP, START) need a number: the long
 * code below, whose two-way channel feeds the inbound handler. Only the outbox deliverers send
 * (infra/access.ts `sendsTexts`); they get `sending`.
 */
export function Sms({ app, stack }: StackContext) {
  const { table } = use(Storage);
  const { identity, mailFrom } = use(Email);
  const { siteUrl } = use(Web);
  const resources = { table, identity, mailFrom, siteUrl };
  const name = `${app.name}-${app.stage}`;

  const topics = createTopics(stack);

  const senderId = new CfnSenderId(stack, "SmsSenderId", {
    isoCountryCode: SMS_COUNTRY,
    senderId: smsSenderId(),
  });

  const configurationSet = new CfnConfigurationSet(stack, "SmsConfigurationSet", {
    configurationSetName: name,
    eventDestinations: [
      {
        eventDestinationName: "delivery-status",
        enabled: true,
        matchingEventTypes: TEXT_EVENT_TYPES,
        snsDestination: { topicArn: topics.status.topicArn },
      },
    ],
  });
  // The topic policy letting End User Messaging publish exists before the destination does.
  configurationSet.node.addDependency(topics.status);

  const optOutList = new CfnOptOutList(stack, "SmsOptOutList", { optOutListName: name });

  // BEFORE GOING LIVE: a Finnish long code has to be registered in the AWS console (End User
  // Messaging SMS → Registrations) before it can be provisioned and texted from; CloudFormation
  // cannot register numbers. Until then this resource fails to create, so register first, or
  // import the number the registration provisions.
  const replyNumber = new CfnPhoneNumber(stack, "SmsReplyNumber", {
    isoCountryCode: SMS_COUNTRY,
    numberType: "LONG_CODE",
    numberCapabilities: ["SMS"],
    mandatoryKeywords: {
      stop: {
        message:
          "Rinnalla: et saa enää tekstiviestejä. Vastaa START, niin saat ne taas. / " +
          "You will get no more texts. Reply START to get them again.",
      },
      help: {
        message:
          "Rinnalla: ota yhteyttä koordinaattoriisi. Vastaa STOP lopettaaksesi viestit. / " +
          "Contact your coordinator. Reply STOP to end texts.",
      },
    },
    optOutListName: optOutList.ref,
    twoWay: { enabled: true, channelArn: topics.inbound.topicArn },
  });
  replyNumber.node.addDependency(topics.inbound);

  const statusHandler = appFunction(
    stack,
    "SmsStatusHandler",
    { handler: SMS_STATUS_HANDLER, description: "Records what became of each text." },
    resources,
    SMS_STATUS_ACCESS,
  );
  topics.status.addSubscription(new LambdaSubscription(statusHandler));

  const inboundHandler = appFunction(
    stack,
    "SmsInboundHandler",
    { handler: SMS_INBOUND_HANDLER, description: "Records STOP and START replies to texts." },
    resources,
    SMS_INBOUND_ACCESS,
  );
  topics.inbound.addSubscription(new LambdaSubscription(inboundHandler));

  suppressSstStackInternals(stack);
  const sending: TextSending = {
    senderIdArn: senderId.attrArn,
    configurationSetArn: configurationSet.attrArn,
    configurationSetName: name,
  };
  return { sending, senderId, configurationSet, optOutList, replyNumber, topics };
}

/**
 * The two topics End User Messaging publishes to: delivery events, and inbound replies. Both are
 * encrypted with a key of their own, since AWS's managed SNS key cannot be used by the service
 * that publishes, and accept only TLS publishing.
 */
function createTopics(stack: Stack) {
  const smsVoice = new ServicePrincipal("sms-voice.amazonaws.com");
  const fromThisAccount = { StringEquals: { "aws:SourceAccount": stack.account } };
  const key = new Key(stack, "SmsTopicsKey", {
    description: "Encrypts the End User Messaging SMS event and reply topics",
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  key.addToResourcePolicy(
    new PolicyStatement({
      principals: [smsVoice],
      actions: ["kms:GenerateDataKey*", "kms:Decrypt"],
      resources: ["*"],
      conditions: fromThisAccount,
    }),
  );
  const topic = (id: string, displayName: string) => {
    const created = new Topic(stack, id, { displayName, masterKey: key, enforceSSL: true });
    created.addToResourcePolicy(
      new PolicyStatement({
        principals: [smsVoice],
        actions: ["sns:Publish"],
        resources: [created.topicArn],
        conditions: fromThisAccount,
      }),
    );
    return created;
  };
  return {
    status: topic("SmsStatusTopic", "Rinnalla text delivery events"),
    inbound: topic("SmsInboundTopic", "Rinnalla text replies"),
  };
}
