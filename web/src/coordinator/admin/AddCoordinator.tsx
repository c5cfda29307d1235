import { createSignal } from "solid-js";
import { createStore } from "solid-js/store";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { Radios, TextField } from "../../lib/fields.tsx";
import { bindFields, draftText } from "../../lib/form.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { createProblems, fromServer } from "../../lib/problems.ts";
import { type Flash, Notice, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Role } from "../types.ts";

const roles = ["coordinator", "admin"] as const satisfies readonly Role[];
export const roleLabel: Record<Role, MessageKey> = {
  coordinator: "admin.role.coordinator",
  admin: "admin.role.admin",
};
const labels: Record<string, MessageKey> = {
  name: "admin.coordinators.name",
  email: "admin.coordinators.email",
  role: "admin.coordinators.role",
};

/** The add form: name, email and role; the new coordinator signs in with their address. */
export function AddCoordinator(props: { onAdded: () => void }) {
  const call = useApi();
  const empty = () => ({ name: "", email: "", role: "coordinator" as Role });
  const [draft, setDraft] = createStore(empty());
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();

  const form = createProblems({
    label: (path) => (labels[path] ? tr(labels[path] ?? "error.invalid") : undefined),
    target: (path) => (path === "role" ? "add-role-coordinator" : `add-${path}`),
  });
  const field = bindFields<"name" | "email">({
    id: (name) => `add-${name}`,
    label: (name) => tr(`admin.coordinators.${name}`),
    error: form.error,
    ...draftText(draft, setDraft),
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setProblem(undefined);
    setMessage(undefined);
    const missing = (["name", "email"] as const).filter((name) => !draft[name].trim());
    if (missing.length > 0) {
      return form.show(
        Object.fromEntries(missing.map((name) => [name, { key: "error.required" }])),
      );
    }
    form.clear();
    setBusy(true);
    const result = await call(
      api.admin.coordinators.$post({
        json: { name: draft.name.trim(), email: draft.email.trim(), role: draft.role },
      }),
    );
    setBusy(false);
    if (result.ok) {
      setDraft(empty());
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
      return form.show(fromServer(result.fields));
    }
    if (result.kind === "rejected" && result.code === "email_taken") {
      return form.show({ email: { text: result.message } });
    }
    setProblem(failureText(result));
  }

  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title">{tr("admin.coordinators.add")}</h2>
      <ErrorSummary items={form.items()} ref={form.summaryRef} />
      <p class="hint">{tr("admin.coordinators.add.hint")}</p>
      <form novalidate aria-busy={busy()} onSubmit={(event) => void submit(event)}>
        <TextField {...field("name")} required autocomplete="off" />
        <TextField
          {...field("email")}
          required
          type="email"
          autocomplete="off"
          spellcheck={false}
        />
        <Radios
          id="add-role"
          legend={tr("admin.coordinators.role")}
          error={form.error("role")}
          options={roles}
          optionLabel={(role) => tr(roleLabel[role])}
          value={draft.role}
          onChange={(role) => setDraft("role", role)}
        />
        <Notice alert text={problem()} />
        <BusyButton
          id="add-submit"
          busy={busy()}
          label={tr("admin.coordinators.add.submit")}
          busyLabel={tr("ui.saving")}
        />
      </form>
      <StatusMessage message={message()} id="add-message" />
    </section>
  );
}
