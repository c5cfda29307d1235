import { fieldErrors, sectors } from "@rinnalla/core/request";
import { InterviewInput, interviewDecisions } from "@rinnalla/core/volunteer";
import { createMemo, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Choice, ChoiceGroup, Field } from "../../lib/Field.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { LanguageLevels } from "../../lib/profile/LanguageLevels.tsx";
import type { SaveResult } from "../../lib/profile/ProfileForm.tsx";
import { type LevelDraft, levelsOf, skillsOf } from "../../lib/profile/profile.ts";
import type { Interview, InterviewBody, Volunteer } from "./types.ts";

type Decision = (typeof interviewDecisions)[number];
type Problem = { key: MessageKey } | { text: string };
const text = (p: Problem) => ("key" in p ? tr(p.key) : p.text);

const texts = ["workHistory", "lifeSituation", "earlierVolunteering"] as const;
const labels: Record<string, MessageKey> = {
  workHistory: "volunteer.interview.workHistory",
  lifeSituation: "volunteer.interview.lifeSituation",
  earlierVolunteering: "volunteer.interview.earlierVolunteering",
  languages: "volunteer.interview.languages",
  sectors: "volunteer.interview.sectors",
  suitability: "volunteer.interview.suitability",
  decision: "volunteer.interview.decision",
  reason: "volunteer.interview.reason",
};
const target = (path: string, levels: LevelDraft) => {
  const [head, index] = path.split(".");
  if (head === "languages") {
    const code = skillsOf(levels)[Number(index)]?.code;
    return code ? `interview-language-${code}-level` : "interview-language-fi";
  }
  if (head === "sectors") return `interview-sectors-${sectors[0]}`;
  if (head === "decision") return `interview-decision-${interviewDecisions[0]}`;
  return `interview-${head}`;
};

/** The coordinator's interview of an applicant; the decision moves the applicant on. */
export function InterviewForm(props: {
  volunteer: Volunteer;
  interview: Interview | null;
  onSave: (interview: InterviewBody) => Promise<SaveResult>;
  onCancel?: () => void;
}) {
  const start = props.interview;
  const [draft, setDraft] = createStore({
    workHistory: start?.workHistory ?? "",
    lifeSituation: start?.lifeSituation ?? "",
    earlierVolunteering: start?.earlierVolunteering ?? "",
    languages: start
      ? levelsOf(start.languages)
      : levelsOf(
          (props.volunteer.languages ?? []).map((code) => ({ code, level: "fluent" as const })),
        ),
    sectors: [...(start?.sectors ?? [])] as (typeof sectors)[number][],
    suitability: start?.suitability ?? "",
    decision: (start?.decision ?? "") as Decision | "",
    reason: start?.reason ?? "",
  });
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
      const label = labels[path.split(".")[0] ?? ""];
      return {
        text: label ? `${tr(label)}: ${text(problem)}` : text(problem),
        target: target(path, draft.languages),
      };
    }),
  );
  const needsReason = () => draft.decision !== "" && draft.decision !== "to_training";

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setNotice(undefined);
    const body = {
      workHistory: draft.workHistory,
      lifeSituation: draft.lifeSituation,
      earlierVolunteering: draft.earlierVolunteering,
      languages: skillsOf(draft.languages),
      sectors: [...draft.sectors],
      suitability: draft.suitability,
      decision: draft.decision || undefined,
      reason: needsReason() && draft.reason.trim() ? draft.reason : undefined,
    };
    const checked = InterviewInput.safeParse(body);
    if (!checked.success) {
      const found: Record<string, Problem> = {};
      for (const [path, key] of Object.entries(fieldErrors(checked.error))) found[path] = { key };
      setErrors(found);
      focusSoon(() => summary);
      return;
    }
    setErrors({});
    setSaving(true);
    const result = await props.onSave(checked.data);
    setSaving(false);
    if (result.ok) return;
    if (result.fields && Object.keys(result.fields).length > 0) {
      const found: Record<string, Problem> = {};
      for (const [path, message] of Object.entries(result.fields)) found[path] = { text: message };
      setErrors(found);
      focusSoon(() => summary);
    } else if (result.message) {
      setNotice(result.message);
      focusSoon(() => noticeBox);
    }
  }

  return (
    <form
      id="interview-form"
      class="edit-panel"
      novalidate
      aria-busy={saving()}
      onSubmit={(e) => void save(e)}
    >
      <Show when={summaryItems().length > 0}>
        <ErrorSummary
          id="interview-errors"
          items={summaryItems()}
          ref={(el) => {
            summary = el;
          }}
        />
      </Show>
      <p class="hint">{tr("volunteer.interview.private")}</p>
      <For each={texts}>
        {(name) => (
          <Field
            id={`interview-${name}`}
            label={tr(labels[name] as MessageKey)}
            error={error(name)}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxlength={4000}
                value={draft[name]}
                onInput={(e) => setDraft(name, e.currentTarget.value)}
              />
            )}
          </Field>
        )}
      </For>
      <LanguageLevels
        prefix="interview-language"
        legend={tr("volunteer.interview.languages")}
        error={error("languages")}
        value={draft.languages}
        onChange={(code, level) => setDraft("languages", code, level)}
      />
      <ChoiceGroup
        id="interview-sectors"
        legend={tr("volunteer.interview.sectors")}
        hint={tr("volunteer.interview.sectors.hint")}
        error={error("sectors")}
        optional
      >
        <For each={sectors}>
          {(sector) => (
            <Choice
              type="checkbox"
              id={`interview-sectors-${sector}`}
              name="interview-sectors"
              value={sector}
              checked={draft.sectors.includes(sector)}
              label={tr(`sector.${sector}`)}
              onChange={(checked) =>
                setDraft("sectors", (chosen) =>
                  sectors.filter((s) => (s === sector ? checked : chosen.includes(s))),
                )
              }
            />
          )}
        </For>
      </ChoiceGroup>
      <Field
        id="interview-suitability"
        label={tr("volunteer.interview.suitability")}
        hint={tr("volunteer.interview.suitability.hint")}
        error={error("suitability")}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxlength={4000}
            value={draft.suitability}
            onInput={(e) => setDraft("suitability", e.currentTarget.value)}
          />
        )}
      </Field>
      <ChoiceGroup
        id="interview-decision"
        legend={tr("volunteer.interview.decision")}
        error={error("decision")}
        required
      >
        <For each={interviewDecisions}>
          {(decision) => (
            <Choice
              type="radio"
              id={`interview-decision-${decision}`}
              name="interview-decision"
              value={decision}
              checked={draft.decision === decision}
              label={tr(`volunteer.interview.decision.${decision}`)}
              required
              invalid={!!error("decision")}
              onChange={() => setDraft("decision", decision)}
            />
          )}
        </For>
      </ChoiceGroup>
      <Show when={needsReason()}>
        <Field
          id="interview-reason"
          label={tr("volunteer.interview.reason")}
          hint={tr("volunteer.interview.reason.hint")}
          error={error("reason")}
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxlength={1000}
              value={draft.reason}
              onInput={(e) => setDraft("reason", e.currentTarget.value)}
            />
          )}
        </Field>
      </Show>
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
          id="interview-save"
          class="button"
          disabled={saving()}
          aria-busy={saving()}
        >
          {saving() ? tr("ui.saving") : tr("volunteer.interview.save")}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button
              type="button"
              id="interview-cancel"
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
