import { A, useNavigate } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import { Field } from "../../components/Field.tsx";
import { focusHeadingOnNavigation, focusSoon } from "../../focus.ts";
import { tr, useTitle } from "../../i18n.ts";
import { failureText, redirected, takeReturn, useApi } from "../api.ts";
import type { Me } from "../types.ts";
import { type Flash, Loading, StatusMessage } from "../ui.tsx";

interface Enrolment {
  secret: string;
  uri: string;
  /** An SVG made by our own API from the otpauth URI (no scripts, no styles). */
  qrSvg: string;
}

/** "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, "$1 ");

/**
 * Setting up an authenticator app: at sign-in when the association requires it, or by choice
 * from the security page. Ends by showing the recovery codes, once.
 */
export default function EnrolPage() {
  const headingRef = focusHeadingOnNavigation();
  const api = useApi();
  const navigate = useNavigate();
  const [me, setMe] = createSignal<Me>();
  const [enrolment, setEnrolment] = createSignal<Enrolment>();
  const [loadError, setLoadError] = createSignal<string>();
  const [code, setCode] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [recoveryCodes, setRecoveryCodes] = createSignal<string[]>();
  const [copied, setCopied] = createSignal<Flash>();
  let codesHeading: HTMLHeadingElement | undefined;

  useTitle(() =>
    recoveryCodes()
      ? tr("signin.enrol.codes.title")
      : (error() ? `${tr("form.errorPrefix")} ` : "") + tr("signin.enrol.title"),
  );

  onMount(async () => {
    const found = await api<Me>("GET", "/api/auth/me");
    if (!found.ok) {
      if (!redirected(found)) setLoadError(failureText(found));
      return;
    }
    setMe(found.data);
    if (found.data.secondFactor === "pending") {
      navigate("/sign-in/code", { replace: true });
      return;
    }
    const started = await api<Enrolment>("POST", "/api/auth/totp/enrolment");
    if (started.ok) setEnrolment(started.data);
    else if (!redirected(started)) setLoadError(failureText(started));
  });

  async function confirm(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const value = code().trim();
    if (!value) {
      setError(tr("error.required"));
      focusSoon(() => document.getElementById("enrol-code") ?? undefined);
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await api<{ recoveryCodes: string[] }>(
      "POST",
      "/api/auth/totp/enrolment/confirm",
      { code: value },
    );
    setBusy(false);
    if (result.ok) {
      setRecoveryCodes(result.data.recoveryCodes);
      focusSoon(() => codesHeading);
      return;
    }
    if (redirected(result)) return;
    setError(
      result.kind === "validation" ? (result.fields.code ?? result.message) : failureText(result),
    );
    focusSoon(() => document.getElementById("enrol-code") ?? undefined);
  }

  async function copyCodes() {
    try {
      await navigator.clipboard.writeText((recoveryCodes() ?? []).join("\n"));
      setCopied({ kind: "success", text: tr("signin.enrol.codes.copied") });
    } catch {
      setCopied({ kind: "error", text: tr("signin.enrol.codes.copyFailed") });
    }
  }

  return (
    <div class="signin">
      <Show
        when={recoveryCodes()}
        fallback={
          <>
            <h1 ref={headingRef} tabindex="-1">
              {tr("signin.enrol.title")}
            </h1>
            <Show when={me()?.secondFactor === "enrol"}>
              <p class="panel-note">{tr("signin.enrol.required")}</p>
            </Show>
            <Show when={me()?.totpEnrolled}>
              <p class="panel-note">{tr("signin.enrol.replace")}</p>
            </Show>
            <Show when={me()?.secondFactor === "done"}>
              <p>
                <A href="/coordinator" id="enrol-back">
                  {tr("signin.enrol.back")}
                </A>
              </p>
            </Show>
            <Show when={loadError()}>
              {(text) => (
                <div class="notice" role="alert">
                  <p>{text()}</p>
                </div>
              )}
            </Show>
            <Show
              when={enrolment()}
              fallback={
                <Show when={!loadError()}>
                  <Loading />
                </Show>
              }
            >
              {(current) => (
                <>
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
                      <form novalidate aria-busy={busy()} onSubmit={(event) => void confirm(event)}>
                        <Field
                          id="enrol-code"
                          label={tr("signin.code.label")}
                          hint={tr("signin.enrol.code.hint")}
                          error={error()}
                          required
                        >
                          {(control) => (
                            <input
                              {...control}
                              type="text"
                              inputmode="numeric"
                              autocomplete="one-time-code"
                              maxlength={8}
                              spellcheck={false}
                              class="input--code"
                              value={code()}
                              onInput={(e) => setCode(e.currentTarget.value)}
                            />
                          )}
                        </Field>
                        <button
                          type="submit"
                          id="enrol-confirm"
                          class="button"
                          disabled={busy()}
                          aria-busy={busy()}
                        >
                          {busy() ? tr("signin.code.busy") : tr("signin.enrol.confirm")}
                        </button>
                      </form>
                    </li>
                  </ol>
                </>
              )}
            </Show>
          </>
        }
      >
        {(codes) => (
          <>
            <h1 ref={codesHeading} tabindex="-1">
              {tr("signin.enrol.codes.title")}
            </h1>
            <div class="warning-box">
              <p>
                <strong>{tr("signin.enrol.codes.warning")}</strong>
              </p>
              <p>{tr("signin.enrol.codes.body")}</p>
            </div>
            <ol class="recovery-codes" data-testid="recovery-codes">
              <For each={codes()}>
                {(item) => (
                  <li>
                    <code>{item}</code>
                  </li>
                )}
              </For>
            </ol>
            <div class="button-row">
              <button
                type="button"
                class="button button--secondary"
                onClick={() => void copyCodes()}
              >
                {tr("signin.enrol.codes.copy")}
              </button>
              <button
                type="button"
                id="enrol-continue"
                class="button"
                onClick={() => navigate(takeReturn(), { replace: true })}
              >
                {tr("signin.enrol.codes.continue")}
              </button>
            </div>
            <StatusMessage message={copied()} />
          </>
        )}
      </Show>
    </div>
  );
}
