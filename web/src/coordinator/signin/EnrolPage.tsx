import { A, useNavigate } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Loading, Notice } from "../../lib/ui.tsx";
import { takeReturn, useApi } from "../api.ts";
import type { Enrolment, Me } from "../types.ts";
import { EnrolForm } from "./EnrolForm.tsx";
import { RecoveryCodes } from "./RecoveryCodes.tsx";

/** "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, "$1 ");

/**
 * Setting up an authenticator app: at sign-in when the association requires it, or by choice
 * from the security page. Replacing an app also asks for a code from the current one. Ends by
 * showing the recovery codes, once.
 */
export default function EnrolPage() {
  const call = useApi();
  const navigate = useNavigate();
  const [me, setMe] = createSignal<Me>();
  const [enrolment, setEnrolment] = createSignal<Enrolment>();
  const [loadError, setLoadError] = createSignal<string>();
  const [invalid, setInvalid] = createSignal(false);
  const [recoveryCodes, setRecoveryCodes] = createSignal<string[]>();

  onMount(async () => {
    const found = await call(api.auth.me.$get());
    if (!found.ok) {
      if (!redirected(found)) setLoadError(failureText(found));
      return;
    }
    setMe(found.data);
    // Someone with an app finishes signing in with it before changing it.
    if (found.data.secondFactor === "pending") {
      navigate("/sign-in/code", { replace: true });
      return;
    }
    const started = await call(api.auth.totp.enrolment.$post());
    if (started.ok) setEnrolment(started.data);
    else if (!redirected(started)) setLoadError(failureText(started));
  });

  const replacing = () => enrolment()?.replacing ?? me()?.totpEnrolled ?? false;

  return (
    <div class="signin">
      <Show
        when={recoveryCodes()}
        fallback={
          <>
            <PageHeading
              title={tr("signin.enrol.title")}
              documentTitle={
                invalid() ? `${tr("form.errorPrefix")} ${tr("signin.enrol.title")}` : undefined
              }
            />
            <Show when={me()?.secondFactor === "enrol"}>
              <p class="panel-note">{tr("signin.enrol.required")}</p>
            </Show>
            <Show when={replacing()}>
              <p class="panel-note">{tr("signin.enrol.replace")}</p>
            </Show>
            <Show when={me()?.secondFactor === "done"}>
              <p>
                <A href="/coordinator" id="enrol-back">
                  {tr("signin.enrol.back")}
                </A>
              </p>
            </Show>
            <Notice alert text={loadError()} />
            <Show
              when={enrolment()}
              fallback={
                <Show when={!loadError()}>
                  <Loading />
                </Show>
              }
            >
              {(current) => (
                <ol class="enrol-steps">
                  <li>
                    <h2>{tr("signin.enrol.step1")}</h2>
                    <p>{tr("signin.enrol.step1.body")}</p>
                  </li>
                  <li>
                    <h2>{tr("signin.enrol.step2")}</h2>
                    {/* The SVG comes from our own API; CSP keeps scripts and styles out anyway. */}
                    <div
                      class="qr"
                      role="img"
                      aria-label={tr("signin.enrol.qr")}
                      innerHTML={current().qrSvg}
                    />
                    <p>{tr("signin.enrol.secret")}</p>
                    <p>
                      <code
                        class="secret"
                        data-testid="enrol-secret"
                        data-secret={current().secret}
                      >
                        {grouped(current().secret)}
                      </code>
                    </p>
                    <p class="hint">{tr("signin.enrol.secret.hint")}</p>
                  </li>
                  <li>
                    <h2>{tr("signin.enrol.step3")}</h2>
                    <EnrolForm
                      replacing={current().replacing}
                      onConfirmed={setRecoveryCodes}
                      onInvalid={setInvalid}
                    />
                  </li>
                </ol>
              )}
            </Show>
          </>
        }
      >
        {(codes) => (
          <RecoveryCodes
            codes={codes()}
            onContinue={() => navigate(takeReturn(), { replace: true })}
          />
        )}
      </Show>
    </div>
  );
}
