import type { Coordinator } from "../coordinator/coordinator.ts";
import { t } from "../i18n/index.ts";
import { Outbox, render } from "../mail/index.ts";
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
  const locale = "fi" as const;
  return Outbox.entry(
    `coordinator#${coordinator.id}`,
    "security-notice",
    render(coordinator.email, {
      locale,
      name: coordinator.name,
      subject: t(locale, "mail.security.subject"),
      paragraphs: [
        t(locale, `mail.security.${kind}`, { at: formatInstant(locale, now), ...vars }),
        t(locale, "mail.security.notYou"),
      ],
    }),
    now,
  );
}
