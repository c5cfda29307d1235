import { createSignal, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { escapeCloses, FormActions } from "../actions.tsx";
import { ErrorSummary } from "../ErrorSummary.tsx";
import { Choice } from "../Field.tsx";
import { Radios, TextArea, TextField } from "../fields.tsx";
import { focusSoon } from "../focus.ts";
import { bindFields, draftText } from "../form.ts";
import { tr } from "../i18n.ts";
import { PictogramScale, scaleSteps } from "../PictogramScale.tsx";
import { createProblems } from "../problems.ts";
import { Notice } from "../ui.tsx";
import {
  checkReport,
  emptyReport,
  inReportOrder,
  outcomes,
  type Report,
  type ReportField,
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
/** The parts both wordings have; "meaningful" is the volunteer's own (`links.report.*`). */
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

/** A checkbox with its hint under it, indented to its label. */
function Check(props: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field report-form__check" classList={{ "field--error": !!props.error }}>
      <Choice
        type="checkbox"
        id={props.id}
        name={props.id}
        value="yes"
        checked={props.checked}
        label={props.label}
        describedBy={`${props.id}-hint`}
        onChange={(checked) => props.onChange(checked)}
      />
      <p id={`${props.id}-hint`} class="hint hint--indented">
        {props.hint}
      </p>
    </div>
  );
}

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
  const [message, setMessage] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let messageBox: HTMLDivElement | undefined;

  const text = (part: Part) => tr(`${props.texts}.${part}`);
  const id = (field: string) => `${props.idPrefix}-${field}`;
  /** Where a summary link takes focus: the first option of a group, else the control. */
  const target = (field: string) =>
    field === "happened"
      ? id("happened-yes")
      : field === "wellbeing"
        ? id("wellbeing-good")
        : field === "meaningful"
          ? id("meaningful-1")
          : id(field);
  /** Asked of the volunteer only, about their own visit (not when a coordinator records it). */
  const asksMeaningful = () => props.texts === "links.report";
  const form = createProblems({
    label: (field) =>
      field === "meaningful"
        ? tr("links.report.meaningful")
        : text(field as Exclude<ReportField, "meaningful">),
    target,
    order: inReportOrder,
  });
  const error = (field: ReportField) => form.error(field);
  const field = bindFields<"minutes" | "howItWent" | "safety" | "followUpNote">({
    id,
    label: text,
    error,
    ...draftText(draft, setDraft),
  });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const checked = checkReport(draft, `${props.texts}.minutes.invalid`);
    if (!checked.ok) return form.show(checked.errors);
    form.clear();
    setBusy(true);
    const outcome = await props.onSubmit(checked.report);
    setBusy(false);
    if (outcome.ok) return;
    const fromServer = serverErrors(outcome.fields ?? {});
    if (Object.keys(fromServer).length > 0) return form.show(fromServer);
    if (outcome.message) {
      setMessage(outcome.message);
      focusSoon(() => messageBox);
    }
  }

  return (
    <form
      class="report-form"
      novalidate
      aria-busy={busy()}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (props.cancel) escapeCloses(busy, props.cancel.onCancel)(event);
      }}
    >
      <ErrorSummary id={id("errors")} items={form.items()} ref={form.summaryRef} />
      <p class="required-note">{tr("form.required")}</p>

      <Radios
        id={id("happened")}
        legend={text("happened")}
        error={error("happened")}
        required
        options={outcomes}
        optionLabel={(option) => text(`happened.${option}`)}
        value={draft.happened}
        onChange={(option) => setDraft("happened", option)}
      />

      <Show when={draft.happened === "yes"}>
        <TextField
          {...field("minutes")}
          hint={text("minutes.hint")}
          required
          inputmode="numeric"
          autocomplete="off"
          class="input--minutes"
        />
      </Show>

      <TextArea
        {...field("howItWent")}
        hint={text("howItWent.hint")}
        optional
        rows={4}
        maxlength={2000}
      />

      <TextArea
        {...field("safety")}
        hint={text("safety.hint")}
        optional
        rows={3}
        maxlength={2000}
      />

      <Check
        id={id("followUp")}
        label={text("followUp")}
        hint={text("followUp.hint")}
        error={error("followUp")}
        checked={draft.followUp}
        onChange={(checked) => setDraft("followUp", checked)}
      />
      <Show when={draft.followUp}>
        <TextArea
          {...field("followUpNote")}
          hint={text("followUpNote.hint")}
          optional
          rows={3}
          maxlength={1000}
        />
      </Show>

      <Radios
        id={id("wellbeing")}
        legend={text("wellbeing")}
        error={error("wellbeing")}
        optional
        options={wellbeingLevels}
        optionLabel={(level) => text(`wellbeing.${level}`)}
        value={draft.wellbeing}
        onChange={(level) => setDraft("wellbeing", level)}
      />

      <Check
        id={id("wantsTalk")}
        label={text("wantsTalk")}
        hint={text("wantsTalk.hint")}
        error={error("wantsTalk")}
        checked={draft.wantsTalk}
        onChange={(checked) => setDraft("wantsTalk", checked)}
      />

      <Show when={asksMeaningful()}>
        <PictogramScale
          id={id("meaningful")}
          legend={tr("links.report.meaningful")}
          hint={tr("links.report.meaningful.hint")}
          words={scaleSteps.map((step) => tr(`links.report.meaningful.${step}`))}
          optional
          value={draft.meaningful}
          onChange={(step) => setDraft("meaningful", step)}
          error={error("meaningful")}
        />
      </Show>

      <Notice text={message()} alert ref={messageBox} />

      <FormActions
        submitId={id("submit")}
        submit={text("submit")}
        busy={busy()}
        busyLabel={text("submitting")}
        large={props.large === true}
        cancel={props.cancel && { label: props.cancel.label, onClick: props.cancel.onCancel }}
      />
    </form>
  );
}
