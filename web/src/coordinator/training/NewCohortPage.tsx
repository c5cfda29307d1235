import { useNavigate } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { FormActions } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { Radios, TextField } from "../../lib/fields.tsx";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { createProblems, fromKeys, fromServer } from "../../lib/problems.ts";
import { Loaded, Notice } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import { carryForward, draftFor, fieldId, hoursToMinutes, planBody } from "./plan.ts";
import { SessionFields, sessionFieldLabel } from "./SessionFields.tsx";
import type { CohortKind, Course } from "./types.ts";

const kinds = ["course", "continuing"] as const;

/** The words of a field path, for the error summary ("2. kerta – Päivä"). */
function labelOf(path: string): string | undefined {
  const top: Record<string, MessageKey> = {
    kind: "coord.plan.kind",
    name: "coord.plan.name",
    title: "coord.plan.topic",
    hours: "coord.plan.hours",
  };
  if (top[path]) return tr(top[path]);
  const match = /^sessions\.(\d+)\.(\w+)$/.exec(path);
  if (!match) return undefined;
  const [, i, name] = match;
  if (name === "title") return tr("coord.plan.topic");
  if (name === "minutes") return tr("coord.plan.hours");
  const key = sessionFieldLabel[name as keyof typeof sessionFieldLabel];
  return key ? `${tr("coord.course.session", { n: Number(i) + 1 })} – ${tr(key)}` : undefined;
}

/** Continuing education's topic and length are one session's: shown as the event's own fields. */
const targetOf = (path: string) =>
  path.endsWith(".title")
    ? "cohort-title"
    : path.endsWith(".minutes")
      ? "cohort-hours"
      : path === "kind"
        ? "cohort-kind-course"
        : fieldId(path);

function PlanForm(props: { course: Course }) {
  const call = useApi();
  const navigate = useNavigate();
  const [draft, setDraft] = createStore(draftFor("course", props.course.sessions.length));
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const form = createProblems({ label: labelOf, target: targetOf });
  const error = (path: string) =>
    form.error(path) ??
    (path === "title" ? form.error("sessions.0.title") : undefined) ??
    (path === "hours" ? form.error("sessions.0.minutes") : undefined);

  const setKind = (kind: CohortKind) => {
    const next = draftFor(kind, props.course.sessions.length);
    setDraft(reconcile({ ...next, name: draft.name }));
    form.clear();
  };

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setFailure(undefined);
    if (draft.kind === "continuing" && hoursToMinutes(draft.hours) === undefined) {
      return form.show(fromKeys({ hours: "coord.plan.hours.error" }));
    }
    form.clear();
    setBusy(true);
    const result = await call(api.training.cohorts.$post({ json: planBody(draft) }));
    setBusy(false);
    if (result.ok) {
      navigate(`/coordinator/training/${encodeURIComponent(result.data.id)}`, {
        state: { created: true },
      });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      return form.show(fromServer(result.fields));
    }
    setFailure(failureText(result));
  }

  return (
    <form id="plan-form" novalidate aria-busy={busy()} onSubmit={(e) => void save(e)}>
      <ErrorSummary id="plan-errors" items={form.items()} ref={form.summaryRef} />
      <Notice alert text={failure()} />
      <Radios
        id="cohort-kind"
        legend={tr("coord.plan.kind")}
        options={kinds}
        optionLabel={(k) => tr(`coord.plan.kind.${k}`)}
        value={draft.kind}
        onChange={setKind}
        required
      />
      <TextField
        id="cohort-name"
        label={tr("coord.plan.name")}
        hint={tr("coord.plan.name.hint")}
        value={draft.name}
        error={error("name")}
        onInput={(v) => setDraft("name", v)}
        required
        maxlength={120}
      />
      <Show when={draft.kind === "continuing"}>
        <TextField
          id="cohort-title"
          label={tr("coord.plan.topic")}
          value={draft.title}
          error={error("title")}
          onInput={(v) => setDraft("title", v)}
          required
          maxlength={160}
        />
        <TextField
          id="cohort-hours"
          label={tr("coord.plan.hours")}
          hint={tr("coord.plan.hours.hint")}
          value={draft.hours}
          error={error("hours")}
          onInput={(v) => setDraft("hours", v)}
          inputmode="decimal"
          required
          class="input--short"
        />
      </Show>
      <For each={draft.sessions}>
        {(session, i) => (
          <SessionFields
            index={i()}
            session={session}
            template={draft.kind === "course" ? props.course.sessions[i()] : undefined}
            error={error}
            onChange={(name, value) => setDraft("sessions", i(), name, value)}
            onPlaceDone={() => setDraft("sessions", carryForward(draft.sessions, i()))}
          />
        )}
      </For>
      <FormActions
        submitId="plan-save"
        submit={tr("coord.plan.save")}
        busy={busy()}
        busyLabel={tr("coord.plan.saving")}
        cancel={{
          label: tr("coord.plan.cancel"),
          onClick: () => navigate("/coordinator/training"),
        }}
      />
    </form>
  );
}

/** A new cohort of the course (its sessions from the template) or continuing education. */
export default function NewCohortPage() {
  const call = useApi();
  const course = createLoader(() => call(api.training.course.$get()));
  onMount(() => void course.reload());
  return (
    <div>
      <p class="breadcrumb">
        <a href="/coordinator/training">{tr("coord.training.back")}</a>
      </p>
      <PageHeading title={tr("coord.plan.title")} />
      <Loaded loader={course}>{(c) => <PlanForm course={c()} />}</Loaded>
    </div>
  );
}
