import { fieldErrors } from "@rinnalla/core/request";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import {
  endReasons,
  StatusChangeInput,
  type VolunteerStatus,
  volunteerTransitions,
} from "@rinnalla/core/volunteer";
import { createSignal, For, Show } from "solid-js";
import { BusyButton, ConfirmPanel } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { Select, TextArea, TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { refusal, unwrap, type VolunteerPage } from "./page.ts";

type Move = Exclude<VolunteerStatus, "applicant" | "interviewed">;
const moveLabel = (to: Move): MessageKey => `volunteer.move.${to}`;

/**
 * The status moves a coordinator makes, each after a confirm step: the steps forward (and the
 * self-service link) near the top of the page; ending the volunteering (`end`) last, in a
 * section of its own, so it is never the first thing offered on a new applicant.
 */
export function StatusActions(props: { page: VolunteerPage; end?: boolean }) {
  const p = props.page;
  const v = p.volunteer;
  const [moving, setMoving] = createSignal<Move>();
  const [change, setChange] = createSignal({ until: "", endReason: "", reason: "" });
  const [changeErrors, setChangeErrors] = createSignal<Record<string, string>>({});
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const [linkBusy, setLinkBusy] = createSignal(false);
  const [linkMessage, setLinkMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;
  const today = helsinkiDate(new Date());
  const moves = () =>
    (volunteerTransitions[v().status] as readonly Move[]).filter(
      (to) => (to === "ended") === (props.end === true),
    );
  const headingId = () => (props.end ? "v-end-title" : "v-actions-title");
  const set = (field: "until" | "endReason" | "reason") => (value: string) =>
    setChange((c) => ({ ...c, [field]: value }));

  function open(to: Move) {
    setMessage(undefined);
    setChangeErrors({});
    setChange({ until: to === "paused" ? addDays(today, 30) : "", endReason: "", reason: "" });
    setMoving(to);
  }
  function close() {
    const to = moving();
    setMoving(undefined);
    if (to) focusSoon(() => document.getElementById(`status-${to}`) ?? undefined);
  }

  async function move() {
    const to = moving();
    if (!to || busy()) return;
    const checked = StatusChangeInput.safeParse({
      to,
      until: to === "paused" ? change().until || undefined : undefined,
      endReason: to === "ended" ? change().endReason || undefined : undefined,
      reason: change().reason.trim() || undefined,
    });
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const [path, key] of Object.entries(fieldErrors(checked.error))) found[path] = tr(key);
      setChangeErrors(found);
      const first = Object.keys(found)[0];
      focusSoon(() => document.getElementById(`status-${first}`) ?? undefined);
      return;
    }
    setChangeErrors({});
    setBusy(true);
    // The API takes the change wrapped: { change, version }.
    const result = await p.call(
      api.volunteers[":id"].status.$post({
        param: p.param(),
        json: { change: checked.data, version: v().version },
      }),
    );
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    if (!result.ok && result.kind === "validation" && Object.keys(result.fields).length > 0) {
      setChangeErrors(unwrap(result.fields, "change"));
      return;
    }
    setMoving(undefined);
    if (result.ok) {
      p.saved(result.data);
      setMessage({
        kind: "success",
        text: tr("volunteer.detail.moved", { status: tr(`volunteer.status.${to}`) }),
      });
    } else {
      await p.reload();
      setMessage({ kind: "error", text: refusal(result) });
    }
    focusSoon(() => heading);
  }

  async function sendLink() {
    if (linkBusy()) return;
    setLinkBusy(true);
    setLinkMessage(undefined);
    const result = await p.call(api.volunteers[":id"].link.$post({ param: p.param() }));
    setLinkBusy(false);
    if (!result.ok && redirected(result)) return;
    setLinkMessage(
      result.ok
        ? { kind: "success", text: tr("volunteer.link.sent", { email: v().email }) }
        : { kind: "error", text: failureText(result) },
    );
  }

  return (
    <section
      aria-labelledby={headingId()}
      class="actions"
      classList={{ "actions--end": props.end === true }}
    >
      <h2 id={headingId()} ref={heading} tabindex="-1">
        {tr(props.end ? "volunteer.detail.end.title" : "volunteer.detail.actions")}
      </h2>
      <Show
        when={moves().length > 0}
        fallback={
          <Show
            when={v().status === "applicant" || v().status === "interviewed"}
            fallback={<p>{tr("volunteer.detail.actions.none")}</p>}
          >
            <p class="hint">{tr("volunteer.detail.actions.interviewFirst")}</p>
          </Show>
        }
      >
        <Show when={props.end}>
          <p class="hint">{tr("volunteer.detail.end.intro")}</p>
        </Show>
        <div class="button-row">
          <For each={moves()}>
            {(to) => (
              <button
                type="button"
                id={`status-${to}`}
                class="button"
                classList={{
                  "button--secondary": to === "paused" || to === "ended",
                  "button--small": to === "ended",
                }}
                aria-expanded={moving() === to}
                disabled={busy()}
                onClick={() => open(to)}
              >
                {tr(moveLabel(to))}
              </button>
            )}
          </For>
        </div>
      </Show>
      <Show when={moving()}>
        {(to) => (
          <ConfirmPanel
            id="status-panel"
            title={tr(`volunteer.move.${to()}.title`, { name: v().name })}
            confirmId="status-confirm"
            confirmLabel={tr(moveLabel(to()))}
            busy={busy()}
            onConfirm={() => void move()}
            onCancel={close}
          >
            <Show when={to() === "paused"}>
              <TextField
                id="status-until"
                label={tr("volunteer.move.until")}
                error={changeErrors().until}
                required
                type="date"
                min={today}
                value={change().until}
                onInput={set("until")}
              />
            </Show>
            <Show when={to() === "ended"}>
              <p>{tr("volunteer.move.ended.body")}</p>
              <Select
                id="status-endReason"
                label={tr("volunteer.move.endReason")}
                error={changeErrors().endReason}
                required
                value={change().endReason}
                options={endReasons}
                optionLabel={(reason) => tr(`volunteer.endReason.${reason}`)}
                placeholder={tr("form.sector.choose")}
                onChange={set("endReason")}
              />
            </Show>
            <TextArea
              id="status-reason"
              label={tr("volunteer.move.reason")}
              hint={tr("volunteer.move.reason.hint")}
              error={changeErrors().reason}
              optional
              rows={3}
              maxlength={1000}
              value={change().reason}
              onInput={set("reason")}
            />
          </ConfirmPanel>
        )}
      </Show>
      <StatusMessage message={message()} id="status-message" />

      <Show when={!props.end && v().status !== "ended"}>
        <p class="hint">{tr("volunteer.link.hint")}</p>
        <BusyButton
          type="button"
          id="volunteer-send-link"
          class="button button--secondary"
          busy={linkBusy()}
          label={tr("volunteer.link.send")}
          busyLabel={tr("ui.working")}
          onClick={() => void sendLink()}
        />
        <StatusMessage message={linkMessage()} id="link-message" />
      </Show>
    </section>
  );
}
