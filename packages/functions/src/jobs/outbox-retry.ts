import { Outbox } from "@rinnalla/core/mail/index.ts";

export const handler = () => Outbox.retryDue();
