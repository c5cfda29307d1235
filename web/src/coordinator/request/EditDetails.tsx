import { clientLanguages, sectors } from "@rinnalla/core/request";
import { createMemo, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { api, params } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { languageName, tr } from "../../lib/i18n.ts";
import { useApi } from "../api.ts";
import type { Detail, Request } from "../types.ts";
import { AppointmentFields } from "./AppointmentFields.tsx";
import { changedFields, draftOf } from "./edit.ts";
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
  const [draft, setDraft] = createStore(draftOf(props.request));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [problem, setProblem] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);
  let summary: HTMLDivElement | undefined;
  let problemBox: HTMLDivElement | undefined;
  let heading: HTMLHeadingElement | undefined;

  focusSoon(() => heading);

  const withRequester = () => onBehalf(props.request);
  const withOrganisation = () =>
    props.request.requesterRole === "professional" || props.request.requesterRole === "partner";
  const error = (path: string) => errors()[path];
  const summaryItems = createMemo(() =>
    Object.entries(errors()).map(([path, message]) => {
      const label = fieldLabels[path];
      return {
        text: label ? `${tr(label)}: ${message}` : message,
        target: focusTargetOf(path),
      };
    }),
  );

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setProblem(undefined);
    const changes = changedFields(props.request, draft);
    if (!changes) {
      setErrors({});
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
      setErrors({});
      props.onDone({ kind: "saved", detail: result.data });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      setErrors(result.fields);
      focusSoon(() => summary);
      return;
    }
    if (result.kind === "rejected" && result.code === "conflict") {
      props.onDone({ kind: "conflict" });
      return;
    }
    setProblem(failureText(result));
    focusSoon(() => problemBox);
  }

  const textField = (
    path: string,
    value: () => string,
    set: (value: string) => void,
    options: { type?: string; autocomplete?: string; required?: boolean } = {},
  ) => (
    <Field
      id={controlId(path)}
      label={tr(fieldLabels[path] ?? "error.invalid")}
      error={error(path)}
      required={options.required}
    >
      {(control) => (
        <input
          {...control}
          type={options.type ?? "text"}
          autocomplete={options.autocomplete ?? "off"}
          spellcheck={options.type === "email" ? false : undefined}
          value={value()}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <section class="edit-panel" aria-labelledby="edit-title">
      <h2 id="edit-title" ref={heading} tabindex="-1">
        {tr("detail.edit.title")}
      </h2>
      <Show when={summaryItems().length > 0}>
        <ErrorSummary
          items={summaryItems()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>
      <p class="hint">{tr("detail.edit.intro")}</p>
      <form novalidate aria-busy={saving()} onSubmit={(event) => void save(event)}>
        <Show when={withRequester()}>
          <fieldset class="fieldset group">
            <legend class="group__legend">
              {tr("detail.field.requester")} ({tr(`detail.role.${props.request.requesterRole}`)})
            </legend>
            {textField(
              "requester.name",
              () => draft.requester.name,
              (v) => setDraft("requester", "name", v),
            )}
            <Show when={withOrganisation()}>
              {textField(
                "requester.organisation",
                () => draft.requester.organisation,
                (v) => setDraft("requester", "organisation", v),
              )}
            </Show>
            {textField(
              "requester.email",
              () => draft.requester.email,
              (v) => setDraft("requester", "email", v),
              { type: "email" },
            )}
            {textField(
              "requester.phone",
              () => draft.requester.phone,
              (v) => setDraft("requester", "phone", v),
              { type: "tel" },
            )}
          </fieldset>
        </Show>

        <fieldset class="fieldset group">
          <legend class="group__legend">{tr("detail.field.client")}</legend>
          {textField(
            "client.name",
            () => draft.client.name,
            (v) => setDraft("client", "name", v),
            {
              required: true,
            },
          )}
          {textField(
            "client.email",
            () => draft.client.email,
            (v) => setDraft("client", "email", v),
            { type: "email" },
          )}
          {textField(
            "client.phone",
            () => draft.client.phone,
            (v) => setDraft("client", "phone", v),
            { type: "tel" },
          )}
          <ChoiceGroup
            id={controlId("client.languages")}
            legend={tr("detail.field.client.languages")}
            error={error("client.languages")}
          >
            <For each={clientLanguages}>
              {(code) => (
                <Choice
                  type="checkbox"
                  id={controlId(`languages-${code}`)}
                  name="edit-languages"
                  value={code}
                  checked={draft.client.languages.includes(code)}
                  label={languageName(code)}
                  onChange={(checked) =>
                    setDraft("client", "languages", (chosen) =>
                      checked ? [...chosen, code] : chosen.filter((c) => c !== code),
                    )
                  }
                />
              )}
            </For>
          </ChoiceGroup>
          {textField(
            "client.otherLanguage",
            () => draft.client.otherLanguage,
            (v) => setDraft("client", "otherLanguage", v),
          )}
        </fieldset>

        <ChoiceGroup
          id={controlId("preferredContact")}
          legend={tr("detail.field.preferredContact")}
          error={error("preferredContact")}
        >
          <For each={["phone", "email"] as const}>
            {(option) => (
              <Choice
                type="radio"
                id={controlId(`preferredContact-${option}`)}
                name="edit-preferredContact"
                value={option}
                checked={draft.preferredContact === option}
                label={tr(`form.client.preferredContact.${option}`)}
                onChange={() => setDraft("preferredContact", option)}
              />
            )}
          </For>
        </ChoiceGroup>

        <Field id={controlId("sector")} label={tr("detail.field.sector")} error={error("sector")}>
          {(control) => (
            <select
              {...control}
              onChange={(e) => setDraft("sector", e.currentTarget.value as Request["sector"])}
            >
              <For each={sectors}>
                {(sector) => (
                  <option value={sector} selected={draft.sector === sector}>
                    {tr(`sector.${sector}`)}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <Field
          id={controlId("description")}
          label={tr("detail.field.description")}
          error={error("description")}
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={5}
              value={draft.description}
              onInput={(e) => setDraft("description", e.currentTarget.value)}
            />
          )}
        </Field>
        {textField(
          "place",
          () => draft.place,
          (v) => setDraft("place", v),
          { required: true },
        )}
        {textField(
          "municipality",
          () => draft.municipality,
          (v) => setDraft("municipality", v),
          {
            required: true,
          },
        )}
        <AppointmentFields
          draft={draft}
          set={(field, value) => setDraft(field, value)}
          controlId={controlId}
          error={error}
          currentMinutes={props.request.durationMinutes}
        />
        <Field
          id={controlId("supportNeeds")}
          label={tr("detail.field.supportNeeds")}
          error={error("supportNeeds")}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              rows={4}
              value={draft.supportNeeds}
              onInput={(e) => setDraft("supportNeeds", e.currentTarget.value)}
            />
          )}
        </Field>

        <Show when={problem()}>
          {(current) => (
            <div ref={problemBox} class="notice" tabindex="-1">
              <p>{current()}</p>
            </div>
          )}
        </Show>
        <div class="button-row">
          <button
            type="submit"
            id="edit-save"
            class="button"
            disabled={saving()}
            aria-busy={saving()}
          >
            {saving() ? tr("ui.saving") : tr("detail.edit.save")}
          </button>
          <button
            type="button"
            id="edit-cancel"
            class="button button--secondary"
            disabled={saving()}
            onClick={() => props.onClose()}
          >
            {tr("detail.edit.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
