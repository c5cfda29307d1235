import { createSignal, For, onMount, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Choice } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { Select, TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { createProblems, fromServer } from "../../lib/problems.ts";
import { type Flash, Loaded, StatusMessage } from "../../lib/ui.tsx";
import { AdminPage } from "../admin/AdminOnly.tsx";
import { useApi } from "../api.ts";
import { badCourseFields, courseBody, courseDraft } from "./course.ts";
import { topicName } from "./topics.ts";
import type { Course } from "./types.ts";

const topics = ["role", "serviceSystem", "communication", "practice", "custom"] as const;
const fieldId = (path: string) => `course-${path.replaceAll(".", "-")}`;

function labelOf(path: string) {
  if (path === "partialCountsFrom") return tr("coord.course.partialFrom");
  const match = /^sessions\.(\d+)\.(\w+)$/.exec(path);
  if (!match) return undefined;
  const field = match[2] === "minutes" ? "coord.course.minutes" : "coord.course.topic";
  return `${tr("coord.course.session", { n: Number(match[1]) + 1 })} – ${tr(field)}`;
}

function CourseForm(props: { course: Course; onSaved: (c: Course) => void }) {
  const call = useApi();
  const [draft, setDraft] = createStore(courseDraft(props.course));
  const [version, setVersion] = createSignal(props.course.version);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const form = createProblems({ label: labelOf, target: fieldId });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const bad = badCourseFields(draft);
    if (bad.length)
      return form.show(
        Object.fromEntries(bad.map((path) => [path, { key: "error.minutes" as const }])),
      );
    form.clear();
    setBusy(true);
    const result = await call(api.training.course.$put({ json: courseBody(draft, version()) }));
    setBusy(false);
    if (result.ok) {
      setVersion(result.data.version);
      setDraft(reconcile(courseDraft(result.data)));
      props.onSaved(result.data);
      return setMessage({ kind: "success", text: tr("coord.course.saved") });
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length)
      return form.show(fromServer(result.fields));
    setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <form id="course-form" novalidate aria-busy={busy()} onSubmit={(e) => void save(e)}>
      <ErrorSummary id="course-errors" items={form.items()} ref={form.summaryRef} />
      <For each={draft.sessions}>
        {(s, i) => (
          <fieldset class="session-fields" data-testid="course-session">
            <legend>{tr("coord.course.session", { n: i() + 1 })}</legend>
            <Select
              id={fieldId(`sessions.${i()}.topic`)}
              label={tr("coord.course.topic")}
              value={s.topic}
              options={topics}
              optionLabel={(t) =>
                t === "custom" ? tr("coord.course.topic.custom") : topicName({ topic: t })
              }
              onChange={(t) => t && setDraft("sessions", i(), "topic", t)}
            />
            <Show when={s.topic === "custom"}>
              <TextField
                id={fieldId(`sessions.${i()}.title`)}
                label={tr("coord.course.ownTitle")}
                value={s.title}
                error={form.error(`sessions.${i()}.title`)}
                onInput={(v) => setDraft("sessions", i(), "title", v)}
                maxlength={160}
              />
            </Show>
            <TextField
              id={fieldId(`sessions.${i()}.minutes`)}
              label={tr("coord.course.minutes")}
              value={s.minutes}
              error={form.error(`sessions.${i()}.minutes`)}
              onInput={(v) => setDraft("sessions", i(), "minutes", v)}
              inputmode="numeric"
              required
            />
            <Show when={draft.sessions.length > 1}>
              <button
                type="button"
                class="button button--secondary"
                id={`course-remove-${i()}`}
                onClick={() => {
                  setDraft("sessions", (all) => all.filter((_, k) => k !== i()));
                  focusSoon(() => document.getElementById("course-add") ?? undefined);
                }}
              >
                {tr("coord.course.remove", { n: i() + 1 })}
              </button>
            </Show>
          </fieldset>
        )}
      </For>
      <Show when={draft.sessions.length < 12}>
        <button
          type="button"
          id="course-add"
          class="button button--secondary"
          onClick={() =>
            setDraft("sessions", (all) => [...all, { topic: "custom", title: "", minutes: "210" }])
          }
        >
          {tr("coord.course.add")}
        </button>
      </Show>
      <h2>{tr("coord.course.rule")}</h2>
      <TextField
        id={fieldId("partialCountsFrom")}
        label={tr("coord.course.partialFrom")}
        value={draft.partialCountsFrom}
        error={form.error("partialCountsFrom")}
        onInput={(v) => setDraft("partialCountsFrom", v)}
        inputmode="numeric"
        required
      />
      <div class="choice-single">
        <Choice
          type="checkbox"
          id="course-profileRequired"
          name="profileRequired"
          value="yes"
          checked={draft.profileRequired}
          label={tr("coord.course.profileRequired")}
          onChange={(checked) => setDraft("profileRequired", checked)}
        />
      </div>
      <StatusMessage message={message()} testId="course-message" />
      <BusyButton
        id="course-save"
        busy={busy()}
        label={tr("coord.course.save")}
        busyLabel={tr("ui.saving")}
      />
    </form>
  );
}

/** The course every cohort copies: its sessions, and when the course counts as completed. */
export default function CoursePage() {
  const call = useApi();
  const course = createLoader(() => call(api.training.course.$get()));
  onMount(() => void course.reload());
  return (
    <div>
      <p class="breadcrumb">
        <a href="/coordinator/training">{tr("coord.training.back")}</a>
      </p>
      <AdminPage title={tr("coord.course.title")}>
        <p class="lead">{tr("coord.course.lead")}</p>
        <Loaded loader={course}>{(c) => <CourseForm course={c()} onSaved={course.set} />}</Loaded>
      </AdminPage>
    </div>
  );
}
