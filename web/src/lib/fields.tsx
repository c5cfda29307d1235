import { For, type JSX, splitProps } from "solid-js";
import { Choice, ChoiceGroup, Field } from "./Field.tsx";

/**
 * The usual controls with their label, hint and error (see `Field`): a line of text, a text
 * area, a select, radios and checkboxes. Attributes beyond the field's own go to the control.
 */

type FieldProps = {
  /** DOM id of the control (a group's options get `<id>-<option>`). */
  id: string;
  label: string;
  hint?: string | undefined;
  describedBy?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  optional?: boolean | undefined;
};
const fieldKeys = ["id", "label", "hint", "describedBy", "error", "required", "optional"] as const;

type InputAttributes = Omit<
  JSX.InputHTMLAttributes<HTMLInputElement>,
  "id" | "value" | "onInput" | "required"
>;

/** A single-line input (`type` "text" unless given); styles.css runs phone and email left to right. */
export function TextField(
  props: FieldProps & InputAttributes & { value: string; onInput: (value: string) => void },
) {
  const [field, own, input] = splitProps(props, fieldKeys, ["value", "onInput"]);
  return (
    <Field {...field}>
      {(control) => (
        <input
          type="text"
          {...control}
          {...input}
          value={own.value}
          onInput={(e) => own.onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

type TextAreaAttributes = Omit<
  JSX.TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "value" | "onInput" | "required"
>;

/** Free text over several lines. */
export function TextArea(
  props: FieldProps &
    TextAreaAttributes & { value: string; onInput: (value: string) => void; rows: number },
) {
  const [field, own, area] = splitProps(props, fieldKeys, ["value", "onInput"]);
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          {...area}
          value={own.value}
          onInput={(e) => own.onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

export type SelectProps<T extends string | number> = FieldProps & {
  /** The chosen option as text ("" for none). */
  value: string;
  options: readonly T[];
  optionLabel: (option: T) => string;
  placeholder?: string;
  onChange: (value: T | "") => void;
};

/** One of a list; `placeholder` adds an empty first choice ("Choose"), chosen as "". */
export function Select<T extends string | number>(props: SelectProps<T>) {
  const [field, own] = splitProps(props, fieldKeys);
  const chosen = (value: string) => own.options.find((option) => String(option) === value) ?? "";
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} onChange={(e) => own.onChange(chosen(e.currentTarget.value))}>
          {own.placeholder !== undefined && (
            <option value="" selected={own.value === ""}>
              {own.placeholder}
            </option>
          )}
          <For each={own.options}>
            {(option) => (
              <option value={String(option)} selected={own.value === String(option)}>
                {own.optionLabel(option)}
              </option>
            )}
          </For>
        </select>
      )}
    </Field>
  );
}

type GroupProps<T extends string> = Omit<FieldProps, "label" | "describedBy"> & {
  legend: string;
  options: readonly T[];
  optionLabel: (option: T) => string;
  /** The options' ids are `<idPrefix>-<option>` (the group's id unless given). */
  idPrefix?: string;
  /** The options' name (the group's id unless given). */
  name?: string;
};

/** A group's options as radios or checkboxes, with their ids, name and labels. */
function Options<T extends string>(
  props: GroupProps<T> & {
    type: "radio" | "checkbox";
    checked: (option: T) => boolean;
    choose: (option: T, checked: boolean) => void;
    invalid: boolean;
  },
) {
  return (
    <ChoiceGroup
      id={props.id}
      legend={props.legend}
      hint={props.hint}
      error={props.error}
      required={props.required === true}
      optional={props.optional === true}
    >
      <For each={props.options}>
        {(option) => (
          <Choice
            type={props.type}
            id={`${props.idPrefix ?? props.id}-${option}`}
            name={props.name ?? props.id}
            value={option}
            checked={props.checked(option)}
            label={props.optionLabel(option)}
            onChange={(checked) => props.choose(option, checked)}
            required={props.type === "radio" && props.required === true}
            invalid={props.invalid}
          />
        )}
      </For>
    </ChoiceGroup>
  );
}

/** One choice of a few, as radios; a required group marks its options invalid on an error. */
export function Radios<T extends string>(
  props: GroupProps<T> & { value: T | ""; onChange: (value: T) => void },
) {
  return (
    <Options
      {...props}
      type="radio"
      checked={(option) => props.value === option}
      choose={(option) => props.onChange(option)}
      invalid={props.required === true && !!props.error}
    />
  );
}

export type CheckboxesProps<T extends string> = GroupProps<T> & {
  value: readonly T[];
  onChange: (value: T[]) => void;
};

/** Any number of a list, as checkboxes; the value keeps the options' order. */
export function Checkboxes<T extends string>(props: CheckboxesProps<T>) {
  return (
    <Options
      {...props}
      type="checkbox"
      checked={(option) => props.value.includes(option)}
      choose={(option, checked) =>
        props.onChange(
          props.options.filter((o) => (o === option ? checked : props.value.includes(o))),
        )
      }
      invalid={!!props.error}
    />
  );
}
