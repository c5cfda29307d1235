import { A } from "@solidjs/router";
import { createMemo, createSignal, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { api, params } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { Field } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Detail, Request } from "../types.ts";
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
  const [errors, setErrors] = createSignal<Partial<Record<FollowUpField, string>>>({});
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [created, setCreated] = createSignal<{ id: string; reference: string }>();
  let heading: HTMLHeadingElement | undefined;
  let openButton: HTMLButtonElement | undefined;
  let formHeading: HTMLHeadingElement | undefined;
  let summary: HTMLDivElement | undefined;
  let problemBox: HTMLDivElement | undefined;

  const wish = () => {
    const report = props.detail.report;
    return report?.followUp ? report.followUpNote : undefined;
  };
  const summaryItems = createMemo(() =>
    followUpFields.flatMap((field) => {
      const message = errors()[field];
      return message
        ? [{ text: `${tr(followUpLabels[field])}: ${message}`, target: controlId(field) }]
        : [];
    }),
  );

  const openForm = () => {
    setCreated(undefined);
    setDraft({
      date: "",
      startTime: request().startTime,
      durationMinutes: String(request().durationMinutes),
      description: "",
      place: "",
    });
    setErrors({});
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
    const missing: Partial<Record<FollowUpField, string>> = {};
    for (const field of ["date", "startTime", "durationMinutes"] as const) {
      if (!draft[field].trim()) missing[field] = tr("error.required");
    }
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      focusSoon(() => summary);
      return;
    }
    setErrors({});
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
      const found: Partial<Record<FollowUpField, string>> = {};
      for (const [path, message] of Object.entries(result.fields)) {
        if ((followUpFields as string[]).includes(path)) found[path as FollowUpField] = message;
      }
      setErrors(found);
      focusSoon(() => summary);
      return;
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
            <button
              type="button"
              id="follow-up-open"
              ref={openButton}
              class="button button--secondary"
              aria-expanded="false"
              onClick={openForm}
            >
              {tr("detail.followUp.open")}
            </button>
          </p>
        }
      >
        <form
          class="edit-panel"
          aria-labelledby="follow-up-form-title"
          novalidate
          aria-busy={busy()}
          onSubmit={(event) => void submit(event)}
          onKeyDown={(event) => {
            if (event.key === "Escape" && !busy()) {
              event.preventDefault();
              close();
            }
          }}
        >
          <h3 id="follow-up-form-title" ref={formHeading} tabindex="-1">
            {tr("detail.followUp.submit")}
          </h3>
          <Show when={summaryItems().length > 0}>
            <ErrorSummary
              id="follow-up-errors"
              items={summaryItems()}
              ref={(el) => {
                summary = el;
              }}
            />
          </Show>
          <AppointmentFields
            draft={draft}
            set={(field, value) => setDraft(field, value)}
            controlId={controlId}
            error={(field) => errors()[field]}
            currentMinutes={request().durationMinutes}
          />
          <Field
            id={controlId("description")}
            label={tr("detail.field.description")}
            hint={tr("detail.followUp.description.hint")}
            error={errors().description}
            optional
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxlength={2000}
                value={draft.description}
                onInput={(e) => setDraft("description", e.currentTarget.value)}
              />
            )}
          </Field>
          <Field
            id={controlId("place")}
            label={tr("detail.field.place")}
            hint={tr("detail.followUp.place.hint")}
            error={errors().place}
            optional
          >
            {(control) => (
              <input
                {...control}
                type="text"
                maxlength={200}
                value={draft.place}
                onInput={(e) => setDraft("place", e.currentTarget.value)}
              />
            )}
          </Field>
          <Show when={problem()}>
            {(current) => (
              <div ref={problemBox} class="notice" tabindex="-1" role="alert">
                <p>{current()}</p>
              </div>
            )}
          </Show>
          <div class="button-row">
            <button
              type="submit"
              id="follow-up-submit"
              class="button"
              disabled={busy()}
              aria-busy={busy()}
            >
              {busy() ? tr("ui.saving") : tr("detail.followUp.submit")}
            </button>
            <button
              type="button"
              class="button button--secondary"
              disabled={busy()}
              onClick={close}
            >
              {tr("ui.back")}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
}

/**
 * Links this request with an earlier one of the same client, so the suggestions favour a
 * volunteer the client already knows.
 */
export function SameClient(props: { request: Request; reload: () => Promise<void> }) {
  const call = useApi();
  const [reference, setReference] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();

  const focusField = () =>
    focusSoon(() => document.getElementById("same-client-reference") ?? undefined);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const value = reference().trim().toUpperCase();
    if (!value) {
      setError(tr("error.required"));
      focusField();
      return;
    }
    setError(undefined);
    setBusy(true);
    const result = await call(
      api.requests[":id"]["same-client"].$post({
        param: params({ id: props.request.id }),
        json: { reference: value },
      }),
    );
    setBusy(false);
    if (result.ok) {
      setReference("");
      await props.reload();
      setMessage({ kind: "success", text: tr("detail.sameClient.done", { reference: value }) });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation") {
      setError(result.fields.reference ?? result.message);
      focusField();
      return;
    }
    setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <section aria-labelledby="same-client-title" data-testid="same-client">
      <h2 id="same-client-title">{tr("detail.sameClient.title")}</h2>
      <p>{tr("detail.sameClient.intro")}</p>
      <Show when={props.request.clientKey}>
        <p class="panel-note" data-testid="same-client-linked">
          {tr("detail.sameClient.linked")}
        </p>
      </Show>
      <form class="search-form" novalidate aria-busy={busy()} onSubmit={(e) => void submit(e)}>
        <Field
          id="same-client-reference"
          label={tr("detail.sameClient.reference")}
          hint={tr("detail.sameClient.hint")}
          error={error()}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              spellcheck={false}
              class="input--reference"
              value={reference()}
              onInput={(e) => setReference(e.currentTarget.value)}
            />
          )}
        </Field>
        <button
          type="submit"
          id="same-client-submit"
          class="button button--secondary"
          disabled={busy()}
          aria-busy={busy()}
        >
          {busy() ? tr("ui.saving") : tr("detail.sameClient.submit")}
        </button>
      </form>
      <StatusMessage message={message()} id="same-client-message" testId="same-client-message" />
    </section>
  );
}
