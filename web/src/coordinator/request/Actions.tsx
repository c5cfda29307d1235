import { createSignal, For, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { type ApiFailure, api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextArea } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { type Action, actionsFor, closed, type Request } from "../types.ts";
import { EditDetails, type SaveOutcome } from "./EditDetails.tsx";
import { emailAddress, phoneNumber } from "./fields.ts";
import type { RequestPage } from "./page.ts";

type Closing = "cancel" | "noVolunteer";

const closing: Record<
  Closing,
  {
    path: string;
    button: string;
    field: string;
    confirm: string;
    title: MessageKey;
    open: MessageKey;
    confirmLabel: MessageKey;
    reason: MessageKey;
    done: MessageKey;
  }
> = {
  cancel: {
    path: "cancel",
    button: "action-cancel",
    field: "cancel-reason",
    confirm: "cancel-confirm",
    title: "detail.cancel.title",
    open: "detail.action.cancel",
    confirmLabel: "detail.cancel.confirm",
    reason: "detail.cancel.reason",
    done: "detail.cancel.done",
  },
  noVolunteer: {
    path: "no-volunteer",
    button: "action-no-volunteer",
    field: "no-volunteer-reason",
    confirm: "no-volunteer-confirm",
    title: "detail.noVolunteer.title",
    open: "detail.action.noVolunteer",
    confirmLabel: "detail.noVolunteer.confirm",
    reason: "detail.noVolunteer.reason",
    done: "detail.noVolunteer.done",
  },
};

/** "The requester is emailed at …", texted at …, or, without either, who to phone. */
function Consequence(props: { request: Request; id: string }) {
  return (
    <p id={props.id} class="consequence">
      <Show
        when={emailAddress(props.request)}
        fallback={
          <Show when={phoneNumber(props.request)} fallback={tr("detail.consequence.noContact")}>
            {(phone) =>
              tr(
                props.request.consent?.sms ? "detail.consequence.text" : "detail.consequence.phone",
                {
                  phone: phone(),
                },
              )
            }
          </Show>
        }
      >
        {(address) => tr("detail.consequence.email", { email: address() })}
      </Show>
    </p>
  );
}

/** After a refused change: someone else got there first, or the status no longer allows it. */
const conflictText = (failure: ApiFailure) =>
  failure.kind === "rejected" && failure.code === "conflict"
    ? tr("detail.conflict")
    : failureText(failure);

/** The status changes a coordinator makes (closing ones after a confirm step), and editing. */
export function ActionsSection(props: { page: RequestPage }) {
  const p = props.page;
  const r = p.request;
  const [confirming, setConfirming] = createSignal<Closing>();
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const [editing, setEditing] = createSignal(false);
  const [editMessage, setEditMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;
  let editButton: HTMLButtonElement | undefined;

  const allowed = (action: Action) => actionsFor(r().status).includes(action);
  const focusReason = (which: Closing) =>
    focusSoon(() => document.getElementById(closing[which].field) ?? undefined);

  async function act(action: Action) {
    if (busy()) return;
    const text = reason().trim();
    if (action !== "assess" && !text) {
      setReasonError(tr("detail.reason.required"));
      return focusReason(action);
    }
    setReasonError(undefined);
    setBusy(true);
    const route = api.requests[":id"];
    const param = p.param();
    const version = r().version;
    const result = await p.call(
      action === "assess"
        ? route.assess.$post({ param, json: { version } })
        : action === "cancel"
          ? route.cancel.$post({ param, json: { version, reason: text } })
          : route["no-volunteer"].$post({ param, json: { version, reason: text } }),
    );
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    if (!result.ok && result.kind === "validation" && result.fields.reason) {
      setReasonError(result.fields.reason);
      return focusReason(action as Closing);
    }
    setConfirming(undefined);
    setReason("");
    await p.reload();
    if (result.ok) {
      const done =
        action === "assess"
          ? tr("detail.assess.done", { status: tr(`status.${result.data.status}`) })
          : `${tr(closing[action].done)} ${
              result.data.emailed
                ? tr("detail.emailed")
                : result.data.texted
                  ? tr("detail.texted")
                  : tr("detail.notEmailed")
            }`;
      setMessage({ kind: "success", text: done });
    } else {
      setMessage({ kind: "error", text: conflictText(result) });
    }
    focusSoon(() => heading);
  }

  const open = (which: Closing) => {
    setMessage(undefined);
    setReason("");
    setReasonError(undefined);
    setConfirming(which);
  };
  const close = () => {
    const which = confirming();
    setConfirming(undefined);
    if (which) focusSoon(() => document.getElementById(closing[which].button) ?? undefined);
  };

  async function edited(outcome: SaveOutcome | { kind: "unchanged" }) {
    if (outcome.kind === "conflict") {
      await p.reload();
      setEditMessage({ kind: "error", text: tr("detail.edit.conflict") });
      return;
    }
    if (outcome.kind === "saved") p.saved(outcome.detail);
    setEditing(false);
    setEditMessage({
      kind: "success",
      text: tr(outcome.kind === "saved" ? "detail.edit.done" : "detail.edit.unchanged"),
    });
    focusSoon(() => editButton);
  }

  return (
    <section aria-labelledby="actions-title" class="actions">
      <h2 id="actions-title" ref={heading} tabindex="-1">
        {tr("detail.actions")}
      </h2>
      <Show
        when={actionsFor(r().status).length > 0}
        fallback={<p>{tr("detail.actions.none", { status: tr(`status.${r().status}`) })}</p>}
      >
        <div class="button-row">
          <Show when={allowed("assess")}>
            <button
              type="button"
              id="action-assess"
              class="button"
              disabled={busy() || !!confirming()}
              aria-busy={busy() && !confirming()}
              onClick={() => {
                setMessage(undefined);
                void act("assess");
              }}
            >
              {tr("detail.action.assess")}
            </button>
          </Show>
          <For each={["cancel", "noVolunteer"] as const}>
            {(which) => (
              <Show when={allowed(which)}>
                <OpenButton
                  id={closing[which].button}
                  class="button button--warning-outline"
                  expanded={confirming() === which}
                  disabled={busy()}
                  onClick={() => open(which)}
                  label={tr(closing[which].open)}
                />
              </Show>
            )}
          </For>
        </div>
        <Show when={allowed("assess")}>
          <p class="hint">{tr("detail.action.assess.hint", { status: tr("status.matching") })}</p>
        </Show>
      </Show>
      <Show when={confirming()}>
        {(which) => (
          <ConfirmPanel
            id={`${closing[which()].path}-panel`}
            title={tr(closing[which()].title, { reference: r().reference })}
            confirmId={closing[which()].confirm}
            confirmLabel={tr(closing[which()].confirmLabel)}
            busy={busy()}
            onConfirm={() => void act(which())}
            onCancel={close}
          >
            <Consequence request={r()} id={`${closing[which()].path}-consequence`} />
            <TextArea
              id={closing[which()].field}
              name="reason"
              label={tr(closing[which()].reason)}
              hint={tr("detail.reason.hint")}
              describedBy={`${closing[which()].path}-consequence`}
              error={reasonError()}
              required
              rows={3}
              value={reason()}
              onInput={setReason}
            />
          </ConfirmPanel>
        )}
      </Show>
      <StatusMessage message={message()} id="action-message" />

      <Show when={!closed.includes(r().status)}>
        <Show
          when={editing()}
          fallback={
            <p>
              <button
                type="button"
                id="action-edit"
                ref={editButton}
                class="button button--secondary"
                onClick={() => {
                  setEditMessage(undefined);
                  setEditing(true);
                }}
              >
                {tr("detail.action.edit")}
              </button>
            </p>
          }
        >
          <EditDetails
            request={r()}
            onDone={(outcome) => void edited(outcome)}
            onClose={() => {
              setEditing(false);
              focusSoon(() => editButton);
            }}
          />
        </Show>
      </Show>
      <StatusMessage message={editMessage()} id="edit-message" />
    </section>
  );
}
