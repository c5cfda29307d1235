import { helsinkiDate } from "@rinnalla/core/util";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { BusyButton, ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { Radios } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { formatDay, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { answerWord } from "./Guests.tsx";
import {
  attendanceList,
  attendanceOpen,
  marksToSend,
  type Presence,
  presenceOf,
  thanksState,
} from "./gatherings.ts";
import type { GatheringPageData } from "./page.ts";

const presences = ["came", "absent"] as const;

/** Attendance on a phone-friendly list (came / didn't), on the day of the gathering or after. */
export function AttendanceSection(props: { page: GatheringPageData }) {
  const p = props.page;
  const g = () => p.detail().gathering;
  const people = () => attendanceList(p.detail().guests);
  const [draft, setDraft] = createStore<Record<string, Presence>>({});
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  createEffect(
    on(
      () => p.detail().guests,
      (guests) =>
        setDraft(reconcile(Object.fromEntries(guests.map((x) => [x.volunteerId, presenceOf(x)])))),
    ),
  );

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const marks = marksToSend(draft);
    if (marks.length === 0) {
      return setMessage({ kind: "error", text: tr("coord.gathering.attendance.nothing") });
    }
    setBusy(true);
    const result = await p.call(
      api.gatherings[":id"].attendance.$post({ param: p.param(), json: { marks } }),
    );
    setBusy(false);
    if (result.ok) {
      p.set({ ...p.detail(), guests: result.data.guests });
      return setMessage({ kind: "success", text: tr("coord.gathering.attendance.saved") });
    }
    if (!redirected(result)) setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <section aria-labelledby="gathering-attendance-title">
      <h2 id="gathering-attendance-title">{tr("coord.gathering.attendance")}</h2>
      <Show
        when={attendanceOpen(g(), helsinkiDate(new Date()))}
        fallback={
          <p data-testid="attendance-later">
            {tr("coord.gathering.attendance.later", { date: formatDay(g().date ?? "") })}
          </p>
        }
      >
        <form
          id="gathering-attendance-form"
          novalidate
          aria-labelledby="gathering-attendance-title"
          onSubmit={(e) => void save(e)}
        >
          <OrEmpty when={people().length > 0} text={tr("coord.gathering.attendance.nobody")}>
            <p>{tr("coord.gathering.attendance.lead")}</p>
            <ul class="attendance" data-testid="gathering-attendance">
              <For each={people()}>
                {(person) => (
                  <li class="attendance__person" data-testid="attendance-person">
                    <Radios
                      id={`gatt-${person.volunteerId}`}
                      legend={`${person.name} (${answerWord(person)})`}
                      options={presences}
                      optionLabel={(x) => tr(`coord.gathering.attendance.${x}`)}
                      value={draft[person.volunteerId] ?? ""}
                      onChange={(x) => setDraft(person.volunteerId, x)}
                    />
                  </li>
                )}
              </For>
            </ul>
            <BusyButton
              id="gathering-attendance-save"
              busy={busy()}
              label={tr("coord.gathering.attendance.save")}
              busyLabel={tr("ui.saving")}
            />
          </OrEmpty>
          <StatusMessage message={message()} testId="gathering-attendance-message" />
        </form>
        <Thanks page={p} />
      </Show>
    </section>
  );
}

/** The thank-you to those who came (with two questions), once each, after a confirmation. */
function Thanks(props: { page: GatheringPageData }) {
  const state = () => thanksState(props.page.detail().guests);
  const toThank = () => state().came - state().thanked;
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let opener: HTMLButtonElement | undefined;

  async function send() {
    setBusy(true);
    const result = await props.page.call(
      api.gatherings[":id"].thanks.$post({ param: props.page.param() }),
    );
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      await props.page.reload();
      return setMessage({
        kind: "success",
        text: tr("coord.gathering.thanks.sent", { count: formatNumber(result.data.sent) }),
      });
    }
    if (!redirected(result)) setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <div class="gathering-thanks" data-testid="gathering-thanks">
      <h3>{tr("coord.gathering.thanks")}</h3>
      <p>{tr("coord.gathering.thanks.lead")}</p>
      <Show when={state().thanked > 0}>
        <p data-testid="thanks-done">
          {tr("coord.gathering.thanks.done", {
            thanked: formatNumber(state().thanked),
            came: formatNumber(state().came),
          })}
        </p>
      </Show>
      <Show
        when={confirming()}
        fallback={
          <Show
            when={toThank() > 0}
            fallback={
              <Show when={state().came === 0}>
                <p>{tr("coord.gathering.thanks.markFirst")}</p>
              </Show>
            }
          >
            <OpenButton
              id="gathering-thanks"
              ref={opener}
              class="button"
              label={tr("coord.gathering.thanks.send", { count: formatNumber(toThank()) })}
              onClick={() => setConfirming(true)}
            />
          </Show>
        }
      >
        <ConfirmPanel
          id="thanks-confirm-form"
          tone="plain"
          title={tr("coord.gathering.thanks.confirmTitle", { count: formatNumber(toThank()) })}
          confirmId="gathering-thanks-confirm"
          confirmLabel={tr("coord.gathering.thanks.confirm")}
          busy={busy()}
          onConfirm={() => void send()}
          onCancel={() => {
            setConfirming(false);
            focusSoon(() => opener);
          }}
        >
          <p>{tr("coord.gathering.thanks.confirmBody")}</p>
        </ConfirmPanel>
      </Show>
      <StatusMessage message={message()} testId="gathering-thanks-message" />
    </div>
  );
}
