import { durationChoices } from "@rinnalla/core/request";
import { createMemo } from "solid-js";
import { Select, TextField } from "../../lib/fields.tsx";
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
  const time = (field: "date" | "startTime", type: "date" | "time") => (
    <TextField
      id={props.controlId(field)}
      label={tr(`detail.field.${field}`)}
      error={props.error(field)}
      required
      type={type}
      value={props.draft[field]}
      onInput={(value) => props.set(field, value)}
    />
  );
  return (
    <div class="field-row">
      {time("date", "date")}
      {time("startTime", "time")}
      <Select
        id={props.controlId("durationMinutes")}
        label={tr("detail.field.durationMinutes")}
        error={props.error("durationMinutes")}
        required
        value={props.draft.durationMinutes}
        options={durations()}
        optionLabel={formatDuration}
        onChange={(minutes) => props.set("durationMinutes", String(minutes))}
      />
    </div>
  );
}
