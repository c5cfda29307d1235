import { A } from "@solidjs/router";
import { onMount } from "solid-js";
import { api } from "../../lib/api.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { Loaded } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { useMe } from "../session.ts";
import { AdminPage } from "./AdminOnly.tsx";
import { RequireTotp } from "./RequireTotp.tsx";

/** Whether every coordinator must use an authenticator app, and setting up one's own. */
export default function SecurityPage() {
  return (
    <AdminPage title={tr("admin.security.title")}>
      <Security />
    </AdminPage>
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
        <Loaded loader={settings}>
          {(current) => <RequireTotp settings={current()} onSaved={settings.set} />}
        </Loaded>
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
