import { durationChoices } from "@rinnalla/core/request";
import { createMemo, For } from "solid-js";
import { Field } from "../../lib/Field.tsx";
import { formatDuration } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";

type AppointmentField = "date" | "startTime" | "durationMinutes";

/**
 * Date, start time and length of an appointment, side by side: editing a request and creating
 * its follow-up ask the same. The length offers the usual choices plus `currentMinutes`, so a
 * request made with an unusual length keeps it.
 */
export function AppointmentFields(props: {
  draft: Record<AppointmentField, string>;
  set: (field: AppointmentField, value: string) => void;
  controlId: (field: AppointmentField) => string;
  error: (field: AppointmentField) => string | undefined;
  currentMinutes: number;
}) {
  const durations = createMemo(() => {
    const choices: number[] = [...durationChoices];
    return choices.includes(props.currentMinutes)
      ? choices
      : [...choices, props.currentMinutes].sort((a, b) => a - b);
  });
  return (
    <div class="field-row">
      <Field
        id={props.controlId("date")}
        label={tr("detail.field.date")}
        error={props.error("date")}
        required
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={props.draft.date}
            onInput={(e) => props.set("date", e.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        id={props.controlId("startTime")}
        label={tr("detail.field.startTime")}
        error={props.error("startTime")}
        required
      >
        {(control) => (
          <input
            {...control}
            type="time"
            value={props.draft.startTime}
            onInput={(e) => props.set("startTime", e.currentTarget.value)}
          />
        )}
      </Field>
      <Field
        id={props.controlId("durationMinutes")}
        label={tr("detail.field.durationMinutes")}
        error={props.error("durationMinutes")}
        required
      >
        {(control) => (
          <select
            {...control}
            onChange={(e) => props.set("durationMinutes", e.currentTarget.value)}
          >
            <For each={durations()}>
              {(minutes) => (
                <option
                  value={String(minutes)}
                  selected={props.draft.durationMinutes === String(minutes)}
                >
                  {formatDuration(minutes)}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
    </div>
  );
}
