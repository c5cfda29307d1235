import type { RouteSectionProps } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { Field } from "../../components/Field.tsx";
import { focusHeadingOnNavigation, focusSoon } from "../../focus.ts";
import { locale, type MessageKey, tr, useTitle } from "../../i18n.ts";
import { failureText, type SignInNotice, send } from "../api.ts";

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
  const [email, setEmail] = createSignal("");
  const [fieldError, setFieldError] = createSignal<string>();
  const [problem, setProblem] = createSignal<string>();
  const [sentTo, setSentTo] = createSignal<string>();
  const [sending, setSending] = createSignal(false);
  let problemBox: HTMLDivElement | undefined;
  let sentBox: HTMLDivElement | undefined;

  useTitle(
    () => (fieldError() || problem() ? `${tr("form.errorPrefix")} ` : "") + tr("signin.title"),
  );

  const notice = () => {
    const state = props.location.state as { notice?: SignInNotice } | null | undefined;
    const key = state?.notice ? notices[state.notice] : undefined;
    return key ? tr(key) : undefined;
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (sending()) return;
    setProblem(undefined);
    const address = email().trim();
    if (!address) {
      setFieldError(tr("error.required"));
      focusSoon(() => document.getElementById("signin-email") ?? undefined);
      return;
    }
    setFieldError(undefined);
    setSending(true);
    const result = await send<{ sent: true }>("POST", "/api/auth/link", {
      email: address,
      locale: locale(),
    });
    setSending(false);
    if (result.ok) {
      setSentTo(address);
      focusSoon(() => sentBox);
      return;
    }
    if (result.kind === "validation" && result.fields.email) {
      setFieldError(result.fields.email);
      focusSoon(() => document.getElementById("signin-email") ?? undefined);
      return;
    }
    setProblem(failureText(result));
    focusSoon(() => problemBox);
  }

  return (
    <div class="signin">
      <h1 ref={headingRef} tabindex="-1">
        {tr("signin.title")}
      </h1>
      <Show when={notice()}>
        {(text) => (
          <div class="panel-note">
            <p>{text()}</p>
          </div>
        )}
      </Show>
      <p>{tr("signin.intro")}</p>

      <Show when={sentTo()}>
        <div ref={sentBox} class="success-box" tabindex="-1" data-testid="signin-sent">
          <h2>{tr("signin.sent.title")}</h2>
          <p>{tr("signin.sent.body", { minutes: LINK_MINUTES })}</p>
          <p class="hint">{tr("signin.sent.hint")}</p>
        </div>
      </Show>

      <form novalidate aria-busy={sending()} onSubmit={(event) => void submit(event)}>
        <Field
          id="signin-email"
          label={tr("signin.email")}
          hint={tr("signin.email.hint")}
          error={fieldError()}
          required
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autocomplete="email"
              spellcheck={false}
              value={email()}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
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
