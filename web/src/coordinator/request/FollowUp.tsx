import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { escapeCloses, FormActions, OpenButton } from "../../lib/actions.tsx";
import { api, params } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextArea, TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { bindFields, draftText } from "../../lib/form.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { createProblems, type Problems } from "../../lib/problems.ts";
import { Notice } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Detail } from "../types.ts";
import { AppointmentFields } from "./AppointmentFields.tsx";

type FollowUpField = "date" | "startTime" | "durationMinutes" | "description" | "place";
const followUpFields: FollowUpField[] = [
  "date",
  "startTime",
  "durationMinutes",
  "description",
  "place",
];
const followUpLabels: Record<FollowUpField, MessageKey> = {
  date: "detail.field.date",
  startTime: "detail.field.startTime",
  durationMinutes: "detail.field.durationMinutes",
  description: "detail.field.description",
  place: "detail.field.place",
};
const isField = (path: string): path is FollowUpField =>
  (followUpFields as string[]).includes(path);
const controlId = (field: FollowUpField) => `follow-up-${field}`;

/**
 * A follow-up becomes a new request for the same client at a new time: the people and the
 * matter are copied, both requests are linked as the same client, and the coordinator goes on
 * from the new request's page.
 */
export function FollowUpRequest(props: { detail: Detail }) {
  const call = useApi();
  const request = () => props.detail.request;
  const [open, setOpen] = createSignal(false);
  const [draft, setDraft] = createStore({
    date: "",
    startTime: "",
    durationMinutes: "",
    description: "",
    place: "",
  });
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [created, setCreated] = createSignal<{ id: string; reference: string }>();
  let heading: HTMLHeadingElement | undefined;
  let openButton: HTMLButtonElement | undefined;
  let formHeading: HTMLHeadingElement | undefined;
  let problemBox: HTMLDivElement | undefined;

  const form = createProblems({
    label: (field) => (isField(field) ? tr(followUpLabels[field]) : undefined),
    target: (field) => (isField(field) ? controlId(field) : undefined),
    order: (paths) => followUpFields.filter((field) => paths.includes(field)),
  });
  const field = bindFields<"description" | "place">({
    id: controlId,
    label: (name) => tr(followUpLabels[name]),
    error: form.error,
    ...draftText(draft, setDraft),
  });
  const wish = () => {
    const report = props.detail.report;
    return report?.followUp ? report.followUpNote : undefined;
  };

  const openForm = () => {
    setCreated(undefined);
    setDraft({
      date: "",
      startTime: request().startTime,
      durationMinutes: String(request().durationMinutes),
      description: "",
      place: "",
    });
    form.clear();
    setProblem(undefined);
    setOpen(true);
    focusSoon(() => formHeading);
  };
  const close = () => {
    setOpen(false);
    focusSoon(() => openButton);
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setProblem(undefined);
    const missing: Problems = {};
    for (const field of ["date", "startTime", "durationMinutes"] as const) {
      if (!draft[field].trim()) missing[field] = { key: "error.required" };
    }
    if (Object.keys(missing).length > 0) return form.show(missing);
    form.clear();
    setBusy(true);
    const result = await call(
      api.requests[":id"]["follow-up"].$post({
        param: params({ id: request().id }),
        json: {
          date: draft.date,
          startTime: draft.startTime,
          durationMinutes: Number(draft.durationMinutes),
          ...(draft.description.trim() && { description: draft.description.trim() }),
          ...(draft.place.trim() && { place: draft.place.trim() }),
        },
      }),
    );
    setBusy(false);
    if (result.ok) {
      setOpen(false);
      setCreated(result.data);
      focusSoon(() => heading);
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      const found: Problems = {};
      for (const [path, text] of Object.entries(result.fields)) {
        if (isField(path)) found[path] = { text };
      }
      return form.show(found);
    }
    setProblem(failureText(result));
    focusSoon(() => problemBox);
  }

  return (
    <section aria-labelledby="follow-up-title" data-testid="follow-up">
      <h2 id="follow-up-title" ref={heading} tabindex="-1">
        {tr("detail.followUp.title")}
      </h2>
      <p>{tr("detail.followUp.intro")}</p>
      <Show when={wish()}>
        {(note) => <p class="panel-note prewrap">{tr("detail.followUp.wish", { note: note() })}</p>}
      </Show>
      <Show when={created()}>
        {(made) => (
          <div class="success-box" data-testid="follow-up-created">
            <p>{tr("detail.followUp.done", { reference: made().reference })}</p>
            <p>
              <A href={`/coordinator/requests/${encodeURIComponent(made().id)}`}>
                {tr("detail.followUp.openNew", { reference: made().reference })}
              </A>
            </p>
          </div>
        )}
      </Show>
      <Show
        when={open()}
        fallback={
          <p>
            <OpenButton
              id="follow-up-open"
              ref={openButton}
              onClick={openForm}
              label={tr("detail.followUp.open")}
            />
          </p>
        }
      >
        <form
          class="edit-panel"
          aria-labelledby="follow-up-form-title"
          novalidate
          aria-busy={busy()}
          onSubmit={(event) => void submit(event)}
          onKeyDown={escapeCloses(busy, close)}
        >
          <h3 id="follow-up-form-title" ref={formHeading} tabindex="-1">
            {tr("detail.followUp.submit")}
          </h3>
          <ErrorSummary id="follow-up-errors" items={form.items()} ref={form.summaryRef} />
          <AppointmentFields
            draft={draft}
            set={(field, value) => setDraft(field, value)}
            controlId={controlId}
            error={form.error}
            currentMinutes={request().durationMinutes}
          />
          <TextArea
            {...field("description")}
            hint={tr("detail.followUp.description.hint")}
            optional
            rows={3}
            maxlength={2000}
          />
          <TextField
            {...field("place")}
            hint={tr("detail.followUp.place.hint")}
            optional
            maxlength={200}
          />
          <Notice text={problem()} alert ref={problemBox} />
          <FormActions
            submitId="follow-up-submit"
            submit={tr("detail.followUp.submit")}
            busy={busy()}
            busyLabel={tr("ui.saving")}
            cancel={{ label: tr("ui.back"), onClick: close }}
          />
        </form>
      </Show>
    </section>
  );
}
