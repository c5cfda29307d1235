import { clientLanguages } from "@rinnalla/core/request";
import { languageLevels } from "@rinnalla/core/volunteer";
import { For, Show } from "solid-js";
import { ChoiceGroup, ErrorMessage } from "../Field.tsx";
import { languageName, tr } from "../i18n.ts";
import type { LanguageCode, LevelDraft } from "./profile.ts";

/**
 * Languages with a level each: a checkbox per language, and once it is ticked a level choice
 * right under it (`#<prefix>-<code>` and `#<prefix>-<code>-level`).
 */
export function LanguageLevels(props: {
  prefix: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  levelErrors?: Partial<Record<LanguageCode, string>>;
  required?: boolean;
  value: LevelDraft;
  onChange: (code: LanguageCode, level: LevelDraft[LanguageCode]) => void;
}) {
  return (
    <ChoiceGroup
      id={`${props.prefix}s`}
      legend={props.legend}
      hint={props.hint}
      error={props.error}
      required={props.required === true}
    >
      <For each={clientLanguages}>
        {(code) => {
          const id = `${props.prefix}-${code}`;
          const chosen = () => props.value[code] !== undefined;
          const levelError = () => props.levelErrors?.[code];
          return (
            <div class="language-level">
              <div class="choice">
                <input
                  type="checkbox"
                  id={id}
                  name={props.prefix}
                  value={code}
                  checked={chosen()}
                  aria-invalid={props.error ? "true" : undefined}
                  onChange={(e) =>
                    props.onChange(code, e.currentTarget.checked ? "fluent" : undefined)
                  }
                />
                <label for={id}>{languageName(code)}</label>
              </div>
              <Show when={chosen()}>
                <div class="language-level__level" classList={{ "field--error": !!levelError() }}>
                  <label class="visually-hidden" for={`${id}-level`}>
                    {tr("volunteer.profile.languageLevel", { language: languageName(code) })}
                  </label>
                  <ErrorMessage id={`${id}-level-error`} text={levelError()} />
                  <select
                    id={`${id}-level`}
                    name={`${id}-level`}
                    aria-invalid={levelError() ? "true" : undefined}
                    aria-describedby={levelError() ? `${id}-level-error` : undefined}
                    onChange={(e) =>
                      props.onChange(code, e.currentTarget.value as LevelDraft[LanguageCode])
                    }
                  >
                    <For each={languageLevels}>
                      {(level) => (
                        <option value={level} selected={props.value[code] === level}>
                          {tr(`volunteer.level.${level}`)}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              </Show>
            </div>
          );
        }}
      </For>
    </ChoiceGroup>
  );
}
