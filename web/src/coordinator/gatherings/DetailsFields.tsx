import type { SetStoreFunction } from "solid-js/store";
import { Choice } from "../../lib/Field.tsx";
import { TextArea, TextField } from "../../lib/fields.tsx";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import type { DetailsDraft } from "./details.ts";

/** The gathering's details as fields: what, when, where, how accessible, programme and seats. */

const labels: Record<string, MessageKey> = {
  title: "coord.gathering.field.title",
  date: "coord.gathering.field.date",
  startTime: "coord.gathering.field.startTime",
  endTime: "coord.gathering.field.endTime",
  place: "coord.gathering.field.place",
  accessibility: "coord.gathering.field.accessibility",
  programme: "coord.gathering.field.programme",
  capacity: "coord.gathering.field.capacity",
  answerBy: "coord.gathering.field.answerBy",
  alsoInvite: "coord.gathering.field.alsoInvite",
};

/** A field's name, for the error summary. */
export const detailLabel = (path: string) => {
  const key = labels[path.split(".")[0] ?? ""];
  return key ? tr(key) : undefined;
};

/** The control a field path's error leads to. */
export const detailTarget = (path: string) =>
  path.startsWith("alsoInvite") ? "gathering-alsoInvite" : `gathering-${path.split(".")[0]}`;

export function DetailsFields(props: {
  draft: DetailsDraft;
  set: SetStoreFunction<DetailsDraft>;
  error: (path: string) => string | undefined;
}) {
  const text = (name: keyof Omit<DetailsDraft, "alsoInTraining">) => ({
    id: `gathering-${name}`,
    label: tr(labels[name] as MessageKey),
    value: props.draft[name],
    error: props.error(name),
    onInput: (v: string) => props.set(name, v),
  });
  return (
    <>
      <TextField {...text("title")} required maxlength={160} />
      <div class="field-row">
        <TextField {...text("date")} type="date" />
        <TextField {...text("startTime")} type="time" />
        <TextField {...text("endTime")} type="time" optional />
      </div>
      <TextField {...text("place")} hint={tr("coord.gathering.field.place.hint")} maxlength={200} />
      <TextArea
        {...text("accessibility")}
        hint={tr("coord.gathering.field.accessibility.hint")}
        rows={3}
        optional
        maxlength={1000}
      />
      <TextArea {...text("programme")} rows={4} optional maxlength={2000} />
      <TextField
        {...text("capacity")}
        hint={tr("coord.gathering.field.capacity.hint")}
        inputmode="numeric"
        class="input--short"
        optional
      />
      <TextField
        {...text("answerBy")}
        hint={tr("coord.gathering.field.answerBy.hint")}
        type="date"
      />
      <div class="choice-single">
        <Choice
          type="checkbox"
          id="gathering-alsoInvite"
          name="alsoInvite"
          value="in_training"
          checked={props.draft.alsoInTraining}
          label={tr("coord.gathering.field.alsoInvite")}
          onChange={(checked) => props.set("alsoInTraining", checked)}
        />
      </div>
    </>
  );
}
