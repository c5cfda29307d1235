import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createSignal, onCleanup, Show } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import { api } from "../lib/api.ts";
import {
  createContinue,
  createEmailLink,
  createSignInState,
  EmailField,
  PanelNote,
  SentBox,
  takeToken,
} from "../lib/email-link.tsx";
import { locale, tr } from "../lib/i18n.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { Notice } from "../lib/ui.tsx";
import type { VolunteerNotice } from "./api.ts";

/**
 * A volunteer's way to their own page: an emailed link, opened here. Nothing happens until the
 * person presses "Continue", so mail scanners that open links do not use up the one-time token.
 */
export default function VolunteerSignInPage(props: RouteSectionProps) {
  const navigate = useNavigate();
  const state = createSignInState();
  const [token, setToken] = createSignal(takeToken());
  const verify = createContinue(state, {
    send: (token) => api["volunteer-auth"].verify.$post({ json: { token } }),
    done: () => navigate("/volunteer/me", { replace: true }),
  });
  const link = createEmailLink(state, {
    send: (email) => api["volunteer-auth"].link.$post({ json: { email, locale: locale() } }),
    fieldId: "volunteer-email",
  });
  // A link opened in the tab that already shows this page changes only the hash.
  const onHash = () => {
    const found = takeToken();
    if (!found) return;
    setToken(found);
    verify.setRefused(false);
    state.setProblem(undefined);
  };
  window.addEventListener("hashchange", onHash);
  onCleanup(() => window.removeEventListener("hashchange", onHash));

  const withToken = () => !!token() && !verify.refused();
  const title = () =>
    tr(withToken() ? "volunteer.self.continue.title" : "volunteer.self.signIn.title");
  const notice = () => {
    const opened = props.location.state as { notice?: VolunteerNotice } | null | undefined;
    if (opened?.notice === "expired") return tr("volunteer.self.notice.expired");
    if (opened?.notice === "signedOut") return tr("volunteer.self.notice.signedOut");
    return undefined;
  };

  return (
    <div class="volunteer-page">
      <PageHeading
        title={title()}
        documentTitle={
          state.problem() || link.error() ? `${tr("form.errorPrefix")} ${title()}` : undefined
        }
      />
      <PanelNote text={notice()} />
      <Notice text={state.problem()} ref={state.problemRef} testId="volunteer-problem" />
      <Show
        when={withToken()}
        fallback={
          <>
            <p>{tr("volunteer.self.signIn.intro")}</p>
            <Show when={link.sentTo()}>
              <SentBox
                ref={link.sentRef}
                testId="volunteer-link-sent"
                title={tr("volunteer.self.sent.title")}
              >
                <p>{tr("volunteer.self.sent.body")}</p>
                <p class="hint">{tr("volunteer.self.sent.hint")}</p>
              </SentBox>
            </Show>
            <form novalidate aria-busy={state.busy()} onSubmit={(e) => void link.submit(e)}>
              <EmailField
                id="volunteer-email"
                label={tr("volunteer.self.email")}
                hint={tr("volunteer.self.email.hint")}
                link={link}
              />
              <BusyButton
                id="volunteer-send"
                busy={state.busy()}
                label={link.sentTo() ? tr("volunteer.self.sendAgain") : tr("volunteer.self.send")}
                busyLabel={tr("form.submitting")}
              />
            </form>
            <p class="after-form">
              <A href="/volunteer/apply">{tr("volunteer.self.notYet")}</A>
            </p>
          </>
        }
      >
        <p>{tr("volunteer.self.continue.intro")}</p>
        <BusyButton
          type="button"
          id="volunteer-continue"
          busy={state.busy()}
          label={tr("volunteer.self.continue")}
          busyLabel={tr("volunteer.self.continue.busy")}
          onClick={() => void verify.run(token())}
        />
      </Show>
    </div>
  );
}
