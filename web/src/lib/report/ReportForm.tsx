import { createMemo, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ErrorSummary } from "../ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../Field.tsx";
import { focusSoon } from "../focus.ts";
import { tr } from "../i18n.ts";
import {
  checkReport,
  emptyReport,
  orderedReportErrors,
  outcomes,
  type Report,
  type ReportErrors,
  type ReportField,
  type ReportProblem,
  serverErrors,
  wellbeingLevels,
} from "./report.ts";

/**
 * The visit report's fields, for the volunteer (texts `links.report.*`) and for a coordinator
 * recording an outcome heard by phone (`detail.outcome.*`): the same questions, worded for who
 * answers. Checked with the API's schema before sending; problems are listed in an error
 * summary that takes focus, each linked to its field.
 */

export type ReportTexts = "links.report" | "detail.outcome";
type Part =
  | "happened"
  | `happened.${(typeof outcomes)[number]}`
  | "minutes"
  | "minutes.hint"
  | "minutes.invalid"
  | "howItWent"
  | "howItWent.hint"
  | "safety"
  | "safety.hint"
  | "followUp"
  | "followUp.hint"
  | "followUpNote"
  | "followUpNote.hint"
  | "wellbeing"
  | `wellbeing.${(typeof wellbeingLevels)[number]}`
  | "wantsTalk"
  | "wantsTalk.hint"
  | "submit"
  | "submitting";

/** What the page made of the answer: done, or what to show on the form. */
export type SubmitOutcome =
  | { ok: true }
  | { ok: false; fields?: Record<string, string>; message?: string };

export function ReportForm(props: {
  texts: ReportTexts;
  /** Prefix of the controls' ids, unique on the page. */
  idPrefix: string;
  onSubmit: (report: Report) => Promise<SubmitOutcome>;
  /** A "Back" button (and Escape) that closes the form, for a form opened in place. */
  cancel?: { label: string; onCancel: () => void };
  /** Full-width phone-sized buttons, for the volunteer's page. */
  large?: boolean;
}) {
  const [draft, setDraft] = createStore(emptyReport());
  const [errors, setErrors] = createSignal<ReportErrors>({});
  const [message, setMessage] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let summary: HTMLDivElement | undefined;
  let messageBox: HTMLDivElement | undefined;

  const text = (part: Part) => tr(`${props.texts}.${part}`);
  const id = (field: string) => `${props.idPrefix}-${field}`;
  const problemText = (problem: ReportProblem) =>
    "key" in problem ? tr(problem.key) : problem.text;
  const error = (field: ReportField) => {
    const problem = errors()[field];
    return problem ? problemText(problem) : undefined;
  };

  /** Where a summary link takes focus: the first option of a group, else the control. */
  const target = (field: ReportField) =>
    field === "happened"
      ? id("happened-yes")
      : field === "wellbeing"
        ? id("wellbeing-good")
        : id(field);
  const labels: Record<ReportField, Part> = {
    happened: "happened",
    minutes: "minutes",
    howItWent: "howItWent",
    safety: "safety",
    followUp: "followUp",
    followUpNote: "followUpNote",
    wellbeing: "wellbeing",
    wantsTalk: "wantsTalk",
  };
  const summaryItems = createMemo(() =>
    orderedReportErrors(errors()).map(([field, problem]) => {
      const label = text(labels[field]);
      const said = problemText(problem);
      return {
        text: /[?:.!)]$/.test(label) ? `${label} ${said}` : `${label}: ${said}`,
        target: target(field),
      };
    }),
  );

  const showErrors = (found: ReportErrors) => {
    setErrors(found);
    focusSoon(() => summary);
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const checked = checkReport(draft, `${props.texts}.minutes.invalid`);
    if (!checked.ok) return showErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const outcome = await props.onSubmit(checked.report);
    setBusy(false);
    if (outcome.ok) return;
    const fromServer = serverErrors(outcome.fields ?? {});
    if (Object.keys(fromServer).length > 0) return showErrors(fromServer);
    if (outcome.message) {
      setMessage(outcome.message);
      focusSoon(() => messageBox);
    }
  }

  const hintId = (field: string) => `${id(field)}-hint`;

  return (
    <form
      class="report-form"
      novalidate
      aria-busy={busy()}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === "Escape" && props.cancel && !busy()) {
          event.preventDefault();
          props.cancel.onCancel();
        }
      }}
    >
      <Show when={summaryItems().length > 0}>
        <ErrorSummary
          id={id("errors")}
          items={summaryItems()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>
      <p class="required-note">{tr("form.required")}</p>

      <ChoiceGroup id={id("happened")} legend={text("happened")} error={error("happened")} required>
        <For each={outcomes}>
          {(option) => (
            <Choice
              type="radio"
              id={id(`happened-${option}`)}
              name={id("happened")}
              value={option}
              checked={draft.happened === option}
              label={text(`happened.${option}`)}
              onChange={() => setDraft("happened", option)}
              required
              invalid={!!error("happened")}
            />
          )}
        </For>
      </ChoiceGroup>

      <Show when={draft.happened === "yes"}>
        <Field
          id={id("minutes")}
          label={text("minutes")}
          hint={text("minutes.hint")}
          error={error("minutes")}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputmode="numeric"
              autocomplete="off"
              class="input--minutes"
              value={draft.minutes}
              onInput={(e) => setDraft("minutes", e.currentTarget.value)}
            />
          )}
        </Field>
      </Show>

      <Field
        id={id("howItWent")}
        label={text("howItWent")}
        hint={text("howItWent.hint")}
        error={error("howItWent")}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxlength={2000}
            value={draft.howItWent}
            onInput={(e) => setDraft("howItWent", e.currentTarget.value)}
          />
        )}
      </Field>

      <Field
        id={id("safety")}
        label={text("safety")}
        hint={text("safety.hint")}
        error={error("safety")}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxlength={2000}
            value={draft.safety}
            onInput={(e) => setDraft("safety", e.currentTarget.value)}
          />
        )}
      </Field>

      <div class="field report-form__check" classList={{ "field--error": !!error("followUp") }}>
        <Choice
          type="checkbox"
          id={id("followUp")}
          name={id("followUp")}
          value="yes"
          checked={draft.followUp}
          label={text("followUp")}
          describedBy={hintId("followUp")}
          onChange={(checked) => setDraft("followUp", checked)}
        />
        <p id={hintId("followUp")} class="hint hint--indented">
          {text("followUp.hint")}
        </p>
      </div>
      <Show when={draft.followUp}>
        <Field
          id={id("followUpNote")}
          label={text("followUpNote")}
          hint={text("followUpNote.hint")}
          error={error("followUpNote")}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxlength={1000}
              value={draft.followUpNote}
              onInput={(e) => setDraft("followUpNote", e.currentTarget.value)}
            />
          )}
        </Field>
      </Show>

      <ChoiceGroup
        id={id("wellbeing")}
        legend={text("wellbeing")}
        error={error("wellbeing")}
        optional
      >
        <For each={wellbeingLevels}>
          {(level) => (
            <Choice
              type="radio"
              id={id(`wellbeing-${level}`)}
              name={id("wellbeing")}
              value={level}
              checked={draft.wellbeing === level}
              label={text(`wellbeing.${level}`)}
              onChange={() => setDraft("wellbeing", level)}
            />
          )}
        </For>
      </ChoiceGroup>

      <div class="field report-form__check" classList={{ "field--error": !!error("wantsTalk") }}>
        <Choice
          type="checkbox"
          id={id("wantsTalk")}
          name={id("wantsTalk")}
          value="yes"
          checked={draft.wantsTalk}
          label={text("wantsTalk")}
          describedBy={hintId("wantsTalk")}
          onChange={(checked) => setDraft("wantsTalk", checked)}
        />
        <p id={hintId("wantsTalk")} class="hint hint--indented">
          {text("wantsTalk.hint")}
        </p>
      </div>

      <Show when={message()}>
        {(said) => (
          <div ref={messageBox} class="notice" tabindex="-1" role="alert">
            <p>{said()}</p>
          </div>
        )}
      </Show>

      <div class="button-row">
        <button
          type="submit"
          id={id("submit")}
          class="button"
          classList={{ "button--large": props.large }}
          disabled={busy()}
          aria-busy={busy()}
        >
          {busy() ? text("submitting") : text("submit")}
        </button>
        <Show when={props.cancel}>
          {(cancel) => (
            <button
              type="button"
              class="button button--secondary"
              classList={{ "button--large": props.large }}
              disabled={busy()}
              onClick={() => cancel().onCancel()}
            >
              {cancel().label}
            </button>
          )}
        </Show>
      </div>
    </form>
  );
}
