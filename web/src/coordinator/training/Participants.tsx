import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { FormActions, OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { Choice } from "../../lib/Field.tsx";
import { failureText, redirected } from "../../lib/failure.ts";
import { Checkboxes, Radios } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { type Flash, Loaded, Notice, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { candidates } from "./cohorts.ts";
import type { CohortPageData } from "./page.ts";

const ways = ["enrol", "invite"] as const;

/** Adds volunteers: the whole course, or making up sessions; directly or by email. */
function EnrolForm(props: {
  page: CohortPageData;
  onDone: (f: Flash) => void;
  onCancel: () => void;
}) {
  const p = props.page;
  const cohort = () => p.detail().cohort;
  const cards = createLoader(() => p.call(api.training.candidates.$get()));
  void cards.reload();
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [makeUp, setMakeUp] = createSignal(false);
  const [only, setOnly] = createSignal<string[]>([]);
  const [way, setWay] = createSignal<(typeof ways)[number]>("enrol");
  const [errors, setErrors] = createSignal<{ who?: string; only?: string; all?: string }>({});
  const [busy, setBusy] = createSignal(false);

  async function send(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    const found = {
      ...(chosen().length === 0 && { who: tr("coord.enrol.pickSomeone") }),
      ...(makeUp() && only().length === 0 && { only: tr("coord.enrol.pickSession") }),
    };
    setErrors(found);
    if (found.who || found.only) {
      return focusSoon(
        () => document.querySelector<HTMLElement>("#enrol-form [aria-invalid=true]") ?? undefined,
      );
    }
    setBusy(true);
    const result = await p.call(
      api.training.cohorts[":id"].participants.$post({
        param: p.param(),
        json: {
          volunteerIds: chosen(),
          invite: way() === "invite",
          ...(makeUp() && { only: only().map(Number) }),
        },
      }),
    );
    setBusy(false);
    if (result.ok) {
      await p.reload();
      return props.onDone({
        kind: "success",
        text: tr(way() === "invite" ? "coord.enrol.invited" : "coord.enrol.done"),
      });
    }
    if (!redirected(result)) setErrors({ all: failureText(result) });
  }

  return (
    <form
      id="enrol-form"
      class="form-panel"
      novalidate
      aria-labelledby="enrol-title"
      onSubmit={(e) => void send(e)}
    >
      <h3 id="enrol-title" tabindex="-1">
        {tr("coord.enrol.title")}
      </h3>
      <Notice alert text={errors().all} />
      <Show when={cohort().kind === "course"}>
        <div class="choice-single">
          <Choice
            type="checkbox"
            id="enrol-makeUp"
            name="makeUp"
            value="yes"
            checked={makeUp()}
            label={tr("coord.enrol.makeUp")}
            onChange={(checked) => {
              setMakeUp(checked);
              setChosen([]);
            }}
          />
        </div>
        <Show when={makeUp()}>
          <Checkboxes
            id="enrol-only"
            legend={tr("coord.enrol.sessions")}
            options={cohort().sessions.map((s) => String(s.n))}
            optionLabel={(n) => tr("coord.course.session", { n })}
            value={only()}
            onChange={setOnly}
            error={errors().only}
            required
          />
        </Show>
      </Show>
      <Loaded loader={cards}>
        {(data) => {
          const offered = () =>
            candidates(data().volunteers, cohort().kind, makeUp(), p.detail().participants);
          return (
            <OrEmpty when={offered().length > 0} text={tr("coord.enrol.none")}>
              <Checkboxes
                id="enrol-who"
                legend={tr("coord.enrol.who")}
                hint={tr(
                  cohort().kind === "course" && !makeUp()
                    ? "coord.enrol.who.hint.course"
                    : "coord.enrol.who.hint.more",
                )}
                options={offered().map((c) => c.id)}
                optionLabel={(id) => offered().find((c) => c.id === id)?.name ?? id}
                value={chosen()}
                onChange={setChosen}
                error={errors().who}
                required
              />
            </OrEmpty>
          );
        }}
      </Loaded>
      <Radios
        id="enrol-how"
        legend={tr("coord.enrol.how")}
        options={ways}
        optionLabel={(w) => tr(`coord.enrol.how.${w}`)}
        value={way()}
        onChange={setWay}
      />
      <FormActions
        submitId="enrol-save"
        submit={tr(way() === "invite" ? "coord.enrol.send" : "coord.enrol.save")}
        busy={busy()}
        busyLabel={tr("ui.saving")}
        cancel={{ label: tr("coord.plan.cancel"), onClick: props.onCancel }}
      />
    </form>
  );
}

/** Who takes part, what they answered, and a way to add more. */
export function ParticipantsSection(props: { page: CohortPageData }) {
  const [open, setOpen] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let opener: HTMLButtonElement | undefined;
  const close = () => {
    setOpen(false);
    focusSoon(() => opener);
  };
  return (
    <section aria-labelledby="cohort-participants-title">
      <h2 id="cohort-participants-title">{tr("coord.cohort.participants")}</h2>
      <StatusMessage message={message()} testId="enrol-message" />
      <OrEmpty
        when={props.page.detail().participants.length > 0}
        text={tr("coord.cohort.noParticipants")}
      >
        <ul class="plain-list" data-testid="participants">
          <For each={props.page.detail().participants}>
            {(person) => (
              <li data-testid="participant" data-status={person.status}>
                <A href={`/coordinator/volunteers/${encodeURIComponent(person.volunteerId)}`}>
                  {person.name}
                </A>
                {" – "}
                {tr(`coord.cohort.status.${person.status}`)}
                <Show when={person.only}>
                  {(only) => <> ({tr("coord.cohort.only", { sessions: only().join(", ") })})</>}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </OrEmpty>
      <Show
        when={open()}
        fallback={
          <OpenButton
            id="enrol-open"
            ref={opener}
            label={tr("coord.enrol.open")}
            onClick={() => {
              setMessage(undefined);
              setOpen(true);
              focusSoon(() => document.getElementById("enrol-title") ?? undefined);
            }}
          />
        }
      >
        <EnrolForm
          page={props.page}
          onCancel={close}
          onDone={(flash) => {
            setMessage(flash);
            close();
          }}
        />
      </Show>
    </section>
  );
}
