import { fieldErrors, sectors } from "@rinnalla/core/request";
import { InterviewInput, interviewDecisions } from "@rinnalla/core/volunteer";
import { createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { FormActions } from "../../lib/actions.tsx";
import { SectorCheckboxes } from "../../lib/choices.tsx";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Radios, TextArea } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { bindFields, draftText } from "../../lib/form.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { createProblems, fromKeys, fromServer } from "../../lib/problems.ts";
import { LanguageLevels } from "../../lib/profile/LanguageLevels.tsx";
import type { SaveResult } from "../../lib/profile/ProfileForm.tsx";
import { type LevelDraft, levelsOf, skillsOf } from "../../lib/profile/profile.ts";
import { Notice } from "../../lib/ui.tsx";
import type { Interview, InterviewBody, Volunteer } from "./types.ts";

type Decision = (typeof interviewDecisions)[number];

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
    // The interview starts from the levels the applicant gave.
    languages: levelsOf(start ? start.languages : (props.volunteer.languages ?? [])),
    sectors: [...(start?.sectors ?? [])] as (typeof sectors)[number][],
    suitability: start?.suitability ?? "",
    decision: (start?.decision ?? "") as Decision | "",
    reason: start?.reason ?? "",
  });
  const [notice, setNotice] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);
  let noticeBox: HTMLDivElement | undefined;

  const form = createProblems({
    label: (path) => {
      const label = labels[path.split(".")[0] ?? ""];
      return label ? tr(label) : undefined;
    },
    target: (path) => target(path, draft.languages),
  });
  const error = form.error;
  const field = bindFields<(typeof texts)[number] | "suitability" | "reason">({
    id: (name) => `interview-${name}`,
    label: (name) => tr(labels[name] as MessageKey),
    error,
    ...draftText(draft, setDraft),
  });
  const needsReason = () => draft.decision !== "" && draft.decision !== "to_training";

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (saving()) return;
    setNotice(undefined);
    const checked = InterviewInput.safeParse({
      workHistory: draft.workHistory,
      lifeSituation: draft.lifeSituation,
      earlierVolunteering: draft.earlierVolunteering,
      languages: skillsOf(draft.languages),
      sectors: [...draft.sectors],
      suitability: draft.suitability,
      decision: draft.decision || undefined,
      reason: needsReason() && draft.reason.trim() ? draft.reason : undefined,
    });
    if (!checked.success) return form.show(fromKeys(fieldErrors(checked.error)));
    form.clear();
    setSaving(true);
    const result = await props.onSave(checked.data);
    setSaving(false);
    if (result.ok) return;
    if (result.fields && Object.keys(result.fields).length > 0) {
      form.show(fromServer(result.fields));
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
      <ErrorSummary id="interview-errors" items={form.items()} ref={form.summaryRef} />
      <p class="hint">{tr("volunteer.interview.private")}</p>
      <For each={texts}>
        {(name) => <TextArea {...field(name)} optional rows={3} maxlength={4000} />}
      </For>
      <LanguageLevels
        prefix="interview-language"
        legend={tr("volunteer.interview.languages")}
        error={error("languages")}
        value={draft.languages}
        onChange={(code, level) => setDraft("languages", code, level)}
      />
      <SectorCheckboxes
        id="interview-sectors"
        legend={tr("volunteer.interview.sectors")}
        hint={tr("volunteer.interview.sectors.hint")}
        error={error("sectors")}
        optional
        value={draft.sectors}
        onChange={(value) => setDraft("sectors", value)}
      />
      <TextArea
        {...field("suitability")}
        hint={tr("volunteer.interview.suitability.hint")}
        optional
        rows={3}
        maxlength={4000}
      />
      <Radios
        id="interview-decision"
        legend={tr("volunteer.interview.decision")}
        error={error("decision")}
        required
        options={interviewDecisions}
        optionLabel={(decision) => tr(`volunteer.interview.decision.${decision}`)}
        value={draft.decision}
        onChange={(decision) => setDraft("decision", decision)}
      />
      <Show when={needsReason()}>
        <TextArea
          {...field("reason")}
          hint={tr("volunteer.interview.reason.hint")}
          required
          rows={3}
          maxlength={1000}
        />
      </Show>
      <Notice text={notice()} ref={noticeBox} />
      <FormActions
        submitId="interview-save"
        submit={tr("volunteer.interview.save")}
        busy={saving()}
        busyLabel={tr("ui.saving")}
        cancel={
          props.onCancel && {
            id: "interview-cancel",
            label: tr("volunteer.profile.cancel"),
            onClick: props.onCancel,
          }
        }
      />
    </form>
  );
}
