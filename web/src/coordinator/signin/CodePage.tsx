import { useNavigate } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import { createOneField } from "../../lib/one-field.ts";
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
  const form = createOneField({
    fieldId: () => (mode() === "app" ? "totp-code" : "recovery-code"),
    name: "code",
    send: (code) => call(api.auth.totp.$post({ json: { code } })),
    sent: () => navigate(takeReturn(), { replace: true }),
    failed: (failure) => {
      if (!redirected(failure)) form.showError(failureText(failure));
    },
  });

  onMount(async () => {
    const me = await call(api.auth.me.$get());
    if (!me.ok) {
      if (!redirected(me)) form.setError(failureText(me));
      setReady(true);
      return;
    }
    if (me.data.secondFactor === "done") navigate(takeReturn(), { replace: true });
    else if (me.data.secondFactor === "enrol") navigate("/sign-in/enrol", { replace: true });
    else setReady(true);
  });

  const switchTo = (next: Mode) => {
    setMode(next);
    form.setValue("");
    form.setError(undefined);
    form.focus();
  };

  return (
    <div class="signin">
      <PageHeading
        title={tr("signin.code.title")}
        documentTitle={
          form.error() ? `${tr("form.errorPrefix")} ${tr("signin.code.title")}` : undefined
        }
      />
      <Show when={ready()} fallback={<Loading />}>
        <form novalidate aria-busy={form.busy()} onSubmit={(event) => void form.submit(event)}>
          <Show
            when={mode() === "app"}
            fallback={
              <TextField
                id="recovery-code"
                label={tr("signin.code.recovery")}
                hint={tr("signin.code.recovery.hint")}
                error={form.error()}
                required
                {...recoveryCode}
                value={form.value()}
                onInput={form.setValue}
              />
            }
          >
            <TextField
              id="totp-code"
              label={tr("signin.code.label")}
              hint={tr("signin.code.hint")}
              error={form.error()}
              required
              pattern="[0-9 ]*"
              {...appCode}
              value={form.value()}
              onInput={form.setValue}
            />
          </Show>
          <BusyButton
            busy={form.busy()}
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
