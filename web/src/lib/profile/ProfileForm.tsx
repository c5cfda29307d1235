import { sectors } from "@rinnalla/core/request";
import { digitalSkillLevels, genders, travelModes } from "@rinnalla/core/volunteer";
import { createMemo, createSignal, For, type JSX, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ErrorSummary } from "../ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../Field.tsx";
import { focusSoon } from "../focus.ts";
import { type MessageKey, tr } from "../i18n.ts";
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

type Problem = { key: MessageKey } | { text: string };
const text = (p: Problem) => ("key" in p ? tr(p.key) : p.text);

const days = [1, 2, 3, 4, 5, 6, 7] as const;

/** A group of checkboxes for a list of options. */
function Checkboxes<T extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly T[];
  label: (option: T) => string;
  value: T[];
  onChange: (value: T[]) => void;
  error?: string | undefined;
}) {
  return (
    <ChoiceGroup id={props.id} legend={props.legend} hint={props.hint} error={props.error} optional>
      <For each={props.options}>
        {(option) => (
          <Choice
            type="checkbox"
            id={`${props.id}-${option}`}
            name={props.id}
            value={option}
            checked={props.value.includes(option)}
            label={props.label(option)}
            invalid={!!props.error}
            onChange={(checked) =>
              props.onChange(
                props.options.filter((o) => (o === option ? checked : props.value.includes(o))),
              )
            }
          />
        )}
      </For>
    </ChoiceGroup>
  );
}

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
  const [errors, setErrors] = createSignal<Record<string, Problem>>({});
  const [notice, setNotice] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);
  let summary: HTMLDivElement | undefined;
  let noticeBox: HTMLDivElement | undefined;

  const error = (path: string) => {
    const found = errors()[path];
    return found ? text(found) : undefined;
  };
  const summaryItems = createMemo(() =>
    Object.entries(errors()).map(([path, problem]) => {
      const target = profileTarget(path, draft);
      const label = target.label ? tr(target.label) : "";
      const where = target.row ? ` ${tr("volunteer.profile.row", { n: target.row })}` : "";
      return {
        text: label ? `${label}${where}: ${text(problem)}` : text(problem),
        target: target.id,
      };
    }),
  );
  const levelErrors = createMemo(() => {
    const found: Partial<Record<LanguageCode, string>> = {};
    for (const path of Object.keys(errors())) {
      const match = /^languages\.\d+\.level$/.test(path) ? profileTarget(path, draft).id : "";
      const code = /^profile-language-(\w+)-level$/.exec(match)?.[1] as LanguageCode | undefined;
      if (code) found[code] = error(path);
    }
    return found;
  });

  const H = (p: { children: JSX.Element; id: string }) =>
    props.headingLevel === 3 ? <h3 id={p.id}>{p.children}</h3> : <h2 id={p.id}>{p.children}</h2>;

  function addWeekly() {
    setDraft("weekly", (rows) => [...rows, { day: "", from: "", to: "" }]);
    const index = draft.weekly.length - 1;
    focusSoon(() => document.getElementById(`weekly-${index}-day`) ?? undefined);
  }
  function removeWeekly(index: number) {
    setDraft("weekly", (rows) => rows.filter((_, i) => i !== index));
    setErrors({});
    focusSoon(() => document.getElementById("weekly-add") ?? undefined);
  }
  function addAway() {
    setDraft("away", (rows) => [...rows, { from: "", to: "" }]);
    const index = draft.away.length - 1;
    focusSoon(() => document.getElementById(`away-${index}-from`) ?? undefined);
  }
  function removeAway(index: number) {
    setDraft("away", (rows) => rows.filter((_, i) => i !== index));
    setErrors({});
    focusSoon(() => document.getElementById("away-add") ?? undefined);
  }

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setNotice(undefined);
    const checked = checkProfile(toProfile(draft));
    if (!checked.ok) {
      const found: Record<string, Problem> = {};
      for (const [path, key] of Object.entries(checked.errors)) found[path] = { key };
      setErrors(found);
      focusSoon(() => summary);
      return;
    }
    setErrors({});
    setSaving(true);
    const result = await props.onSave(checked.profile);
    setSaving(false);
    if (result.ok) return;
    if (result.fields && Object.keys(result.fields).length > 0) {
      const found: Record<string, Problem> = {};
      for (const [path, message] of Object.entries(result.fields)) {
        found[path.replace(/^profile\./, "")] = { text: message };
      }
      setErrors(found);
      focusSoon(() => summary);
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
      <Show when={summaryItems().length > 0}>
        <ErrorSummary
          id="profile-errors"
          items={summaryItems()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>
      <p class="required-note">{tr("form.required")}</p>

      <section aria-labelledby="profile-when">
        <H id="profile-when">{tr("volunteer.profile.section.when")}</H>
        <fieldset class="group" aria-describedby="weekly-hint">
          <legend class="group__legend">{tr("volunteer.profile.weekly")}</legend>
          <p id="weekly-hint" class="hint">
            {tr("volunteer.profile.weekly.hint")}
          </p>
          <Show when={draft.weekly.length === 0}>
            <p class="muted">{tr("volunteer.profile.weekly.none")}</p>
          </Show>
          <For each={draft.weekly}>
            {(row, index) => (
              <fieldset class="row-group" data-testid="weekly-row">
                <legend>{tr("volunteer.profile.weekly.row", { n: index() + 1 })}</legend>
                <div class="field-row">
                  <Field
                    id={`weekly-${index()}-day`}
                    label={tr("volunteer.profile.weekly.day")}
                    error={error(`availability.weekly.${index()}.day`)}
                    required
                  >
                    {(control) => (
                      <select
                        {...control}
                        onChange={(e) => setDraft("weekly", index(), "day", e.currentTarget.value)}
                      >
                        <option value="" selected={row.day === ""}>
                          {tr("form.sector.choose")}
                        </option>
                        <For each={days}>
                          {(day) => (
                            <option value={String(day)} selected={row.day === String(day)}>
                              {tr(`volunteer.day.${day}`)}
                            </option>
                          )}
                        </For>
                      </select>
                    )}
                  </Field>
                  <Field
                    id={`weekly-${index()}-from`}
                    label={tr("volunteer.profile.weekly.from")}
                    error={error(`availability.weekly.${index()}.from`)}
                    required
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="time"
                        value={row.from}
                        onInput={(e) => setDraft("weekly", index(), "from", e.currentTarget.value)}
                      />
                    )}
                  </Field>
                  <Field
                    id={`weekly-${index()}-to`}
                    label={tr("volunteer.profile.weekly.to")}
                    error={error(`availability.weekly.${index()}.to`)}
                    required
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="time"
                        value={row.to}
                        onInput={(e) => setDraft("weekly", index(), "to", e.currentTarget.value)}
                      />
                    )}
                  </Field>
                </div>
                <button
                  type="button"
                  id={`weekly-${index()}-remove`}
                  class="button button--secondary button--small"
                  onClick={() => removeWeekly(index())}
                >
                  {tr("volunteer.profile.remove")}
                  <span class="visually-hidden">
                    {" "}
                    {tr("volunteer.profile.weekly.row", { n: index() + 1 })}
                  </span>
                </button>
              </fieldset>
            )}
          </For>
          <button
            type="button"
            id="weekly-add"
            class="button button--secondary"
            onClick={addWeekly}
          >
            {tr("volunteer.profile.weekly.add")}
          </button>
        </fieldset>

        <Field
          id="profile-maxVisits"
          label={tr("volunteer.profile.maxVisits")}
          hint={tr("volunteer.profile.maxVisits.hint")}
          error={error("availability.maxVisitsPerMonth")}
          required
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputmode="numeric"
              min={1}
              max={30}
              step={1}
              class="input--short"
              value={draft.maxVisits}
              onInput={(e) => setDraft("maxVisits", e.currentTarget.value)}
            />
          )}
        </Field>

        <fieldset class="group" aria-describedby="away-hint">
          <legend class="group__legend">{tr("volunteer.profile.away")}</legend>
          <p id="away-hint" class="hint">
            {tr("volunteer.profile.away.hint")}
          </p>
          <For each={draft.away}>
            {(row, index) => (
              <fieldset class="row-group" data-testid="away-row">
                <legend>{tr("volunteer.profile.away.row", { n: index() + 1 })}</legend>
                <div class="field-row">
                  <Field
                    id={`away-${index()}-from`}
                    label={tr("volunteer.profile.away.from")}
                    error={error(`availability.away.${index()}.from`)}
                    required
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="date"
                        value={row.from}
                        onInput={(e) => setDraft("away", index(), "from", e.currentTarget.value)}
                      />
                    )}
                  </Field>
                  <Field
                    id={`away-${index()}-to`}
                    label={tr("volunteer.profile.away.to")}
                    error={error(`availability.away.${index()}.to`)}
                    required
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="date"
                        min={row.from || undefined}
                        value={row.to}
                        onInput={(e) => setDraft("away", index(), "to", e.currentTarget.value)}
                      />
                    )}
                  </Field>
                </div>
                <button
                  type="button"
                  id={`away-${index()}-remove`}
                  class="button button--secondary button--small"
                  onClick={() => removeAway(index())}
                >
                  {tr("volunteer.profile.remove")}
                  <span class="visually-hidden">
                    {" "}
                    {tr("volunteer.profile.away.row", { n: index() + 1 })}
                  </span>
                </button>
              </fieldset>
            )}
          </For>
          <button type="button" id="away-add" class="button button--secondary" onClick={addAway}>
            {tr("volunteer.profile.away.add")}
          </button>
        </fieldset>
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
        <Field
          id="profile-areas"
          label={tr("volunteer.profile.areas")}
          hint={tr("volunteer.profile.areas.hint")}
          error={
            error("areas") ?? error(Object.keys(errors()).find((p) => p.startsWith("areas.")) ?? "")
          }
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              value={draft.areas}
              onInput={(e) => setDraft("areas", e.currentTarget.value)}
            />
          )}
        </Field>
        <Checkboxes
          id="profile-travel"
          legend={tr("volunteer.profile.travel")}
          options={travelModes}
          label={(mode) => tr(`volunteer.travel.${mode}`)}
          value={draft.travel}
          onChange={(value) => setDraft("travel", value)}
          error={error("travel")}
        />
      </section>

      <section aria-labelledby="profile-what">
        <H id="profile-what">{tr("volunteer.profile.section.what")}</H>
        <Checkboxes
          id="profile-sectors"
          legend={tr("volunteer.profile.sectors")}
          hint={tr("volunteer.profile.sectors.hint")}
          options={sectors}
          label={(sector) => tr(`sector.${sector}`)}
          value={draft.sectors}
          onChange={(value) => setDraft("sectors", value)}
          error={error("sectors")}
        />
        <Checkboxes
          id="profile-avoidSectors"
          legend={tr("volunteer.profile.avoidSectors")}
          hint={tr("volunteer.profile.avoidSectors.hint")}
          options={sectors}
          label={(sector) => tr(`sector.${sector}`)}
          value={draft.avoidSectors}
          onChange={(value) => setDraft("avoidSectors", value)}
          error={error("avoidSectors")}
        />
      </section>

      <section aria-labelledby="profile-about">
        <H id="profile-about">{tr("volunteer.profile.section.about")}</H>
        <For each={["strengths", "interests", "challenges"] as const}>
          {(name) => (
            <Field
              id={`profile-${name}`}
              label={tr(`volunteer.profile.${name}`)}
              hint={tr(`volunteer.profile.${name}.hint`)}
              error={error(name)}
              optional
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={4}
                  maxlength={2000}
                  value={draft[name]}
                  onInput={(e) => setDraft(name, e.currentTarget.value)}
                />
              )}
            </Field>
          )}
        </For>
        <Field
          id="profile-digitalSkills"
          label={tr("volunteer.profile.digitalSkills")}
          hint={tr("volunteer.profile.digitalSkills.hint")}
          error={error("digitalSkills")}
          optional
        >
          {(control) => (
            <select
              {...control}
              onChange={(e) =>
                setDraft("digitalSkills", e.currentTarget.value as ProfileDraft["digitalSkills"])
              }
            >
              <option value="" selected={draft.digitalSkills === ""}>
                {tr("volunteer.profile.notSaying")}
              </option>
              <For each={digitalSkillLevels}>
                {(level) => (
                  <option value={level} selected={draft.digitalSkills === level}>
                    {tr(`volunteer.digital.${level}`)}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <Field
          id="profile-gender"
          label={tr("volunteer.profile.gender")}
          hint={tr("volunteer.profile.gender.hint")}
          error={error("gender")}
          optional
        >
          {(control) => (
            <select
              {...control}
              onChange={(e) => setDraft("gender", e.currentTarget.value as ProfileDraft["gender"])}
            >
              <option value="" selected={draft.gender === ""}>
                {tr("volunteer.profile.notSaying")}
              </option>
              <For each={genders}>
                {(gender) => (
                  <option value={gender} selected={draft.gender === gender}>
                    {tr(`volunteer.gender.${gender}`)}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </section>

      {props.note}
      <Show when={notice()}>
        {(message) => (
          <div ref={noticeBox} class="notice" tabindex="-1">
            <p>{message()}</p>
          </div>
        )}
      </Show>
      <div class="button-row">
        <button
          type="submit"
          id="profile-save"
          class="button"
          disabled={saving()}
          aria-busy={saving()}
        >
          {saving() ? tr("ui.saving") : tr("volunteer.profile.save")}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button
              type="button"
              id="profile-cancel"
              class="button button--secondary"
              disabled={saving()}
              onClick={() => cancel()()}
            >
              {tr("volunteer.profile.cancel")}
            </button>
          )}
        </Show>
      </div>
    </form>
  );
}
