import { A } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { focusHeadingOnNavigation } from "../../lib/focus.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { LoadState } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { useMe } from "../session.ts";
import { AdminOnly } from "./AdminOnly.tsx";
import { RequireTotp } from "./RequireTotp.tsx";

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
  const call = useApi();
  const me = useMe();
  const settings = createLoader(() => call(api.admin.settings.security.$get()));
  onMount(() => void settings.reload());

  return (
    <>
      <section aria-labelledby="require-title">
        <h2 id="require-title">{tr("admin.security.require.title")}</h2>
        <Show
          when={settings.data()}
          fallback={<LoadState failure={settings.failure()} retry={() => void settings.reload()} />}
        >
          {(current) => <RequireTotp settings={current()} onSaved={settings.set} />}
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
