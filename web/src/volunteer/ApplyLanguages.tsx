import { languageLevels } from "@rinnalla/core/volunteer";
import { For, Show } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { LanguagePicker } from "../lib/choices.tsx";
import { Radios } from "../lib/fields.tsx";
import { languageName, tr } from "../lib/i18n.ts";
import type { ApplyDraft } from "./apply.ts";

/**
 * The application's languages: the same searchable picker as the request form, then for each
 * chosen language how well they speak it (native, fluent, basic) as three radios, which a
 * phone shows as three large rows. Matching weighs the level: a native or fluent speaker of a
 * client's main language is who is looked for. Ids: `apply-level-<code>-<level>`.
 */
export function ApplyLanguages(props: {
  draft: ApplyDraft;
  setDraft: SetStoreFunction<ApplyDraft>;
  error: (path: string) => string | undefined;
}) {
  const levelError = (index: number) => props.error(`languages.${index}.level`);
  return (
    <>
      <LanguagePicker
        id="apply-languages"
        label={tr("volunteer.apply.languages")}
        hint={tr("volunteer.apply.languages.hint")}
        error={props.error("languages")}
        required
        value={props.draft.languages}
        onChange={(value) => props.setDraft("languages", value)}
      />
      <Show when={props.draft.languages.length > 0}>
        <p class="hint" id="apply-levels-hint">
          {tr("volunteer.apply.levels.hint")}
        </p>
        <For each={props.draft.languages}>
          {(code, index) => (
            <Radios
              id={`apply-level-${code}`}
              name={`level-${code}`}
              legend={tr("volunteer.apply.level", { language: languageName(code) })}
              error={levelError(index())}
              required
              options={languageLevels}
              optionLabel={(level) => tr(`volunteer.level.${level}`)}
              value={props.draft.levels[code] ?? ""}
              onChange={(level) => props.setDraft("levels", code, level)}
            />
          )}
        </For>
      </Show>
    </>
  );
}
