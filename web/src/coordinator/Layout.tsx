import { A, type RouteSectionProps, useLocation, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, on, onMount, Show } from "solid-js";
import { ConfirmPanel } from "../lib/actions.tsx";
import { api } from "../lib/api.ts";
import { createDisclosure } from "../lib/disclosure.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { focusSoon } from "../lib/focus.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { LoadState, StatusMessage } from "../lib/ui.tsx";
import { privacyHref, useContact } from "../pages/contact.tsx";
import { type SignInNotice, useApi } from "./api.ts";
import { Nav } from "./frame/Nav.tsx";
import { PersonMenu } from "./frame/PersonMenu.tsx";
import { MeContext } from "./session.ts";
import { refreshApplicants } from "./volunteers/counts.ts";

/**
 * The workspace frame of every signed-in page: a bar with the brand, the person menu and the
 * menu button (phones; the navigation follows it, so Tab goes on into the open menu); the navigation beside the page (or behind the menu button); the page
 * itself in `<main>`, as wide as the screen allows. Pages render only once the session is known
 * to be complete.
 */
export default function CoordinatorLayout(props: RouteSectionProps) {
  const call = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const me = createLoader(() => call(api.auth.me.$get()));
  const nav = createDisclosure();
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();

  onMount(async () => {
    await me.reload();
    const found = me.data();
    // Signed in, but the second factor is still open: finish it first.
    if (found?.secondFactor === "pending") navigate("/sign-in/code", { replace: true });
    if (found?.secondFactor === "enrol") navigate("/sign-in/enrol", { replace: true });
    if (found?.secondFactor === "done") await refreshApplicants(call);
  });
  // Following a link in the phone's menu closes it.
  createEffect(
    on(
      () => location.pathname + location.search,
      () => nav.setOpen(false),
    ),
  );

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

  const done = () => (me.data()?.secondFactor === "done" ? me.data() : undefined);

  return (
    <Show
      when={done()}
      fallback={
        <main id="main" tabindex="-1" class="ws-main ws-main--alone">
          <LoadState failure={me.failure()} retry={() => void me.reload()} />
        </main>
      }
    >
      {(current) => (
        <MeContext.Provider value={current}>
          <div class="ws">
            <header class="ws-bar">
              <A href="/coordinator" class="ws-bar__brand">
                {tr("app.name")}
              </A>
              <PersonMenu
                busy={busy()}
                onSignOut={() => void signOut(false)}
                onSignOutEverywhere={() => setConfirming(true)}
                everywhereOpen={confirming()}
              />
              <button
                type="button"
                id="ws-menu-button"
                ref={nav.buttonRef}
                class="ws-bar__menu"
                aria-expanded={nav.open()}
                aria-controls="ws-nav"
                onClick={nav.toggle}
              >
                <span class="ws-bar__menu-icon" aria-hidden="true" />
                {tr("coord.nav.menu")}
              </button>
            </header>
            <div class="ws-body">
              <Nav id="ws-nav" open={nav.open()} ref={nav.panelRef} />
              <main id="main" tabindex="-1" class="ws-main coord-app">
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
                      focusSoon(() => document.getElementById("person-menu-button") ?? undefined);
                    }}
                  >
                    <p>{tr("coord.signOutEverywhere.body")}</p>
                  </ConfirmPanel>
                </Show>
                <StatusMessage
                  message={error() ? { kind: "error", text: error() ?? "" } : undefined}
                />
                {props.children}
              </main>
            </div>
            <WorkspaceFooter />
          </div>
        </MeContext.Provider>
      )}
    </Show>
  );
}

/** The statements the public sees, reachable from the workspace's pages too. */
function WorkspaceFooter() {
  const contact = useContact();
  return (
    <footer class="ws-footer">
      <a href={privacyHref(contact())} id="footer-privacy">
        {tr("footer.privacy")}
      </a>
      <A href="/accessibility" id="footer-accessibility">
        {tr("footer.accessibility")}
      </A>
    </footer>
  );
}
