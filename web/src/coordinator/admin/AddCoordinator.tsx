import { createSignal, For, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Role } from "../types.ts";

const roles = ["coordinator", "admin"] as const satisfies readonly Role[];
export const roleLabel: Record<Role, MessageKey> = {
  coordinator: "admin.role.coordinator",
  admin: "admin.role.admin",
};

/** The add form: name, email and role; the new coordinator signs in with their address. */
export function AddCoordinator(props: { onAdded: () => void }) {
  const call = useApi();
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
    const result = await call(
      api.admin.coordinators.$post({
        json: { name: name().trim(), email: email().trim(), role: role() },
      }),
    );
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
          {busy() ? tr("ui.saving") : tr("admin.coordinators.add.submit")}
        </button>
      </form>
      <StatusMessage message={message()} id="add-message" />
    </section>
  );
}
