import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { BusyButton, ConfirmPanel } from "../../lib/actions.tsx";
import { type Answer, api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, Notice, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { useMe } from "../session.ts";

type SecuritySettings = Answer<typeof api.admin.settings.security.$get>;

/**
 * Whether every coordinator must use an authenticator app. Turning it off asks first (an email
 * alone then opens health and child-protection matters); turning it on needs an app of one's own.
 */
export function RequireTotp(props: {
  settings: SecuritySettings;
  onSaved: (settings: SecuritySettings) => void;
}) {
  const call = useApi();
  const me = useMe();
  const [requireTotp, setRequireTotp] = createSignal(props.settings.requireTotp);
  const [confirmingOff, setConfirmingOff] = createSignal(false);
  const [enrolFirst, setEnrolFirst] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let enrolFirstBox: HTMLDivElement | undefined;
  const checkbox = () => document.getElementById("require-totp") ?? undefined;

  function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    setEnrolFirst(undefined);
    if (!requireTotp() && props.settings.requireTotp) setConfirmingOff(true);
    else void save();
  }

  async function save() {
    setBusy(true);
    // Turning the requirement on ends the sessions of those without an app: the answer counts them.
    const result = await call(
      api.admin.settings.security.$put({ json: { requireTotp: requireTotp() } }),
    );
    setBusy(false);
    setConfirmingOff(false);
    if (result.ok) {
      const { requireTotp: on, signedOut } = result.data;
      props.onSaved({ requireTotp: on });
      setMessage({ kind: "success", text: savedText(on, signedOut) });
      focusSoon(checkbox);
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "rejected" && result.code === "enrol_first") {
      setEnrolFirst(result.message);
      focusSoon(() => enrolFirstBox);
      return;
    }
    setMessage({ kind: "error", text: failureText(result) });
    focusSoon(checkbox);
  }

  const cancelOff = () => {
    setConfirmingOff(false);
    setRequireTotp(props.settings.requireTotp);
    focusSoon(checkbox);
  };

  return (
    <>
      <form novalidate aria-busy={busy()} onSubmit={submit}>
        <div class="field">
          <div class="choice">
            <input
              type="checkbox"
              id="require-totp"
              name="requireTotp"
              checked={requireTotp()}
              aria-describedby="require-totp-hint"
              disabled={confirmingOff()}
              onChange={(e) => setRequireTotp(e.currentTarget.checked)}
            />
            <label for="require-totp">{tr("admin.security.require.label")}</label>
          </div>
          <p id="require-totp-hint" class="hint hint--indented">
            {tr("admin.security.require.hint")}
          </p>
        </div>
        <Show when={!props.settings.requireTotp}>
          <div class="warning-box" data-testid="security-off">
            <p>{tr("admin.security.isOff")}</p>
          </div>
        </Show>
        <Show when={requireTotp() && !me().totpEnrolled && !enrolFirst()}>
          <p class="panel-note">{tr("admin.security.require.selfFirst")}</p>
        </Show>
        <Show when={enrolFirst()}>
          {(text) => (
            <Notice alert text={text()} ref={enrolFirstBox}>
              <p>
                <A href="/sign-in/enrol" id="security-enrol-first">
                  {tr("admin.security.enrolFirst.link")}
                </A>
              </p>
            </Notice>
          )}
        </Show>
        <Show when={!confirmingOff()}>
          <BusyButton
            id="security-save"
            busy={busy()}
            label={tr("admin.security.save")}
            busyLabel={tr("ui.saving")}
          />
        </Show>
      </form>
      <Show when={confirmingOff()}>
        <ConfirmPanel
          id="security-off"
          title={tr("admin.security.off.title")}
          confirmId="security-off-confirm"
          confirmLabel={tr("admin.security.off.confirm")}
          busyLabel={tr("ui.saving")}
          busy={busy()}
          onConfirm={() => void save()}
          onCancel={cancelOff}
        >
          <p>{tr("admin.security.off.body")}</p>
        </ConfirmPanel>
      </Show>
      <StatusMessage message={message()} id="security-message" />
    </>
  );
}

function savedText(on: boolean, signedOut: number): string {
  if (!on) return tr("admin.security.savedOff");
  const ended =
    signedOut > 0
      ? tr("admin.security.signedOut", { count: formatNumber(signedOut) })
      : tr("admin.security.signedOut.none");
  return `${tr("admin.security.savedOn")} ${ended}`;
}
