import { createEffect, createSignal, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { ErrorSummary, type SummaryItem } from "../../lib/ErrorSummary.tsx";
import { Field } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { useApi } from "../api.ts";

type Name = "code" | "currentCode";
const names: readonly Name[] = ["code", "currentCode"];
const fieldIds: Record<Name, string> = { code: "enrol-code", currentCode: "enrol-current-code" };

/**
 * The last step of enrolment: the first code from the new app and, when it replaces an app,
 * a code from the current one (or a recovery code). Problems are listed in an error summary
 * that takes focus, each linked to its field.
 */
export function EnrolForm(props: {
  replacing: boolean;
  onConfirmed: (recoveryCodes: string[]) => void;
  /** Whether the form shows problems now (the page's title says so). */
  onInvalid: (invalid: boolean) => void;
}) {
  const call = useApi();
  const [code, setCode] = createSignal("");
  const [currentCode, setCurrentCode] = createSignal("");
  const [errors, setErrors] = createSignal<Partial<Record<Name, string>>>({});
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let summary: HTMLDivElement | undefined;

  const label = (name: Name) =>
    name === "currentCode"
      ? tr("signin.enrol.current.label")
      : tr(props.replacing ? "signin.enrol.code.newLabel" : "signin.code.label");
  const items = (): SummaryItem[] => [
    ...names.flatMap((name) => {
      const text = errors()[name];
      return text ? [{ text: `${label(name)}: ${text}`, target: fieldIds[name] }] : [];
    }),
    ...(problem() ? [{ text: problem() ?? "" }] : []),
  ];
  createEffect(() => props.onInvalid(items().length > 0));

  const showProblems = (found: Partial<Record<Name, string>>, text?: string) => {
    setErrors(found);
    setProblem(text);
    focusSoon(() => summary);
  };

  async function confirm(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const value = code().trim();
    const current = currentCode().trim();
    const missing: Partial<Record<Name, string>> = {};
    if (!value) missing.code = tr("error.required");
    if (props.replacing && !current) missing.currentCode = tr("error.required");
    if (Object.keys(missing).length > 0) return showProblems(missing);
    setErrors({});
    setProblem(undefined);
    setBusy(true);
    const result = await call(
      api.auth.totp.enrolment.confirm.$post({
        json: { code: value, ...(props.replacing && { currentCode: current }) },
      }),
    );
    setBusy(false);
    if (result.ok) {
      props.onConfirmed(result.data.recoveryCodes);
      return;
    }
    if (redirected(result)) return;
    const fields =
      result.kind === "validation" || result.kind === "rejected" ? (result.fields ?? {}) : {};
    const found: Partial<Record<Name, string>> = {};
    for (const name of names) if (fields[name]) found[name] = fields[name];
    if (Object.keys(found).length > 0) showProblems(found);
    else showProblems({}, failureText(result));
  }

  return (
    <form novalidate aria-busy={busy()} onSubmit={(event) => void confirm(event)}>
      <Show when={items().length > 0}>
        <ErrorSummary
          id="enrol-errors"
          items={items()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>
      <Field
        id={fieldIds.code}
        label={label("code")}
        hint={tr("signin.enrol.code.hint")}
        error={errors().code}
        required
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength={8}
            spellcheck={false}
            class="input--code"
            value={code()}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        )}
      </Field>
      <Show when={props.replacing}>
        <Field
          id={fieldIds.currentCode}
          label={label("currentCode")}
          hint={tr("signin.enrol.current.hint")}
          error={errors().currentCode}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              autocapitalize="none"
              spellcheck={false}
              class="input--code"
              value={currentCode()}
              onInput={(e) => setCurrentCode(e.currentTarget.value)}
            />
          )}
        </Field>
      </Show>
      <button type="submit" id="enrol-confirm" class="button" disabled={busy()} aria-busy={busy()}>
        {busy() ? tr("signin.code.busy") : tr("signin.enrol.confirm")}
      </button>
    </form>
  );
}
