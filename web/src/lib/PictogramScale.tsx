import { For } from "solid-js";
import { ChoiceGroup } from "./Field.tsx";

/**
 * A scale of 1–5 as five large radios, each a face (very sad to very happy) with its word: the
 * word is the option's name, the face only helps those who read pictures more easily than text.
 * A fieldset whose legend is the question; the options' ids are `<id>-1` … `<id>-5`.
 * Its styles are in `links/survey.css`, loaded with the link pages' chunk (the survey and the
 * volunteer's visit report).
 */

export const scaleSteps = [1, 2, 3, 4, 5] as const;
export type ScaleStep = (typeof scaleSteps)[number];

/** The mouth of each face, from a deep frown to a wide smile (a 48×48 box). */
const mouths: Record<ScaleStep, string> = {
  1: "M15 35 Q24 25 33 35",
  2: "M16 33 Q24 29 32 33",
  3: "M16 31 H32",
  4: "M16 29 Q24 35 32 29",
  5: "M14 27 Q24 41 34 27 Z",
};

/** A face drawn in the text colour (so it follows high-contrast modes), hidden from assistive tech. */
export function Face(props: { step: ScaleStep }) {
  return (
    <svg
      class="pictogram-scale__face"
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
    >
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="17" cy="19" r="2.5" fill="currentColor" />
      <circle cx="31" cy="19" r="2.5" fill="currentColor" />
      <path
        d={mouths[props.step]}
        fill={props.step === 5 ? "currentColor" : "none"}
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function PictogramScale(props: {
  /** The fieldset's id; the options are `<id>-<step>`. */
  id: string;
  legend: string;
  /** The words under steps 1…5, in the language of the legend. */
  words: readonly string[];
  value: number | undefined;
  onChange: (value: ScaleStep) => void;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
}) {
  return (
    <div class="pictogram-scale">
      <ChoiceGroup
        id={props.id}
        legend={props.legend}
        hint={props.hint}
        error={props.error}
        optional={props.optional === true}
      >
        <For each={scaleSteps}>
          {(step) => (
            <label class="pictogram-scale__option" for={`${props.id}-${step}`}>
              <input
                type="radio"
                class="pictogram-scale__input"
                id={`${props.id}-${step}`}
                name={props.id}
                value={String(step)}
                checked={props.value === step}
                onChange={(event) => {
                  if (event.currentTarget.checked) props.onChange(step);
                }}
              />
              <Face step={step} />
              <span class="pictogram-scale__word">{props.words[step - 1] ?? String(step)}</span>
            </label>
          )}
        </For>
      </ChoiceGroup>
    </div>
  );
}
