import { createEffect, createSignal, Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary, type SummaryItem } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { summaryText } from "../../lib/problems.ts";
import { useApi } from "../api.ts";
import { appCode, recoveryCode } from "./codes.ts";

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
      return text ? [{ text: summaryText(label(name), text), target: fieldIds[name] }] : [];
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
      <ErrorSummary id="enrol-errors" items={items()} ref={summary} />
      <TextField
        id={fieldIds.code}
        label={label("code")}
        hint={tr("signin.enrol.code.hint")}
        error={errors().code}
        required
        {...appCode}
        value={code()}
        onInput={setCode}
      />
      <Show when={props.replacing}>
        <TextField
          id={fieldIds.currentCode}
          label={label("currentCode")}
          hint={tr("signin.enrol.current.hint")}
          error={errors().currentCode}
          required
          {...recoveryCode}
          value={currentCode()}
          onInput={setCurrentCode}
        />
      </Show>
      <BusyButton
        id="enrol-confirm"
        busy={busy()}
        label={tr("signin.enrol.confirm")}
        busyLabel={tr("signin.code.busy")}
      />
    </form>
  );
}
