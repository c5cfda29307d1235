import { type JSX, Show } from "solid-js";
import { tr } from "./i18n.ts";

/** Attributes every control gets from its field: spread them onto the input/select/textarea. */
export type ControlProps = {
  readonly id: string;
  readonly name: string;
  readonly "aria-describedby": string | undefined;
  readonly "aria-invalid": "true" | undefined;
  readonly required: boolean;
};

type Common = {
  /** DOM id of the control (the field path with dashes). */
  id: string;
  hint?: string | undefined;
  /** Ids of hint text shared with other fields. */
  describedBy?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  optional?: boolean;
};

export function describedBy(props: Common): string | undefined {
  const ids = [
    props.hint ? `${props.id}-hint` : undefined,
    props.describedBy,
    props.error ? `${props.id}-error` : undefined,
  ].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Shows `*` for required fields (explained at the top of the form) or "(optional)". */
export function Marker(props: { required?: boolean | undefined; optional?: boolean | undefined }) {
  return (
    <>
      <Show when={props.required}>
        <span class="required-mark" aria-hidden="true">
          {" *"}
        </span>
      </Show>
      <Show when={props.optional}>
        <span class="optional-mark"> {tr("form.optional")}</span>
      </Show>
    </>
  );
}

export function ErrorMessage(props: { id: string; text?: string | undefined }) {
  return (
    <Show when={props.text}>
      {(text) => (
        <p id={props.id} class="error-message">
          <span class="visually-hidden">{tr("form.errorPrefix")} </span>
          {text()}
        </p>
      )}
    </Show>
  );
}

/** A field's hint and its error, under its label or legend (ids `<id>-hint`, `<id>-error`). */
function HintAndError(props: Common) {
  return (
    <>
      <Show when={props.hint}>
        {(hint) => (
          <p id={`${props.id}-hint`} class="hint">
            {hint()}
          </p>
        )}
      </Show>
      <ErrorMessage id={`${props.id}-error`} text={props.error} />
    </>
  );
}

/** Label, hint and error message for one control, in the order GOV.UK uses. */
export function Field(
  props: Common & { label: string; children: (control: ControlProps) => JSX.Element },
) {
  const control: ControlProps = {
    get id() {
      return props.id;
    },
    get name() {
      return props.id;
    },
    get "aria-describedby"() {
      return describedBy(props);
    },
    get "aria-invalid"() {
      return props.error ? "true" : undefined;
    },
    get required() {
      return props.required === true;
    },
  };
  return (
    <div class="field" classList={{ "field--error": !!props.error }}>
      <label class="label" for={props.id}>
        {props.label}
        <Marker required={props.required} optional={props.optional} />
      </label>
      <HintAndError {...props} />
      {props.children(control)}
    </div>
  );
}

/** A fieldset of radios or checkboxes; its error is announced with the group. */
export function ChoiceGroup(props: Common & { legend: string; children: JSX.Element }) {
  return (
    <fieldset
      id={props.id}
      class="field fieldset"
      classList={{ "field--error": !!props.error }}
      aria-describedby={describedBy(props)}
    >
      <legend class="label">
        {props.legend}
        <Marker required={props.required} optional={props.optional} />
      </legend>
      <HintAndError {...props} />
      <div class="choices">{props.children}</div>
    </fieldset>
  );
}

/** One radio or checkbox with its label; the whole row is the touch target. */
export function Choice(props: {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
  required?: boolean;
  invalid?: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <div class="choice">
      <input
        type={props.type}
        id={props.id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        required={props.required === true}
        aria-invalid={props.invalid ? "true" : undefined}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}
