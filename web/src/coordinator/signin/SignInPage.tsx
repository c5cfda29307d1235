import type { RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import {
  createEmailLink,
  createSignInState,
  EmailField,
  PanelNote,
  SentBox,
} from "../../lib/email-link.tsx";
import { locale, type MessageKey, tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Notice } from "../../lib/ui.tsx";
import type { SignInNotice } from "../api.ts";

const notices: Record<SignInNotice, MessageKey> = {
  expired: "signin.notice.expired",
  signedOut: "signin.notice.signedOut",
  signedOutEverywhere: "signin.notice.signedOutEverywhere",
};

/** How long a sign-in link works (LINK_TTL_MS in core auth/sign-in.ts). */
const LINK_MINUTES = 15;

/** Step 1: ask for a sign-in link. The answer is the same whether or not the address is known. */
export default function SignInPage(props: RouteSectionProps) {
  const state = createSignInState();
  const link = createEmailLink(state, {
    send: (email) => api.auth.link.$post({ json: { email, locale: locale() } }),
    fieldId: "signin-email",
  });

  const notice = () => {
    const opened = props.location.state as { notice?: SignInNotice } | null | undefined;
    const key = opened?.notice ? notices[opened.notice] : undefined;
    return key ? tr(key) : undefined;
  };

  return (
    <div class="signin">
      <PageHeading
        title={tr("signin.title")}
        documentTitle={
          link.error() || state.problem()
            ? `${tr("form.errorPrefix")} ${tr("signin.title")}`
            : undefined
        }
      />
      <PanelNote text={notice()} />
      <p>{tr("signin.intro")}</p>

      <Show when={link.sentTo()}>
        <SentBox ref={link.sentRef} testId="signin-sent" title={tr("signin.sent.title")}>
          <p>{tr("signin.sent.body", { minutes: LINK_MINUTES })}</p>
          <p class="hint">{tr("signin.sent.hint")}</p>
        </SentBox>
      </Show>

      <form novalidate aria-busy={state.busy()} onSubmit={(event) => void link.submit(event)}>
        <EmailField
          id="signin-email"
          label={tr("signin.email")}
          hint={tr("signin.email.hint")}
          link={link}
        />
        <Notice text={state.problem()} ref={state.problemRef} />
        <BusyButton
          busy={state.busy()}
          label={link.sentTo() ? tr("signin.sendAgain") : tr("signin.send")}
          busyLabel={tr("signin.sending")}
        />
      </form>
    </div>
  );
}
