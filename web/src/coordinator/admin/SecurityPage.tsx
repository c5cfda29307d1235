import { A } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { focusHeadingOnNavigation } from "../../focus.ts";
import { tr, useTitle } from "../../i18n.ts";
import { failureText, redirected, useApi } from "../api.ts";
import { createLoader } from "../load.ts";
import { useMe } from "../session.ts";
import { type Flash, LoadState, StatusMessage } from "../ui.tsx";
import { AdminOnly } from "./AdminOnly.tsx";

interface SecuritySettings {
  requireTotp: boolean;
}

/** Whether every coordinator must use an authenticator app, and setting up one's own. */
export default function SecurityPage() {
  const headingRef = focusHeadingOnNavigation();
  useTitle(() => tr("admin.security.title"));
  return (
    <>
      <h1 ref={headingRef} tabindex="-1">
        {tr("admin.security.title")}
      </h1>
      <AdminOnly>
        <Security />
      </AdminOnly>
    </>
  );
}

function Security() {
  const api = useApi();
  const me = useMe();
  const settings = createLoader(() => api<SecuritySettings>("GET", "/api/admin/settings/security"));
  const [requireTotp, setRequireTotp] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  onMount(async () => {
    await settings.reload();
    setRequireTotp(settings.data()?.requireTotp ?? false);
  });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    setMessage(undefined);
    const result = await api<SecuritySettings>("PUT", "/api/admin/settings/security", {
      requireTotp: requireTotp(),
    });
    setBusy(false);
    if (result.ok) {
      settings.set(result.data);
      setMessage({
        kind: "success",
        text: tr(result.data.requireTotp ? "admin.security.savedOn" : "admin.security.savedOff"),
      });
    } else if (!redirected(result)) {
      setMessage({ kind: "error", text: failureText(result) });
    }
  }

  return (
    <>
      <section aria-labelledby="require-title">
        <h2 id="require-title">{tr("admin.security.require.title")}</h2>
        <Show
          when={settings.data()}
          fallback={<LoadState failure={settings.failure()} retry={() => void settings.reload()} />}
        >
          <form novalidate aria-busy={busy()} onSubmit={(event) => void save(event)}>
            <div class="field">
              <div class="choice">
                <input
                  type="checkbox"
                  id="require-totp"
                  name="requireTotp"
                  checked={requireTotp()}
                  aria-describedby="require-totp-hint"
                  onChange={(e) => setRequireTotp(e.currentTarget.checked)}
                />
                <label for="require-totp">{tr("admin.security.require.label")}</label>
              </div>
              <p id="require-totp-hint" class="hint hint--indented">
                {tr("admin.security.require.hint")}
              </p>
            </div>
            <Show when={requireTotp() && !me().totpEnrolled}>
              <p class="panel-note">{tr("admin.security.require.selfFirst")}</p>
            </Show>
            <button
              type="submit"
              id="security-save"
              class="button"
              disabled={busy()}
              aria-busy={busy()}
            >
              {busy() ? tr("coord.saving") : tr("admin.security.save")}
            </button>
          </form>
          <StatusMessage message={message()} id="security-message" />
        </Show>
      </section>
      <section aria-labelledby="own-title">
        <h2 id="own-title">{tr("admin.security.own.title")}</h2>
        <p>
          {tr(me().totpEnrolled ? "admin.security.own.enrolled" : "admin.security.own.notEnrolled")}
        </p>
        <p>
          <A href="/sign-in/enrol" id="security-enrol" class="button button--secondary">
            {tr(me().totpEnrolled ? "admin.security.own.replace" : "admin.security.own.enrol")}
          </A>
        </p>
      </section>
    </>
  );
}
