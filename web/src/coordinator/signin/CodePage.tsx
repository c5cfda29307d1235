import { useNavigate } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Loading } from "../../lib/ui.tsx";
import { takeReturn, useApi } from "../api.ts";
import { appCode, recoveryCode } from "./codes.ts";

type Mode = "app" | "recovery";

/** Step 3 (when enrolled): a code from the authenticator app, or a recovery code. */
export default function CodePage() {
  const call = useApi();
  const navigate = useNavigate();
  const [ready, setReady] = createSignal(false);
  const [mode, setMode] = createSignal<Mode>("app");
  const [code, setCode] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

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
      <PageHeading
        title={tr("signin.code.title")}
        documentTitle={error() ? `${tr("form.errorPrefix")} ${tr("signin.code.title")}` : undefined}
      />
      <Show when={ready()} fallback={<Loading />}>
        <form novalidate aria-busy={busy()} onSubmit={(event) => void submit(event)}>
          <Show
            when={mode() === "app"}
            fallback={
              <TextField
                id="recovery-code"
                label={tr("signin.code.recovery")}
                hint={tr("signin.code.recovery.hint")}
                error={error()}
                required
                {...recoveryCode}
                value={code()}
                onInput={setCode}
              />
            }
          >
            <TextField
              id="totp-code"
              label={tr("signin.code.label")}
              hint={tr("signin.code.hint")}
              error={error()}
              required
              pattern="[0-9 ]*"
              {...appCode}
              value={code()}
              onInput={setCode}
            />
          </Show>
          <BusyButton
            busy={busy()}
            label={tr("signin.code.submit")}
            busyLabel={tr("signin.code.busy")}
          />
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
