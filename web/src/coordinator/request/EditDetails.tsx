import { clientLanguages } from "@rinnalla/core/request";
import { createSignal, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { FormActions } from "../../lib/actions.tsx";
import { api, params } from "../../lib/api.ts";
import { LanguageCheckboxes, SectorSelect } from "../../lib/choices.tsx";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { Radios, TextArea, TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { createProblems, fromServer } from "../../lib/problems.ts";
import { Notice } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Detail, Request } from "../types.ts";
import { AppointmentFields } from "./AppointmentFields.tsx";
import { changedFields, draftOf, type EditDraft } from "./edit.ts";
import { fieldLabels, onBehalf } from "./fields.ts";

const controlId = (path: string) => `edit-${path.replaceAll(".", "-")}`;

/** Where an error for a field path takes focus. */
const focusTargetOf = (path: string) =>
  path === "client.languages"
    ? controlId(`languages-${clientLanguages[0]}`)
    : path === "preferredContact"
      ? controlId("preferredContact-phone")
      : controlId(path);

export type SaveOutcome = { kind: "saved"; detail: Detail } | { kind: "conflict" };

/**
 * Correcting a request's details. Sends only what changed, with the version the coordinator
 * saw; if someone else saved first, the page reloads and the edits stay in the form.
 */
export function EditDetails(props: {
  request: Request;
  onDone: (outcome: SaveOutcome | { kind: "unchanged" }) => void;
  onClose: () => void;
}) {
  const call = useApi();
  const [draft, setDraft] = createStore<EditDraft>(draftOf(props.request));
  const [problem, setProblem] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);
  let problemBox: HTMLDivElement | undefined;
  let heading: HTMLHeadingElement | undefined;

  focusSoon(() => heading);

  const form = createProblems({
    label: (path) => {
      const label = fieldLabels[path];
      return label ? tr(label) : undefined;
    },
    target: focusTargetOf,
  });
  const error = form.error;

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setProblem(undefined);
    const changes = changedFields(props.request, draft);
    if (!changes) {
      form.clear();
      props.onDone({ kind: "unchanged" });
      return;
    }
    setSaving(true);
    const result = await call(
      api.requests[":id"].$patch({
        param: params({ id: props.request.id }),
        json: { ...changes, version: props.request.version },
      }),
    );
    setSaving(false);
    if (result.ok) {
      form.clear();
      props.onDone({ kind: "saved", detail: result.data });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      form.show(fromServer(result.fields));
      return;
    }
    if (result.kind === "rejected" && result.code === "conflict") {
      props.onDone({ kind: "conflict" });
      return;
    }
    setProblem(failureText(result));
    focusSoon(() => problemBox);
  }

  /** A line of text; email and phone get their input types. */
  const line = (
    path: string,
    value: () => string,
    set: (value: string) => void,
    required = false,
  ) => {
    const field = path.split(".").pop();
    const type = field === "email" ? "email" : field === "phone" ? "tel" : "text";
    return (
      <TextField
        id={controlId(path)}
        label={tr(fieldLabels[path] ?? "error.invalid")}
        error={error(path)}
        required={required}
        type={type}
        autocomplete="off"
        spellcheck={type === "email" ? false : undefined}
        value={value()}
        onInput={set}
      />
    );
  };
  const requester = (field: keyof EditDraft["requester"]) =>
    line(
      `requester.${field}`,
      () => draft.requester[field],
      (value) => setDraft("requester", field, value),
    );
  const client = (field: "name" | "email" | "phone" | "otherLanguage", required = false) =>
    line(
      `client.${field}`,
      () => draft.client[field],
      (value) => setDraft("client", field, value),
      required,
    );
  const place = (field: "place" | "municipality") =>
    line(
      field,
      () => draft[field],
      (value) => setDraft(field, value),
      true,
    );

  return (
    <section class="edit-panel" aria-labelledby="edit-title">
      <h2 id="edit-title" ref={heading} tabindex="-1">
        {tr("detail.edit.title")}
      </h2>
      <ErrorSummary items={form.items()} ref={form.summaryRef} />
      <p class="hint">{tr("detail.edit.intro")}</p>
      <form novalidate aria-busy={saving()} onSubmit={(event) => void save(event)}>
        <Show when={onBehalf(props.request)}>
          <fieldset class="fieldset group">
            <legend class="group__legend">
              {tr("detail.field.requester")} ({tr(`detail.role.${props.request.requesterRole}`)})
            </legend>
            {requester("name")}
            <Show
              when={
                props.request.requesterRole === "professional" ||
                props.request.requesterRole === "partner"
              }
            >
              {requester("organisation")}
            </Show>
            {requester("email")}
            {requester("phone")}
          </fieldset>
        </Show>

        <fieldset class="fieldset group">
          <legend class="group__legend">{tr("detail.field.client")}</legend>
          {client("name", true)}
          {client("email")}
          {client("phone")}
          <LanguageCheckboxes
            id={controlId("client.languages")}
            idPrefix={controlId("languages")}
            name="edit-languages"
            legend={tr("detail.field.client.languages")}
            error={error("client.languages")}
            value={draft.client.languages}
            onChange={(value) => setDraft("client", "languages", value)}
          />
          {client("otherLanguage")}
        </fieldset>

        <Radios
          id={controlId("preferredContact")}
          name="edit-preferredContact"
          legend={tr("detail.field.preferredContact")}
          error={error("preferredContact")}
          options={["phone", "email"] as const}
          optionLabel={(option) => tr(`form.client.preferredContact.${option}`)}
          value={draft.preferredContact}
          onChange={(option) => setDraft("preferredContact", option)}
        />

        <SectorSelect
          id={controlId("sector")}
          label={tr("detail.field.sector")}
          error={error("sector")}
          value={draft.sector}
          onChange={(sector) => sector && setDraft("sector", sector)}
        />
        <TextArea
          id={controlId("description")}
          label={tr("detail.field.description")}
          error={error("description")}
          required
          rows={5}
          value={draft.description}
          onInput={(value) => setDraft("description", value)}
        />
        {place("place")}
        {place("municipality")}
        <AppointmentFields
          draft={draft}
          set={(field, value) => setDraft(field, value)}
          controlId={controlId}
          error={error}
          currentMinutes={props.request.durationMinutes}
        />
        <TextArea
          id={controlId("supportNeeds")}
          label={tr("detail.field.supportNeeds")}
          error={error("supportNeeds")}
          optional
          rows={4}
          value={draft.supportNeeds}
          onInput={(value) => setDraft("supportNeeds", value)}
        />

        <Notice text={problem()} ref={problemBox} />
        <FormActions
          submitId="edit-save"
          submit={tr("detail.edit.save")}
          busy={saving()}
          busyLabel={tr("ui.saving")}
          cancel={{ id: "edit-cancel", label: tr("detail.edit.cancel"), onClick: props.onClose }}
        />
      </form>
    </section>
  );
}
