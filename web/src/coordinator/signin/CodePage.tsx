import { useNavigate } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { Field } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusHeadingOnNavigation, focusSoon } from "../../lib/focus.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { Loading } from "../../lib/ui.tsx";
import { takeReturn, useApi } from "../api.ts";

type Mode = "app" | "recovery";

/** Step 3 (when enrolled): a code from the authenticator app, or a recovery code. */
export default function CodePage() {
  const headingRef = focusHeadingOnNavigation();
  const call = useApi();
  const navigate = useNavigate();
  const [ready, setReady] = createSignal(false);
  const [mode, setMode] = createSignal<Mode>("app");
  const [code, setCode] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  useTitle(() => (error() ? `${tr("form.errorPrefix")} ` : "") + tr("signin.code.title"));

  const fieldId = () => (mode() === "app" ? "totp-code" : "recovery-code");
  const focusField = () => focusSoon(() => document.getElementById(fieldId()) ?? undefined);

  onMount(async () => {
    const me = await call(api.auth.me.$get());
    if (!me.ok) {
      if (!redirected(me)) setError(failureText(me));
      setReady(true);
      return;
    }
    if (me.data.secondFactor === "done") navigate(takeReturn(), { replace: true });
    else if (me.data.secondFactor === "enrol") navigate("/sign-in/enrol", { replace: true });
    else setReady(true);
  });

  const switchTo = (next: Mode) => {
    setMode(next);
    setCode("");
    setError(undefined);
    focusField();
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const value = code().trim();
    if (!value) {
      setError(tr("error.required"));
      focusField();
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await call(api.auth.totp.$post({ json: { code: value } }));
    setBusy(false);
    if (result.ok) {
      navigate(takeReturn(), { replace: true });
      return;
    }
    if (redirected(result)) return;
    setError(
      result.kind === "validation" ? (result.fields.code ?? result.message) : failureText(result),
    );
    focusField();
  }

  return (
    <div class="signin">
      <h1 ref={headingRef} tabindex="-1">
        {tr("signin.code.title")}
      </h1>
      <Show when={ready()} fallback={<Loading />}>
        <form novalidate aria-busy={busy()} onSubmit={(event) => void submit(event)}>
          <Show
            when={mode() === "app"}
            fallback={
              <Field
                id="recovery-code"
                label={tr("signin.code.recovery")}
                hint={tr("signin.code.recovery.hint")}
                error={error()}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    autocomplete="off"
                    autocapitalize="none"
                    spellcheck={false}
                    class="input--code"
                    value={code()}
                    onInput={(e) => setCode(e.currentTarget.value)}
                  />
                )}
              </Field>
            }
          >
            <Field
              id="totp-code"
              label={tr("signin.code.label")}
              hint={tr("signin.code.hint")}
              error={error()}
              required
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  pattern="[0-9 ]*"
                  maxlength={8}
                  spellcheck={false}
                  class="input--code"
                  value={code()}
                  onInput={(e) => setCode(e.currentTarget.value)}
                />
              )}
            </Field>
          </Show>
          <button type="submit" class="button" disabled={busy()} aria-busy={busy()}>
            {busy() ? tr("signin.code.busy") : tr("signin.code.submit")}
          </button>
        </form>
        <p class="after-form">
          <button
            type="button"
            class="link-button"
            id="code-mode"
            onClick={() => switchTo(mode() === "app" ? "recovery" : "app")}
          >
            {mode() === "app" ? tr("signin.code.useRecovery") : tr("signin.code.useApp")}
          </button>
        </p>
      </Show>
    </div>
  );
}
