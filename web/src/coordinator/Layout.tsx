import { A, type RouteSectionProps, useNavigate } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../lib/actions.tsx";
import { api } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { formatNumber } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { LoadState, StatusMessage } from "../lib/ui.tsx";
import { type SignInNotice, useApi } from "./api.ts";
import { MeContext } from "./session.ts";
import { newApplicants, refreshApplicants } from "./volunteers/counts.ts";

/**
 * The frame of every signed-in page: who is signed in, the coordinator navigation and signing
 * out. Pages render only once the session is known to be complete.
 */
export default function CoordinatorLayout(props: RouteSectionProps) {
  const call = useApi();
  const navigate = useNavigate();
  const me = createLoader(() => call(api.auth.me.$get()));
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  let everywhereButton: HTMLButtonElement | undefined;

  onMount(async () => {
    await me.reload();
    const found = me.data();
    // Signed in, but the second factor is still open: finish it first.
    if (found?.secondFactor === "pending") navigate("/sign-in/code", { replace: true });
    if (found?.secondFactor === "enrol") navigate("/sign-in/enrol", { replace: true });
    if (found?.secondFactor === "done") {
      await refreshApplicants(call);
    }
  });

  const signOut = async (everywhere: boolean) => {
    setBusy(true);
    setError(undefined);
    const result = await call(
      everywhere ? api.auth["sign-out-everywhere"].$post() : api.auth["sign-out"].$post(),
    );
    setBusy(false);
    if (result.ok) {
      const notice: SignInNotice = everywhere ? "signedOutEverywhere" : "signedOut";
      navigate("/sign-in", { replace: true, state: { notice } });
    } else if (!redirected(result)) {
      setError(failureText(result));
    }
  };

  return (
    <div class="coord-app">
      <Show
        when={me.data()?.secondFactor === "done" ? me.data() : undefined}
        fallback={<LoadState failure={me.failure()} retry={() => void me.reload()} />}
      >
        {(current) => (
          <MeContext.Provider value={current}>
            <div class="coord-bar">
              <p class="coord-bar__who">
                {tr("coord.signedInAs")} <strong id="coordinator-name">{current().name}</strong>
                <Show when={current().role === "admin"}> ({tr("admin.role.admin")})</Show>
              </p>
              <nav class="coord-nav" aria-label={tr("coord.nav.label")}>
                <ul>
                  <li>
                    <A href="/coordinator" end>
                      {tr("coord.nav.inbox")}
                    </A>
                  </li>
                  <li>
                    <A href="/coordinator/volunteers" id="nav-volunteers">
                      {tr("bank.nav")}
                      <Show when={newApplicants()}>
                        {(count) => (
                          <span class="count" data-testid="nav-applicants">
                            {formatNumber(count())}
                            <span class="visually-hidden"> {tr("bank.nav.newApplicants")}</span>
                          </span>
                        )}
                      </Show>
                    </A>
                  </li>
                  <li>
                    <A href="/coordinator/emails">{tr("coord.nav.emails")}</A>
                  </li>
                  <li>
                    <A href="/coordinator/jobs" id="nav-jobs">
                      {tr("coord.nav.jobs")}
                    </A>
                  </li>
                  <Show when={current().role === "admin"}>
                    <li>
                      <A href="/coordinator/admin/coordinators">{tr("coord.nav.coordinators")}</A>
                    </li>
                    <li>
                      <A href="/coordinator/admin/security">{tr("coord.nav.security")}</A>
                    </li>
                    <li>
                      <A href="/coordinator/admin/audit">{tr("coord.nav.audit")}</A>
                    </li>
                  </Show>
                  <Show when={!current().totpEnrolled}>
                    <li>
                      <A href="/sign-in/enrol">{tr("coord.nav.enrol")}</A>
                    </li>
                  </Show>
                </ul>
              </nav>
              <div class="coord-bar__account">
                <button
                  type="button"
                  id="sign-out"
                  class="button button--secondary button--small"
                  disabled={busy()}
                  onClick={() => void signOut(false)}
                >
                  {tr("coord.signOut")}
                </button>
                <OpenButton
                  id="sign-out-everywhere"
                  ref={everywhereButton}
                  class="button button--secondary button--small"
                  expanded={confirming()}
                  disabled={busy()}
                  onClick={() => setConfirming(true)}
                  label={tr("coord.signOutEverywhere")}
                />
              </div>
            </div>
            <Show when={confirming()}>
              <ConfirmPanel
                id="sign-out-everywhere-panel"
                level={2}
                title={tr("coord.signOutEverywhere.title")}
                confirmId="sign-out-everywhere-confirm"
                confirmLabel={tr("coord.signOutEverywhere.confirm")}
                busy={busy()}
                onConfirm={() => void signOut(true)}
                onCancel={() => {
                  setConfirming(false);
                  everywhereButton?.focus();
                }}
              >
                <p>{tr("coord.signOutEverywhere.body")}</p>
              </ConfirmPanel>
            </Show>
            <StatusMessage message={error() ? { kind: "error", text: error() ?? "" } : undefined} />
            {props.children}
          </MeContext.Provider>
        )}
      </Show>
    </div>
  );
}
