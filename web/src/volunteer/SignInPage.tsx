import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createSignal, onCleanup, Show } from "solid-js";
import { api, call } from "../lib/api.ts";
import { createEmailLink, EmailField, PanelNote, SentBox } from "../lib/email-link.tsx";
import { failureText } from "../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../lib/focus.ts";
import { locale, tr, useTitle } from "../lib/i18n.ts";
import type { VolunteerNotice } from "./api.ts";

/** The emailed link's token, taken from the address once and then removed from it and history. */
function takeToken(): string | undefined {
  const token = location.hash.slice(1);
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
  return token || undefined;
}

/**
 * A volunteer's way to their own page: an emailed link, opened here. Nothing happens until the
 * person presses "Continue", so mail scanners that open links do not use up the one-time token.
 */
export default function VolunteerSignInPage(props: RouteSectionProps) {
  const headingRef = focusHeadingOnNavigation();
  const navigate = useNavigate();
  const [token, setToken] = createSignal(takeToken());
  const [busy, setBusy] = createSignal(false);
  const [refused, setRefused] = createSignal(false);
  // A link opened in the tab that already shows this page changes only the hash.
  const onHash = () => {
    const found = takeToken();
    if (!found) return;
    setToken(found);
    setRefused(false);
    setProblem(undefined);
  };
  window.addEventListener("hashchange", onHash);
  onCleanup(() => window.removeEventListener("hashchange", onHash));
  const [problem, setProblem] = createSignal<string>();
  const [sent, setSent] = createSignal(false);
  let problemBox: HTMLDivElement | undefined;
  let sentBox: HTMLDivElement | undefined;
  const link = createEmailLink({
    send: (email) => api["volunteer-auth"].link.$post({ json: { email, locale: locale() } }),
    fieldId: "volunteer-email",
    busy,
    setBusy,
    setProblem,
    problemBox: () => problemBox,
    onSent: () => {
      setSent(true);
      focusSoon(() => sentBox);
    },
  });

  const withToken = () => !!token() && !refused();
  useTitle(
    () =>
      (problem() || link.error() ? `${tr("form.errorPrefix")} ` : "") +
      tr(withToken() ? "volunteer.self.continue.title" : "volunteer.self.signIn.title"),
  );

  const notice = () => {
    const state = props.location.state as { notice?: VolunteerNotice } | null | undefined;
    if (state?.notice === "expired") return tr("volunteer.self.notice.expired");
    if (state?.notice === "signedOut") return tr("volunteer.self.notice.signedOut");
    return undefined;
  };

  async function verify() {
    const current = token();
    if (!current || busy()) return;
    setBusy(true);
    setProblem(undefined);
    const result = await call(api["volunteer-auth"].verify.$post({ json: { token: current } }));
    setBusy(false);
    if (result.ok) {
      navigate("/volunteer/me", { replace: true });
      return;
    }
    setRefused(result.kind === "rejected" || result.kind === "validation");
    setProblem(failureText(result));
    focusSoon(() => problemBox);
  }

  return (
    <div class="volunteer-page">
      <h1 ref={headingRef} tabindex="-1">
        {tr(withToken() ? "volunteer.self.continue.title" : "volunteer.self.signIn.title")}
      </h1>
      <PanelNote text={notice()} />
      <Show when={problem()}>
        {(text) => (
          <div ref={problemBox} class="notice" tabindex="-1" data-testid="volunteer-problem">
            <p>{text()}</p>
          </div>
        )}
      </Show>
      <Show
        when={withToken()}
        fallback={
          <>
            <p>{tr("volunteer.self.signIn.intro")}</p>
            <Show when={sent()}>
              <SentBox
                ref={(el) => {
                  sentBox = el;
                }}
                testId="volunteer-link-sent"
                title={tr("volunteer.self.sent.title")}
              >
                <p>{tr("volunteer.self.sent.body")}</p>
                <p class="hint">{tr("volunteer.self.sent.hint")}</p>
              </SentBox>
            </Show>
            <form novalidate aria-busy={busy()} onSubmit={(e) => void link.submit(e)}>
              <EmailField
                id="volunteer-email"
                label={tr("volunteer.self.email")}
                hint={tr("volunteer.self.email.hint")}
                link={link}
              />
              <button
                type="submit"
                id="volunteer-send"
                class="button"
                disabled={busy()}
                aria-busy={busy()}
              >
                {busy()
                  ? tr("form.submitting")
                  : sent()
                    ? tr("volunteer.self.sendAgain")
                    : tr("volunteer.self.send")}
              </button>
            </form>
            <p class="after-form">
              <A href="/volunteer/apply">{tr("volunteer.self.notYet")}</A>
            </p>
          </>
        }
      >
        <p>{tr("volunteer.self.continue.intro")}</p>
        <button
          type="button"
          id="volunteer-continue"
          class="button"
          disabled={busy()}
          aria-busy={busy()}
          onClick={() => void verify()}
        >
          {busy() ? tr("volunteer.self.continue.busy") : tr("volunteer.self.continue")}
        </button>
      </Show>
    </div>
  );
}
