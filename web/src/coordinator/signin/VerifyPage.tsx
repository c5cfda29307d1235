import { A, useNavigate } from "@solidjs/router";
import { Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { createContinue, createSignInState, takeToken } from "../../lib/email-link.tsx";
import { tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Notice } from "../../lib/ui.tsx";
import { takeReturn } from "../api.ts";

/**
 * Step 2: the emailed link opens this page. Nothing happens until the person presses the
 * button, so mail scanners that open links do not use up the one-time token.
 */
export default function VerifyPage() {
  const navigate = useNavigate();
  const token = takeToken();
  const state = createSignInState();
  const verify = createContinue(state, {
    send: (token) => api.auth.verify.$post({ json: { token } }),
    done: ({ secondFactor: next }) =>
      navigate(
        next === "done" ? takeReturn() : next === "pending" ? "/sign-in/code" : "/sign-in/enrol",
        { replace: true },
      ),
  });

  return (
    <div class="signin">
      <PageHeading
        title={tr("signin.verify.title")}
        documentTitle={
          state.problem() ? `${tr("form.errorPrefix")} ${tr("signin.verify.title")}` : undefined
        }
      />
      <Show when={token} fallback={<Notice text={tr("signin.verify.noToken")} />}>
        <Notice text={state.problem()} ref={state.problemRef} testId="signin-problem" />
        <Show when={!verify.refused()}>
          <p>{tr("signin.verify.intro")}</p>
          <BusyButton
            type="button"
            id="signin-continue"
            busy={state.busy()}
            label={tr("signin.verify.button")}
            busyLabel={tr("signin.verify.busy")}
            onClick={() => void verify.run(token)}
          />
        </Show>
      </Show>
      <Show when={!token || verify.refused()}>
        <p class="after-notice">
          <A href="/sign-in" id="signin-again">
            {tr("signin.verify.again")}
          </A>
        </p>
      </Show>
    </div>
  );
}
