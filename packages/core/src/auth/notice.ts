import type { Coordinator } from "../coordinator/coordinator.ts";
import { type Locale, t } from "../i18n/index.ts";
import { addressed, type Letter, Outbox } from "../mail/index.ts";
import { formatInstant } from "../util/time.ts";

export type NoticeKind = "appAdded" | "recoveryUsed" | "appRemoved";

/**
 * An email to a coordinator whose way of signing in changed, written in the same transaction
 * as the change: if it was not them, they hear of it at once.
 */
export function securityNotice(
  coordinator: Pick<Coordinator, "id" | "email" | "name">,
  kind: NoticeKind,
  vars: Record<string, string | number>,
  now: Date,
) {
  return Outbox.entry(
    `coordinator#${coordinator.id}`,
    "security-notice",
    addressed(coordinator.email, noticeLetter(coordinator.name, kind, vars, now)),
    now,
  );
}

export function noticeLetter(
  name: string,
  kind: NoticeKind,
  vars: Record<string, string | number>,
  now: Date,
  locale: Locale = "fi",
): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.security.subject"),
    body: [
      t(locale, `mail.security.${kind}`, { at: formatInstant(locale, now), ...vars }),
      t(locale, "mail.security.notYou"),
    ],
  };
}
