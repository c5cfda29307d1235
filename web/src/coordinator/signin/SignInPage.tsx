import type { RouteSectionProps } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { createEmailLink, EmailField, PanelNote, SentBox } from "../../lib/email-link.tsx";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { locale, type MessageKey, tr, useTitle } from "../../lib/i18n.ts";
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
  const headingRef = focusHeadingOnNavigation();
  const [problem, setProblem] = createSignal<string>();
  const [sentTo, setSentTo] = createSignal<string>();
  const [sending, setSending] = createSignal(false);
  let problemBox: HTMLDivElement | undefined;
  let sentBox: HTMLDivElement | undefined;
  const link = createEmailLink({
    send: (email) => api.auth.link.$post({ json: { email, locale: locale() } }),
    fieldId: "signin-email",
    busy: sending,
    setBusy: setSending,
    setProblem,
    problemBox: () => problemBox,
    onSent: (address) => {
      setSentTo(address);
      focusSoon(() => sentBox);
    },
  });

  useTitle(
    () => (link.error() || problem() ? `${tr("form.errorPrefix")} ` : "") + tr("signin.title"),
  );

  const notice = () => {
    const state = props.location.state as { notice?: SignInNotice } | null | undefined;
    const key = state?.notice ? notices[state.notice] : undefined;
    return key ? tr(key) : undefined;
  };

  return (
    <div class="signin">
      <h1 ref={headingRef} tabindex="-1">
        {tr("signin.title")}
      </h1>
      <PanelNote text={notice()} />
      <p>{tr("signin.intro")}</p>

      <Show when={sentTo()}>
        <SentBox
          ref={(el) => {
            sentBox = el;
          }}
          testId="signin-sent"
          title={tr("signin.sent.title")}
        >
          <p>{tr("signin.sent.body", { minutes: LINK_MINUTES })}</p>
          <p class="hint">{tr("signin.sent.hint")}</p>
        </SentBox>
      </Show>

      <form novalidate aria-busy={sending()} onSubmit={(event) => void link.submit(event)}>
        <EmailField
          id="signin-email"
          label={tr("signin.email")}
          hint={tr("signin.email.hint")}
          link={link}
        />
        <Show when={problem()}>
          {(text) => (
            <div ref={problemBox} class="notice" tabindex="-1">
              <p>{text()}</p>
            </div>
          )}
        </Show>
        <button type="submit" class="button" disabled={sending()} aria-busy={sending()}>
          {sending() ? tr("signin.sending") : sentTo() ? tr("signin.sendAgain") : tr("signin.send")}
        </button>
      </form>
    </div>
  );
}
