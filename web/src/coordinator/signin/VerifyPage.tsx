import { A, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { api, call } from "../../lib/api.ts";
import { failureText } from "../../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { takeReturn } from "../api.ts";

/** The link's token, taken from the address once and then removed from it (and from history). */
function takeToken(): string | undefined {
  const token = location.hash.slice(1);
  if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
  return token || undefined;
}

/**
 * Step 2: the emailed link opens this page. Nothing happens until the person presses the
 * button, so mail scanners that open links do not use up the one-time token.
 */
export default function VerifyPage() {
  const headingRef = focusHeadingOnNavigation();
  const navigate = useNavigate();
  const token = takeToken();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  /** The link was refused (used, expired, unknown): only a new link helps. */
  const [refused, setRefused] = createSignal(false);
  let problemBox: HTMLDivElement | undefined;
  useTitle(() => (problem() ? `${tr("form.errorPrefix")} ` : "") + tr("signin.verify.title"));

  async function verify() {
    if (!token || busy()) return;
    setBusy(true);
    setProblem(undefined);
    const result = await call(api.auth.verify.$post({ json: { token } }));
    setBusy(false);
    if (result.ok) {
      const next = result.data.secondFactor;
      navigate(
        next === "done" ? takeReturn() : next === "pending" ? "/sign-in/code" : "/sign-in/enrol",
        { replace: true },
      );
      return;
    }
    setRefused(result.kind === "rejected" || result.kind === "validation");
    setProblem(failureText(result));
    focusSoon(() => problemBox);
  }

  return (
    <div class="signin">
      <h1 ref={headingRef} tabindex="-1">
        {tr("signin.verify.title")}
      </h1>
      <Show
        when={token}
        fallback={
          <div class="notice">
            <p>{tr("signin.verify.noToken")}</p>
          </div>
        }
      >
        <Show when={problem()}>
          {(text) => (
            <div ref={problemBox} class="notice" tabindex="-1" data-testid="signin-problem">
              <p>{text()}</p>
            </div>
          )}
        </Show>
        <Show when={!refused()}>
          <p>{tr("signin.verify.intro")}</p>
          <button
            type="button"
            id="signin-continue"
            class="button"
            disabled={busy()}
            aria-busy={busy()}
            onClick={() => void verify()}
          >
            {busy() ? tr("signin.verify.busy") : tr("signin.verify.button")}
          </button>
        </Show>
      </Show>
      <Show when={!token || refused()}>
        <p class="after-notice">
          <A href="/sign-in" id="signin-again">
            {tr("signin.verify.again")}
          </A>
        </p>
      </Show>
    </div>
  );
}
