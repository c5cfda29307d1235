import { helsinkiDate } from "@rinnalla/core/util";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { BusyButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { Radios, Select, TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { formatDay } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import {
  badMinutes,
  type DraftMark,
  draftOf,
  marksToSend,
  sessionToMark,
  takingPart,
} from "./cohorts.ts";
import type { CohortPageData } from "./page.ts";
import { topicName } from "./topics.ts";
import type { Mark, Participant } from "./types.ts";

const markOptions: readonly Mark[] = ["present", "partial", "absent"];

/** One participant's mark: present, partly (with minutes) or absent, stacked for a phone. */
function PersonMark(props: {
  person: Participant;
  mark: DraftMark;
  sessionMinutes: number;
  minutesError: boolean;
  onMark: (mark: Mark) => void;
  onMinutes: (minutes: string) => void;
}) {
  const id = () => `att-${props.person.volunteerId}`;
  return (
    <li class="attendance__person" data-testid="attendance-person" data-name={props.person.name}>
      <Radios
        id={id()}
        legend={props.person.name}
        options={markOptions}
        optionLabel={(m) => tr(`coord.attendance.${m}`)}
        value={props.mark.mark}
        onChange={props.onMark}
      />
      <Show when={props.mark.mark === "partial"}>
        <TextField
          id={`${id()}-minutes`}
          label={tr("coord.attendance.minutes")}
          hint={tr("coord.attendance.minutes.hint", { minutes: props.sessionMinutes })}
          error={
            props.minutesError
              ? tr("coord.attendance.minutes.error", { minutes: props.sessionMinutes })
              : undefined
          }
          value={props.mark.minutes}
          onInput={props.onMinutes}
          inputmode="numeric"
          required
        />
      </Show>
    </li>
  );
}

/** Attendance of one session at a time: the list of who takes part, each marked, saved at once. */
export function AttendanceSection(props: { page: CohortPageData }) {
  const p = props.page;
  const cohort = () => p.detail().cohort;
  const [n, setN] = createSignal(sessionToMark(cohort().sessions, helsinkiDate(new Date())));
  const session = () => cohort().sessions.find((s) => s.n === n()) ?? cohort().sessions[0];
  const people = () => takingPart(p.detail().participants, n());
  const [draft, setDraft] = createStore<Record<string, DraftMark>>({});
  const [wrong, setWrong] = createSignal<string[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  createEffect(
    on([n, () => p.detail()], () => {
      setDraft(reconcile(draftOf(p.detail().attendance, n(), people())));
      setWrong([]);
    }),
  );

  async function save(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    setMessage(undefined);
    const bad = badMinutes(draft, session()?.minutes ?? 0);
    setWrong(bad);
    if (bad.length)
      return focusSoon(() => document.getElementById(`att-${bad[0]}-minutes`) ?? undefined);
    const marks = marksToSend(draft);
    if (marks.length === 0) {
      return setMessage({ kind: "error", text: tr("coord.attendance.nothing") });
    }
    setBusy(true);
    const result = await p.call(
      api.training.cohorts[":id"].sessions[":n"].attendance.$post({
        param: { ...p.param(), n: String(n()) },
        json: { marks },
      }),
    );
    setBusy(false);
    if (result.ok) {
      await p.reload();
      return setMessage({ kind: "success", text: tr("coord.attendance.saved") });
    }
    if (!redirected(result)) setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{tr("coord.attendance.title")}</h2>
      <Select
        id="attendance-session"
        label={tr("coord.attendance.session")}
        value={String(n())}
        options={cohort().sessions.map((s) => s.n)}
        optionLabel={(k) => {
          const s = cohort().sessions.find((x) => x.n === k);
          return s
            ? `${formatDay(s.date)} – ${tr("coord.plan.session", { n: k, topic: topicName(s) })}`
            : String(k);
        }}
        onChange={(v) => {
          if (v !== "") setN(v);
          setMessage(undefined);
        }}
      />
      <form
        id="attendance-form"
        novalidate
        aria-labelledby="attendance-title"
        onSubmit={(e) => void save(e)}
      >
        <OrEmpty when={people().length > 0} text={tr("coord.attendance.nobody")}>
          <ul class="attendance" data-testid="attendance-list">
            <For each={people()}>
              {(person) => (
                <PersonMark
                  person={person}
                  mark={draft[person.volunteerId] ?? { mark: "", minutes: "" }}
                  sessionMinutes={session()?.minutes ?? 0}
                  minutesError={wrong().includes(person.volunteerId)}
                  onMark={(mark) => setDraft(person.volunteerId, { mark })}
                  onMinutes={(minutes) => setDraft(person.volunteerId, { minutes })}
                />
              )}
            </For>
          </ul>
          <BusyButton
            id="attendance-save"
            busy={busy()}
            label={tr("coord.attendance.save")}
            busyLabel={tr("ui.saving")}
          />
        </OrEmpty>
        <StatusMessage message={message()} testId="attendance-message" />
      </form>
    </section>
  );
}
