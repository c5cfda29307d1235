import { type JSX, Show } from "solid-js";
import { tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { Notice } from "../../lib/ui.tsx";
import { useMe } from "../session.ts";

/**
 * An admin page: its heading, then its content for admins; others see why the page is closed
 * to them (the API refuses them anyway).
 */
export function AdminPage(props: { title: string; children: JSX.Element }) {
  const me = useMe();
  return (
    <>
      <PageHeading title={props.title} />
      <Show
        when={me().role === "admin"}
        fallback={<Notice text={tr("error.forbidden")} testId="admin-only" />}
      >
        {props.children}
      </Show>
    </>
  );
}
