import { type JSX, Show } from "solid-js";
import { tr } from "../../lib/i18n.ts";
import { useMe } from "../session.ts";

/** Admin pages: others see why the page is closed to them (the API refuses them anyway). */
export function AdminOnly(props: { children: JSX.Element }) {
  const me = useMe();
  return (
    <Show
      when={me().role === "admin"}
      fallback={
        <div class="notice" data-testid="admin-only">
          <p>{tr("error.forbidden")}</p>
        </div>
      }
    >
      {props.children}
    </Show>
  );
}
