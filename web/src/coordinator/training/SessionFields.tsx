import { Show } from "solid-js";
import { TextField } from "../../lib/fields.tsx";
import { formatDuration } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { fieldId, type SessionDraft } from "./plan.ts";
import { topicName } from "./topics.ts";

/** The words of a session's fields, for their labels and the error summary. */
export const sessionFieldLabel = {
  date: "coord.plan.date",
  startTime: "coord.plan.time",
  place: "coord.plan.place",
  trainer: "coord.plan.trainer",
} as const;

/**
 * One session's date, start, place and trainer. A course session names its topic and length
 * from the template in its legend; continuing education's one session says "time and place".
 */
export function SessionFields(props: {
  index: number;
  session: SessionDraft;
  template?: { topic: string; title?: string | undefined; minutes: number } | undefined;
  error: (path: string) => string | undefined;
  onChange: (field: keyof SessionDraft, value: string) => void;
  onPlaceDone: () => void;
}) {
  const path = (field: keyof SessionDraft) => `sessions.${props.index}.${field}`;
  const field = (name: keyof SessionDraft) => ({
    id: fieldId(path(name)),
    label: tr(sessionFieldLabel[name]),
    value: props.session[name],
    error: props.error(path(name)),
    onInput: (value: string) => props.onChange(name, value),
  });
  return (
    <fieldset class="session-fields" data-testid="plan-session">
      <legend>
        <Show when={props.template} fallback={tr("coord.plan.event")}>
          {(t) => tr("coord.plan.session", { n: props.index + 1, topic: topicName(t()) })}
        </Show>
      </legend>
      <Show when={props.template}>
        {(t) => (
          <p class="hint">
            {tr("coord.plan.session.length", { length: formatDuration(t().minutes) })}
          </p>
        )}
      </Show>
      <div class="field-row">
        <TextField {...field("date")} type="date" required />
        <TextField {...field("startTime")} type="time" required />
      </div>
      <div class="field-row">
        <TextField
          {...field("place")}
          required
          maxlength={200}
          onBlur={() => props.onPlaceDone()}
        />
        <TextField
          {...field("trainer")}
          optional
          maxlength={120}
          onBlur={() => props.onPlaceDone()}
        />
      </div>
    </fieldset>
  );
}
