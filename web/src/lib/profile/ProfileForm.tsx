import {
  digitalSkillLevels,
  genders,
  messageChannels,
  travelModes,
} from "@rinnalla/core/volunteer";
import { createMemo, createSignal, For, type JSX } from "solid-js";
import { createStore } from "solid-js/store";
import { FormActions } from "../actions.tsx";
import { SectorCheckboxes } from "../choices.tsx";
import { ErrorSummary } from "../ErrorSummary.tsx";
import { Checkboxes, Radios, Select, TextArea, TextField } from "../fields.tsx";
import { focusSoon } from "../focus.ts";
import { bindFields, draftText } from "../form.ts";
import { tr } from "../i18n.ts";
import { createProblems, fromKeys, type Problems } from "../problems.ts";
import { Notice } from "../ui.tsx";
import { Availability } from "./Availability.tsx";
import { LanguageLevels } from "./LanguageLevels.tsx";
import {
  checkProfile,
  type LanguageCode,
  type ProfileDraft,
  profileDraft,
  profileTarget,
  toProfile,
} from "./profile.ts";
import type { Profile, SentProfile } from "./types.ts";

/** What saving gave: done, or problems to show (field texts by path, or one message). */
export type SaveResult =
  | { ok: true }
  | { ok: false; fields?: Record<string, string>; message?: string };

/**
 * The volunteer's profile: when they can come, languages, areas, what they know and what they
 * would rather not do. The volunteer fills it on their own page; a coordinator can do it for
 * them. Checked with the API's own schema before sending.
 */
export function ProfileForm(props: {
  profile: Profile | null;
  municipality?: string;
  /** Level of the section headings inside the form. */
  headingLevel?: 2 | 3;
  onSave: (profile: SentProfile) => Promise<SaveResult>;
  onCancel?: () => void;
  /** Text over the buttons, e.g. who sees the profile. */
  note?: JSX.Element;
}) {
  const [draft, setDraft] = createStore<ProfileDraft>(
    profileDraft(props.profile, { municipality: props.municipality }),
  );
  const [notice, setNotice] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);
  let noticeBox: HTMLDivElement | undefined;

  const form = createProblems({
    label: (path) => {
      const target = profileTarget(path, draft);
      if (!target.label) return undefined;
      const row = target.row ? ` ${tr("volunteer.profile.row", { n: target.row })}` : "";
      return `${tr(target.label)}${row}`;
    },
    target: (path) => profileTarget(path, draft).id,
  });
  const error = form.error;
  const field = bindFields<"strengths" | "interests" | "challenges" | "areas">({
    id: (name) => `profile-${name}`,
    label: (name) => tr(`volunteer.profile.${name}`),
    error,
    ...draftText(draft, setDraft),
  });
  const levelErrors = createMemo(() => {
    const found: Partial<Record<LanguageCode, string>> = {};
    for (const path of Object.keys(form.problems())) {
      const match = /^languages\.\d+\.level$/.test(path) ? profileTarget(path, draft).id : "";
      const code = /^profile-language-(\w+)-level$/.exec(match)?.[1] as LanguageCode | undefined;
      if (code) found[code] = error(path);
    }
    return found;
  });

  const H = (p: { children: JSX.Element; id: string }) =>
    props.headingLevel === 3 ? <h3 id={p.id}>{p.children}</h3> : <h2 id={p.id}>{p.children}</h2>;

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setNotice(undefined);
    const checked = checkProfile(toProfile(draft));
    if (!checked.ok) return form.show(fromKeys(checked.errors));
    form.clear();
    setSaving(true);
    const result = await props.onSave(checked.profile);
    setSaving(false);
    if (result.ok) return;
    if (result.fields && Object.keys(result.fields).length > 0) {
      const found: Problems = {};
      for (const [path, message] of Object.entries(result.fields)) {
        found[path.replace(/^profile\./, "")] = { text: message };
      }
      form.show(found);
    } else if (result.message) {
      setNotice(result.message);
      focusSoon(() => noticeBox);
    }
  }

  return (
    <form
      id="profile-form"
      class="profile-form"
      novalidate
      aria-busy={saving()}
      onSubmit={(e) => void save(e)}
    >
      <ErrorSummary id="profile-errors" items={form.items()} ref={form.summaryRef} />
      <p class="required-note">{tr("form.required")}</p>

      <section aria-labelledby="profile-when">
        <H id="profile-when">{tr("volunteer.profile.section.when")}</H>
        <Availability draft={draft} setDraft={setDraft} error={error} onRowsChanged={form.clear} />
      </section>

      <section aria-labelledby="profile-where">
        <H id="profile-where">{tr("volunteer.profile.section.where")}</H>
        <LanguageLevels
          prefix="profile-language"
          legend={tr("volunteer.profile.languages")}
          hint={tr("volunteer.profile.languages.hint")}
          error={error("languages")}
          levelErrors={levelErrors()}
          required
          value={draft.languages}
          onChange={(code, level) => setDraft("languages", code, level)}
        />
        <TextField
          {...field("areas")}
          hint={tr("volunteer.profile.areas.hint")}
          error={
            error("areas") ??
            error(Object.keys(form.problems()).find((p) => p.startsWith("areas.")) ?? "")
          }
          required
          autocomplete="off"
        />
        <Checkboxes
          id="profile-travel"
          legend={tr("volunteer.profile.travel")}
          optional
          options={travelModes}
          optionLabel={(mode) => tr(`volunteer.travel.${mode}`)}
          value={draft.travel}
          onChange={(value) => setDraft("travel", value)}
          error={error("travel")}
        />
      </section>

      <section aria-labelledby="profile-what">
        <H id="profile-what">{tr("volunteer.profile.section.what")}</H>
        <SectorCheckboxes
          id="profile-sectors"
          legend={tr("volunteer.profile.sectors")}
          hint={tr("volunteer.profile.sectors.hint")}
          optional
          value={draft.sectors}
          onChange={(value) => setDraft("sectors", value)}
          error={error("sectors")}
        />
        <SectorCheckboxes
          id="profile-avoidSectors"
          legend={tr("volunteer.profile.avoidSectors")}
          hint={tr("volunteer.profile.avoidSectors.hint")}
          optional
          value={draft.avoidSectors}
          onChange={(value) => setDraft("avoidSectors", value)}
          error={error("avoidSectors")}
        />
      </section>

      <section aria-labelledby="profile-about">
        <H id="profile-about">{tr("volunteer.profile.section.about")}</H>
        <For each={["strengths", "interests", "challenges"] as const}>
          {(name) => (
            <TextArea
              {...field(name)}
              hint={tr(`volunteer.profile.${name}.hint`)}
              optional
              rows={4}
              maxlength={2000}
            />
          )}
        </For>
        <Select
          id="profile-digitalSkills"
          label={tr("volunteer.profile.digitalSkills")}
          hint={tr("volunteer.profile.digitalSkills.hint")}
          error={error("digitalSkills")}
          optional
          value={draft.digitalSkills}
          options={digitalSkillLevels}
          optionLabel={(level) => tr(`volunteer.digital.${level}`)}
          placeholder={tr("volunteer.profile.notSaying")}
          onChange={(level) => setDraft("digitalSkills", level)}
        />
        <Select
          id="profile-gender"
          label={tr("volunteer.profile.gender")}
          hint={tr("volunteer.profile.gender.hint")}
          error={error("gender")}
          optional
          value={draft.gender}
          options={genders}
          optionLabel={(gender) => tr(`volunteer.gender.${gender}`)}
          placeholder={tr("volunteer.profile.notSaying")}
          onChange={(gender) => setDraft("gender", gender)}
        />
      </section>

      <section aria-labelledby="profile-messages-title">
        <H id="profile-messages-title">{tr("volunteer.profile.section.messages")}</H>
        <Radios
          id="profile-messages"
          legend={tr("volunteer.profile.messages")}
          hint={tr("volunteer.profile.messages.hint")}
          options={messageChannels}
          optionLabel={(channel) => tr(`volunteer.messages.${channel}`)}
          value={draft.messages}
          onChange={(channel) => setDraft("messages", channel)}
          error={error("messages")}
        />
      </section>

      {props.note}
      <Notice text={notice()} ref={noticeBox} />
      <FormActions
        submitId="profile-save"
        submit={tr("volunteer.profile.save")}
        busy={saving()}
        busyLabel={tr("ui.saving")}
        cancel={
          props.onCancel && {
            id: "profile-cancel",
            label: tr("volunteer.profile.cancel"),
            onClick: props.onCancel,
          }
        }
      />
    </form>
  );
}
