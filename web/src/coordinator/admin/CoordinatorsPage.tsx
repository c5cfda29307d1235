import { createSignal, For, onMount, Show } from "solid-js";
import { ConfirmPanel } from "../../lib/actions.tsx";
import { api, type Json, params, type Sent } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatDate } from "../../lib/format.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { useMe } from "../session.ts";
import { DataTable } from "../table.tsx";
import type { CoordinatorView, Role } from "../types.ts";
import { AddCoordinator, roleLabel } from "./AddCoordinator.tsx";
import { AdminPage } from "./AdminOnly.tsx";

/** The changes that ask first; each one's path under the coordinator is its kind. */
type Kind = "deactivate" | "activate" | "remove-authenticator";
type Pending = { kind: Kind; coordinator: CoordinatorView };

const confirmTexts: Record<Kind, { title: MessageKey; body: MessageKey[]; button: MessageKey }> = {
  deactivate: {
    title: "admin.coordinators.deactivate.title",
    body: ["admin.coordinators.deactivate.body"],
    button: "admin.coordinators.deactivate",
  },
  activate: {
    title: "admin.coordinators.activate.title",
    body: ["admin.coordinators.activate.body"],
    button: "admin.coordinators.activate",
  },
  "remove-authenticator": {
    title: "admin.coordinators.removeApp.title",
    body: ["admin.coordinators.removeApp.body", "admin.coordinators.removeApp.check"],
    button: "admin.coordinators.removeApp",
  },
};

/** Adding coordinators, changing roles, closing or reopening access, removing a lost app. */
export default function CoordinatorsPage() {
  return (
    <AdminPage title={tr("admin.coordinators.title")}>
      <Coordinators />
    </AdminPage>
  );
}

function Coordinators() {
  const call = useApi();
  const list = createLoader(() => call(api.admin.coordinators.$get()));
  const [pending, setPending] = createSignal<Pending>();
  const [busy, setBusy] = createSignal<string>();
  const [message, setMessage] = createSignal<Flash>();
  let listHeading: HTMLHeadingElement | undefined;
  onMount(() => void list.reload());

  const sorted = () =>
    [...(list.data()?.coordinators ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, undefined, { sensitivity: "base" }),
    );

  const route = api.admin.coordinators[":id"];

  async function change<R extends Awaited<Sent>>(
    coordinator: CoordinatorView,
    sent: Promise<R>,
    done: (data: Json<R>) => string,
  ) {
    setBusy(coordinator.id);
    setMessage(undefined);
    const result = await call(sent);
    setBusy(undefined);
    if (!result.ok && redirected(result)) return;
    setPending(undefined);
    await list.reload();
    setMessage(
      result.ok
        ? { kind: "success", text: done(result.data) }
        : { kind: "error", text: failureText(result) },
    );
    focusSoon(() => listHeading);
  }

  const setRole = (coordinator: CoordinatorView, role: Role) =>
    change(
      coordinator,
      route.role.$put({ param: params({ id: coordinator.id }), json: { role } }),
      () =>
        tr("admin.coordinators.roleChanged", { name: coordinator.name, role: tr(roleLabel[role]) }),
    );

  const ask = (kind: Kind, coordinator: CoordinatorView) => {
    setMessage(undefined);
    setPending({ kind, coordinator });
  };

  const confirmPending = () => {
    const current = pending();
    if (!current) return;
    const { kind, coordinator } = current;
    const param = params({ id: coordinator.id });
    const said = (key: MessageKey) => tr(key, { name: coordinator.name });
    if (kind === "remove-authenticator") {
      void change(coordinator, route[kind].$post({ param }), (data) =>
        said(data.removed ? "admin.coordinators.removedApp" : "admin.coordinators.removedApp.none"),
      );
    } else if (kind === "activate") {
      void change(coordinator, route.activate.$post({ param }), () =>
        said("admin.coordinators.activated"),
      );
    } else {
      void change(coordinator, route.deactivate.$post({ param }), () =>
        said("admin.coordinators.deactivated"),
      );
    }
  };

  const cancelPending = () => {
    const current = pending();
    setPending(undefined);
    if (current) {
      focusSoon(
        () => document.getElementById(`${current.kind}-${current.coordinator.id}`) ?? undefined,
      );
    }
  };

  return (
    <>
      <section aria-labelledby="coordinators-list-title">
        <h2 id="coordinators-list-title" ref={listHeading} tabindex="-1">
          {tr("admin.coordinators.list")}
        </h2>
        <StatusMessage message={message()} id="coordinators-message" />
        <Show when={pending()}>
          {(current) => {
            const texts = () => confirmTexts[current().kind];
            const values = () => ({
              name: current().coordinator.name,
              email: current().coordinator.email,
            });
            return (
              <ConfirmPanel
                id="coordinator-confirm"
                title={tr(texts().title, values())}
                confirmId="coordinator-confirm-button"
                confirmLabel={tr(texts().button)}
                busy={busy() !== undefined}
                onConfirm={confirmPending}
                onCancel={cancelPending}
              >
                <For each={texts().body}>{(key) => <p>{tr(key, values())}</p>}</For>
              </ConfirmPanel>
            );
          }}
        </Show>
        <Loaded loader={list}>
          {() => (
            <DataTable
              testId="coordinators-table"
              caption={tr("admin.coordinators.caption")}
              columns={[
                "admin.coordinators.name",
                "admin.coordinators.email",
                "admin.coordinators.role",
                "admin.coordinators.access",
                "admin.coordinators.secondFactor",
                "admin.coordinators.added",
                "admin.coordinators.actions",
              ]}
              rows={sorted()}
            >
              {(coordinator) => (
                <CoordinatorRow
                  coordinator={coordinator}
                  busy={busy()}
                  pending={pending() !== undefined}
                  onRole={(role) => void setRole(coordinator, role)}
                  onAsk={(kind) => ask(kind, coordinator)}
                />
              )}
            </DataTable>
          )}
        </Loaded>
      </section>
      <AddCoordinator onAdded={() => void list.reload()} />
    </>
  );
}

/** One coordinator: who, role, access, app, and what an admin may change (not for oneself). */
function CoordinatorRow(props: {
  coordinator: CoordinatorView;
  /** The coordinator whose change is on its way, if any. */
  busy: string | undefined;
  pending: boolean;
  onRole: (role: Role) => void;
  onAsk: (kind: Kind) => void;
}) {
  const me = useMe();
  const c = () => props.coordinator;
  const self = () => c().id === me().id;
  const other = (): Role => (c().role === "admin" ? "coordinator" : "admin");
  const access = (): Kind => (c().active ? "deactivate" : "activate");
  return (
    <tr data-testid="coordinator-row" classList={{ "row--inactive": !c().active }}>
      <th scope="row">
        {c().name}
        <Show when={self()}>
          {" "}
          <span class="muted">({tr("admin.coordinators.you")})</span>
        </Show>
      </th>
      <td class="break">{c().email}</td>
      <td>{tr(roleLabel[c().role])}</td>
      <td>
        <span
          class="badge"
          classList={{ "badge--active": c().active, "badge--inactive": !c().active }}
        >
          {tr(c().active ? "admin.coordinators.active" : "admin.coordinators.inactive")}
        </span>
      </td>
      <td>
        {tr(
          c().secondFactor
            ? "admin.coordinators.secondFactor.yes"
            : "admin.coordinators.secondFactor.no",
        )}
      </td>
      <td>
        <time datetime={c().createdAt}>{formatDate(c().createdAt)}</time>
      </td>
      <td>
        <Show when={!self()} fallback={<span class="muted">–</span>}>
          <div class="cell-actions">
            <button
              type="button"
              id={`role-${c().id}`}
              class="button button--secondary button--small"
              disabled={props.busy !== undefined}
              aria-busy={props.busy === c().id && !props.pending}
              onClick={() => props.onRole(other())}
            >
              {tr(
                other() === "admin"
                  ? "admin.coordinators.makeAdmin"
                  : "admin.coordinators.makeCoordinator",
              )}
              <span class="visually-hidden"> {c().name}</span>
            </button>
            <button
              type="button"
              id={`${access()}-${c().id}`}
              class="button button--small"
              classList={{
                "button--warning-outline": c().active,
                "button--secondary": !c().active,
              }}
              disabled={props.busy !== undefined}
              onClick={() => props.onAsk(access())}
            >
              {tr(confirmTexts[access()].button)}
              <span class="visually-hidden"> {c().name}</span>
            </button>
            <Show when={c().secondFactor}>
              <button
                type="button"
                id={`remove-authenticator-${c().id}`}
                class="button button--small button--warning-outline"
                disabled={props.busy !== undefined}
                onClick={() => props.onAsk("remove-authenticator")}
              >
                {tr("admin.coordinators.removeApp")}
                <span class="visually-hidden"> {c().name}</span>
              </button>
            </Show>
          </div>
        </Show>
      </td>
    </tr>
  );
}
