import { For, Match, Switch } from "solid-js";
import { Radios, TextArea } from "../../lib/fields.tsx";
import { locale } from "../../lib/i18n.ts";
import { choiceLabel } from "./AudienceResults.tsx";
import { type EntryDraft, scaleValues, yesnoValues } from "./feedback.ts";
import type { Questionnaire } from "./types.ts";

/**
 * A questionnaire's questions as a form: a scale as five radios with their words, yes / no /
 * not sure as three, free text as a text area. Every one may be left empty. Ids are
 * `entry-<question>` and, for a radio, `entry-<question>-<value>`.
 */
export function EntryQuestions(props: {
  questionnaire: Questionnaire;
  draft: EntryDraft;
  set: (id: string, value: string) => void;
  error: (path: string) => string | undefined;
}) {
  const scale = () => props.questionnaire.scale[locale()];
  return (
    <For each={props.questionnaire.questions}>
      {(q) => {
        const id = `entry-${q.id}`;
        return (
          <Switch>
            <Match when={q.kind === "scale"}>
              <Radios
                id={id}
                legend={q.text[locale()]}
                options={scaleValues}
                optionLabel={(v) => choiceLabel(Number(v), scale())}
                value={(props.draft[q.id] ?? "") as (typeof scaleValues)[number] | ""}
                onChange={(v) => props.set(q.id, v)}
                optional
                error={props.error(`values.${q.id}`)}
              />
            </Match>
            <Match when={q.kind === "yesno"}>
              <Radios
                id={id}
                legend={q.text[locale()]}
                options={yesnoValues}
                optionLabel={(v) => choiceLabel(v, undefined)}
                value={(props.draft[q.id] ?? "") as (typeof yesnoValues)[number] | ""}
                onChange={(v) => props.set(q.id, v)}
                optional
                error={props.error(`values.${q.id}`)}
              />
            </Match>
            <Match when={q.kind === "text"}>
              <TextArea
                id={id}
                label={q.text[locale()]}
                rows={4}
                maxLength={2000}
                value={props.draft[q.id] ?? ""}
                onInput={(v) => props.set(q.id, v)}
                optional
                error={props.error(`values.${q.id}`)}
              />
            </Match>
          </Switch>
        );
      }}
    </For>
  );
}
