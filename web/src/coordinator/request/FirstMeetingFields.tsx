import { ErrorMessage, Marker } from "../../lib/Field.tsx";
import { tr } from "../../lib/i18n.ts";
import type { FirstMeeting } from "./matching.ts";

/**
 * Date, time and place of an optional first meeting of volunteer and client: all three or none.
 * One fieldset, so its error is read with the group (`<prefix>-meeting`).
 */
export function FirstMeetingFields(props: {
  prefix: "offer" | "assign";
  value: FirstMeeting;
  onChange: (value: FirstMeeting) => void;
  error: string | undefined;
}) {
  const id = () => `${props.prefix}-meeting`;
  const set = (field: keyof FirstMeeting, text: string) =>
    props.onChange({ ...props.value, [field]: text });
  return (
    <fieldset
      id={id()}
      class="field fieldset row-group"
      classList={{ "field--error": !!props.error }}
      aria-describedby={`${id()}-hint${props.error ? ` ${id()}-error` : ""}`}
    >
      <legend class="label">
        {tr("detail.offer.firstMeeting")}
        <Marker optional />
      </legend>
      <p id={`${id()}-hint`} class="hint">
        {tr("detail.offer.firstMeeting.hint")}
      </p>
      <ErrorMessage id={`${id()}-error`} text={props.error} />
      <div class="field-row">
        <div class="field">
          <label class="label" for={`${id()}-date`}>
            {tr("detail.offer.firstMeeting.date")}
          </label>
          <input
            id={`${id()}-date`}
            type="date"
            aria-invalid={props.error ? "true" : undefined}
            value={props.value.date}
            onInput={(e) => set("date", e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="label" for={`${id()}-time`}>
            {tr("detail.offer.firstMeeting.time")}
          </label>
          <input
            id={`${id()}-time`}
            type="time"
            aria-invalid={props.error ? "true" : undefined}
            value={props.value.time}
            onInput={(e) => set("time", e.currentTarget.value)}
          />
        </div>
      </div>
      <div class="field">
        <label class="label" for={`${id()}-place`}>
          {tr("detail.offer.firstMeeting.place")}
        </label>
        <input
          id={`${id()}-place`}
          type="text"
          maxlength={200}
          aria-invalid={props.error ? "true" : undefined}
          value={props.value.place}
          onInput={(e) => set("place", e.currentTarget.value)}
        />
      </div>
    </fieldset>
  );
}
