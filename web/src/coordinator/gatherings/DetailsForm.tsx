import { createSignal, type JSX, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { FormActions } from "../../lib/actions.tsx";
import type { ApiFailure, ApiResult } from "../../lib/api.ts";
import { ErrorSummary } from "../../lib/ErrorSummary.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { createProblems, fromKeys, fromServer } from "../../lib/problems.ts";
import { Notice } from "../../lib/ui.tsx";
import { DetailsFields, detailLabel, detailTarget } from "./DetailsFields.tsx";
import { type DetailsDraft, detailsBody, parseCapacity } from "./details.ts";

export type DetailsBody = ReturnType<typeof detailsBody>;

const isConflict = (f: ApiFailure) =>
  f.kind === "rejected" && f.status === 409 && f.code === "conflict";

/**
 * The details form, for a new gathering and for completing one: seats checked here, the rest by
 * the server (its field errors at their fields). A 409 says plainly that someone else changed
 * the gathering, with a way to load their version.
 */
export function DetailsForm<T>(props: {
  id: string;
  initial: DetailsDraft;
  submit: string;
  intro?: JSX.Element;
  send: (body: DetailsBody) => Promise<ApiResult<T>>;
  done: (saved: T) => void;
  cancel?: { label: string; onClick: () => void };
  /** Loads the latest version after a conflict: the form starts again from it. */
  reload?: () => Promise<DetailsDraft | undefined>;
}) {
  const [draft, setDraft] = createStore<DetailsDraft>({ ...props.initial });
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [conflict, setConflict] = createSignal(false);
  const form = createProblems({ label: detailLabel, target: detailTarget });

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setFailure(undefined);
    setConflict(false);
    if (parseCapacity(draft.capacity) === "bad") {
      return form.show(fromKeys({ capacity: "coord.gathering.field.capacity.error" }));
    }
    form.clear();
    setBusy(true);
    const result = await props.send(detailsBody(draft));
    setBusy(false);
    if (result.ok) return props.done(result.data);
    if (redirected(result)) return;
    if (result.kind === "validation" && Object.keys(result.fields).length > 0) {
      return form.show(fromServer(result.fields));
    }
    if (isConflict(result)) return setConflict(true);
    setFailure(failureText(result));
  }

  async function loadLatest(reload: () => Promise<DetailsDraft | undefined>) {
    const fresh = await reload();
    if (!fresh) return;
    setDraft(reconcile(fresh));
    setConflict(false);
    form.clear();
    focusSoon(() => document.getElementById("gathering-title") ?? undefined);
  }

  return (
    <form id={props.id} novalidate aria-busy={busy()} onSubmit={(e) => void save(e)}>
      <ErrorSummary id={`${props.id}-errors`} items={form.items()} ref={form.summaryRef} />
      <Notice alert text={failure()} />
      <Show when={conflict()}>
        <Notice alert text={tr("coord.gathering.conflict")} testId="gathering-conflict">
          <Show when={props.reload}>
            {(reload) => (
              <button
                type="button"
                class="button button--secondary"
                onClick={() => void loadLatest(reload())}
              >
                {tr("coord.gathering.conflict.reload")}
              </button>
            )}
          </Show>
        </Notice>
      </Show>
      {props.intro}
      <DetailsFields draft={draft} set={setDraft} error={form.error} />
      <FormActions
        submitId={`${props.id}-save`}
        submit={props.submit}
        busy={busy()}
        busyLabel={tr("ui.saving")}
        {...(props.cancel && { cancel: props.cancel })}
      />
    </form>
  );
}
