import { tr } from "../lib/i18n.ts";
import type { Email } from "./types.ts";

/** "Retry" for a failed email, naming the email to a screen reader. */
export function RetryButton(props: {
  email: Email;
  busy: boolean;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class="button button--secondary button--small"
      data-testid="email-retry"
      id={`retry-${props.email.id}`}
      disabled={props.disabled}
      aria-busy={props.busy}
      onClick={() => props.onClick()}
    >
      {props.busy ? tr("ui.working") : tr("emails.retry")}
      <span class="visually-hidden">
        {" "}
        {tr("emails.retry.context", { subject: props.email.subject })}
      </span>
    </button>
  );
}
