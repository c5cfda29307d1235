import { createSignal, For, onMount, Show } from "solid-js";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../../components/Field.tsx";
import { focusHeadingOnNavigation, focusSoon } from "../../focus.ts";
import { type MessageKey, tr, useTitle } from "../../i18n.ts";
import { failureText, redirected, useApi } from "../api.ts";
import { formatDate } from "../format.ts";
import { createLoader } from "../load.ts";
import { useMe } from "../session.ts";
import type { CoordinatorView, Role } from "../types.ts";
import { ConfirmPanel, DataTable, type Flash, LoadState, StatusMessage } from "../ui.tsx";
import { AdminOnly } from "./AdminOnly.tsx";

const roles = ["coordinator", "admin"] as const satisfies readonly Role[];
const roleLabel: Record<Role, MessageKey> = {
  coordinator: "admin.role.coordinator",
  admin: "admin.role.admin",
};

type Pending = { kind: "deactivate" | "activate"; coordinator: CoordinatorView };

/** Adding coordinators, changing roles, and closing or reopening their access. */
export default function CoordinatorsPage() {
  const headingRef = focusHeadingOnNavigation();
  useTitle(() => tr("admin.coordinators.title"));
  return (
    <>
      <h1 ref={headingRef} tabindex="-1">
        {tr("admin.coordinators.title")}
      </h1>
      <AdminOnly>
        <Coordinators />
      </AdminOnly>
    </>
  );
}

function Coordinators() {
  const api = useApi();
  const me = useMe();
  const list = createLoader(() =>
    api<{ coordinators: CoordinatorView[] }>("GET", "/api/admin/coordinators"),
  );
  const [pending, setPending] = createSignal<Pending>();
  const [busy, setBusy] = createSignal<string>();
  const [message, setMessage] = createSignal<Flash>();
  let listHeading: HTMLHeadingElement | undefined;
  onMount(() => void list.reload());

  const sorted = () =>
    [...(list.data()?.coordinators ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, undefined, { sensitivity: "base" }),
    );

  async function change(coordinator: CoordinatorView, path: string, body: unknown, done: string) {
    setBusy(coordinator.id);
    setMessage(undefined);
    const result = await api<unknown>(
      path.endsWith("/role") ? "PUT" : "POST",
      `/api/admin/coordinators/${encodeURIComponent(coordinator.id)}/${path}`,
      body,
    );
    setBusy(undefined);
    if (!result.ok && redirected(result)) return;
    setPending(undefined);
    await list.reload();
    setMessage(
      result.ok ? { kind: "success", text: done } : { kind: "error", text: failureText(result) },
    );
    focusSoon(() => listHeading);
  }

  const setRole = (coordinator: CoordinatorView, role: Role) =>
    change(
      coordinator,
      "role",
      { role },
      tr("admin.coordinators.roleChanged", { name: coordinator.name, role: tr(roleLabel[role]) }),
    );

  const confirmPending = () => {
    const current = pending();
    if (!current) return;
    const { kind, coordinator } = current;
    void change(
      coordinator,
      kind,
      undefined,
      tr(
        kind === "deactivate" ? "admin.coordinators.deactivated" : "admin.coordinators.activated",
        {
          name: coordinator.name,
        },
      ),
    );
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
          {(current) => (
            <ConfirmPanel
              id="coordinator-confirm"
              title={tr(
                current().kind === "deactivate"
                  ? "admin.coordinators.deactivate.title"
                  : "admin.coordinators.activate.title",
                { name: current().coordinator.name },
              )}
              confirmId="coordinator-confirm-button"
              confirmLabel={tr(
                current().kind === "deactivate"
                  ? "admin.coordinators.deactivate"
                  : "admin.coordinators.activate",
              )}
              busy={busy() !== undefined}
              onConfirm={confirmPending}
              onCancel={cancelPending}
            >
              <p>
                {tr(
                  current().kind === "deactivate"
                    ? "admin.coordinators.deactivate.body"
                    : "admin.coordinators.activate.body",
                  { name: current().coordinator.name, email: current().coordinator.email },
                )}
              </p>
            </ConfirmPanel>
          )}
        </Show>
        <Show
          when={list.data()}
          fallback={<LoadState failure={list.failure()} retry={() => void list.reload()} />}
        >
          <DataTable
            testId="coordinators-table"
            caption={tr("admin.coordinators.caption")}
            columns={[
              tr("admin.coordinators.name"),
              tr("admin.coordinators.email"),
              tr("admin.coordinators.role"),
              tr("admin.coordinators.access"),
              tr("admin.coordinators.secondFactor"),
              tr("admin.coordinators.added"),
              tr("admin.coordinators.actions"),
            ]}
            rows={sorted()}
          >
            {(coordinator) => {
              const self = () => coordinator.id === me().id;
              const other: () => Role = () =>
                coordinator.role === "admin" ? "coordinator" : "admin";
              return (
                <tr
                  data-testid="coordinator-row"
                  classList={{ "row--inactive": !coordinator.active }}
                >
                  <th scope="row">
                    {coordinator.name}
                    <Show when={self()}>
                      {" "}
                      <span class="muted">({tr("admin.coordinators.you")})</span>
                    </Show>
                  </th>
                  <td class="break">{coordinator.email}</td>
                  <td>{tr(roleLabel[coordinator.role])}</td>
                  <td>
                    <span
                      class="badge"
                      classList={{
                        "badge--active": coordinator.active,
                        "badge--inactive": !coordinator.active,
                      }}
                    >
                      {tr(
                        coordinator.active
                          ? "admin.coordinators.active"
                          : "admin.coordinators.inactive",
                      )}
                    </span>
                  </td>
                  <td>
                    {tr(
                      coordinator.secondFactor
                        ? "admin.coordinators.secondFactor.yes"
                        : "admin.coordinators.secondFactor.no",
                    )}
                  </td>
                  <td>
                    <time datetime={coordinator.createdAt}>
                      {formatDate(coordinator.createdAt)}
                    </time>
                  </td>
                  <td>
                    <Show when={!self()} fallback={<span class="muted">–</span>}>
                      <div class="cell-actions">
                        <button
                          type="button"
                          id={`role-${coordinator.id}`}
                          class="button button--secondary button--small"
                          disabled={busy() !== undefined}
                          aria-busy={busy() === coordinator.id && !pending()}
                          onClick={() => void setRole(coordinator, other())}
                        >
                          {tr(
                            other() === "admin"
                              ? "admin.coordinators.makeAdmin"
                              : "admin.coordinators.makeCoordinator",
                          )}
                          <span class="visually-hidden"> {coordinator.name}</span>
                        </button>
                        <button
                          type="button"
                          id={`${coordinator.active ? "deactivate" : "activate"}-${coordinator.id}`}
                          class="button button--small"
                          classList={{
                            "button--warning-outline": coordinator.active,
                            "button--secondary": !coordinator.active,
                          }}
                          disabled={busy() !== undefined}
                          onClick={() => {
                            setMessage(undefined);
                            setPending({
                              kind: coordinator.active ? "deactivate" : "activate",
                              coordinator,
                            });
                          }}
                        >
                          {tr(
                            coordinator.active
                              ? "admin.coordinators.deactivate"
                              : "admin.coordinators.activate",
                          )}
                          <span class="visually-hidden"> {coordinator.name}</span>
                        </button>
                      </div>
                    </Show>
                  </td>
                </tr>
              );
            }}
          </DataTable>
        </Show>
      </section>
      <AddCoordinator onAdded={() => void list.reload()} />
    </>
  );
}

/** The add form: name, email and role; the new coordinator signs in with their address. */
function AddCoordinator(props: { onAdded: () => void }) {
  const api = useApi();
  const [name, setName] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [role, setRole] = createSignal<Role>("coordinator");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let summary: HTMLDivElement | undefined;

  const labels: Record<string, MessageKey> = {
    name: "admin.coordinators.name",
    email: "admin.coordinators.email",
    role: "admin.coordinators.role",
  };
  const items = () =>
    Object.entries(errors()).map(([path, text]) => ({
      text: labels[path] ? `${tr(labels[path] ?? "error.invalid")}: ${text}` : text,
      target: path === "role" ? "add-role-coordinator" : `add-${path}`,
    }));

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setProblem(undefined);
    setMessage(undefined);
    const found: Record<string, string> = {};
    if (!name().trim()) found.name = tr("error.required");
    if (!email().trim()) found.email = tr("error.required");
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusSoon(() => summary);
      return;
    }
    setBusy(true);
    const result = await api<CoordinatorView>("POST", "/api/admin/coordinators", {
      name: name().trim(),
      email: email().trim(),
      role: role(),
    });
    setBusy(false);
    if (result.ok) {
      setName("");
      setEmail("");
      setRole("coordinator");
      setMessage({
        kind: "success",
        text: tr("admin.coordinators.added.done", {
          name: result.data.name,
          email: result.data.email,
        }),
      });
      props.onAdded();
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      setErrors(result.fields);
      focusSoon(() => summary);
      return;
    }
    if (result.kind === "rejected" && result.code === "email_taken") {
      setErrors({ email: result.message });
      focusSoon(() => summary);
      return;
    }
    setProblem(failureText(result));
  }

  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">{tr("admin.coordinators.add")}</h2>
      <Show when={items().length > 0}>
        <ErrorSummary
          items={items()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>
      <p class="hint">{tr("admin.coordinators.add.hint")}</p>
      <form novalidate aria-busy={busy()} onSubmit={(event) => void submit(event)}>
        <Field id="add-name" label={tr("admin.coordinators.name")} error={errors().name} required>
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              value={name()}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          id="add-email"
          label={tr("admin.coordinators.email")}
          error={errors().email}
          required
        >
          {(control) => (
            <input
              {...control}
              type="email"
              autocomplete="off"
              spellcheck={false}
              value={email()}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <ChoiceGroup id="add-role" legend={tr("admin.coordinators.role")} error={errors().role}>
          <For each={roles}>
            {(option) => (
              <Choice
                type="radio"
                id={`add-role-${option}`}
                name="add-role"
                value={option}
                checked={role() === option}
                label={tr(roleLabel[option])}
                onChange={() => setRole(option)}
              />
            )}
          </For>
        </ChoiceGroup>
        <Show when={problem()}>
          {(text) => (
            <div class="notice" role="alert">
              <p>{text()}</p>
            </div>
          )}
        </Show>
        <button type="submit" id="add-submit" class="button" disabled={busy()} aria-busy={busy()}>
          {busy() ? tr("coord.saving") : tr("admin.coordinators.add.submit")}
        </button>
      </form>
      <StatusMessage message={message()} id="add-message" />
    </section>
  );
}
