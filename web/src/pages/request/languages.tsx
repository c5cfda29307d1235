import { localLanguageLevels } from "@rinnalla/core/request";
import { Show } from "solid-js";
import { LanguagePicker } from "../../lib/choices.tsx";
import { Radios, TextField } from "../../lib/fields.tsx";
import { languageName, tr } from "../../lib/i18n.ts";
import { asksFinnishOrSwedish, asksMainLanguage, fieldLabel } from "./draft.ts";
import type { SectionProps } from "./section.ts";

/**
 * The client's languages: which they speak (a searchable list, so a phone page stays short),
 * which of several they manage best in, and, when that is neither Finnish nor Swedish, how they
 * manage in those. Matching looks for a support person who speaks the main language.
 */
export function LanguageQuestions(props: SectionProps) {
  const client = () => props.draft.client;
  const label = (path: string) =>
    tr(fieldLabel(path, props.draft.requesterRole) ?? "error.invalid");
  return (
    <>
      <LanguagePicker
        id="client-languages"
        label={label("client.languages")}
        hint={tr("form.client.languages.hint")}
        error={props.error("client.languages")}
        required
        value={client().languages}
        onChange={(value) => props.setDraft("client", "languages", value)}
      />
      <TextField
        {...props.field("client.otherLanguage")}
        hint={tr("form.client.otherLanguage.hint")}
        autocomplete="off"
      />
      <Show when={asksMainLanguage(client())}>
        <Radios
          id="client-mainLanguage"
          name="mainLanguage"
          legend={label("client.mainLanguage")}
          hint={tr("form.client.mainLanguage.hint")}
          error={props.error("client.mainLanguage")}
          required
          options={client().languages}
          optionLabel={languageName}
          value={
            client().languages.includes(client().mainLanguage as never) ? client().mainLanguage : ""
          }
          onChange={(code) => props.setDraft("client", "mainLanguage", code)}
        />
      </Show>
      <Show when={asksFinnishOrSwedish(client())}>
        <Radios
          id="client-finnishOrSwedish"
          name="finnishOrSwedish"
          legend={label("client.finnishOrSwedish")}
          hint={tr("form.client.finnishOrSwedish.hint")}
          error={props.error("client.finnishOrSwedish")}
          required
          options={localLanguageLevels}
          optionLabel={(level) => tr(`form.client.finnishOrSwedish.${level}`)}
          value={client().finnishOrSwedish}
          onChange={(level) => props.setDraft("client", "finnishOrSwedish", level)}
        />
      </Show>
    </>
  );
}
