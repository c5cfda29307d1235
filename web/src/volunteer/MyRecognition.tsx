import { createSignal, For, onMount, Show } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import { api } from "../lib/api.ts";
import { Choice } from "../lib/Field.tsx";
import { failureText } from "../lib/failure.ts";
import { formatDate } from "../lib/format.ts";
import { type MessageKey, tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../lib/ui.tsx";
import { signedOut, useVolunteerApi } from "./api.ts";
import { choiceWords, milestoneWords, newestMilestonesFirst } from "./recognition.ts";
import type { MyChoices, MyMilestone, MyRecognition } from "./types.ts";

/** One milestone in words, and the day it was reached. */
function MilestoneItem(props: { milestone: MyMilestone }) {
  const words = () => milestoneWords(props.milestone);
  return (
    <li data-testid="my-milestone">
      <strong>{tr(words().key, words().vars)}</strong>
      {" – "}
      {tr("volunteer.recognition.reached", { date: formatDate(props.milestone.reachedOn) })}
    </li>
  );
}

/** A choice as a checkbox with what it means under it. */
function ChoiceBox(props: {
  id: string;
  label: MessageKey;
  hint: MessageKey;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="recognition-choice">
      <Choice
        type="checkbox"
        id={props.id}
        name={props.id}
        value="yes"
        checked={props.checked}
        label={tr(props.label)}
        describedBy={`${props.id}-hint`}
        onChange={props.onChange}
      />
      <p id={`${props.id}-hint`} class="hint">
        {tr(props.hint)}
      </p>
    </div>
  );
}

/** The two choices, saved together; the status message says it was done (or why not). */
function ChoicesForm(props: {
  stored: MyChoices;
  onSaved: (choices: MyRecognition["preferences"]) => void;
}) {
  const call = useVolunteerApi();
  const [noThanks, setNoThanks] = createSignal(props.stored.noThanks);
  const [namedPublicly, setNamedPublicly] = createSignal(props.stored.namedPublicly);
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();

  async function save() {
    setBusy(true);
    setMessage(undefined);
    const json = { noThanks: noThanks(), namedPublicly: namedPublicly() };
    const result = await call(api.me.volunteer.recognition.$put({ json }));
    setBusy(false);
    if (signedOut(result)) return;
    if (!result.ok) return setMessage({ kind: "error", text: failureText(result) });
    props.onSaved(result.data);
    setMessage({ kind: "success", text: tr("volunteer.recognition.saved") });
  }

  return (
    <form
      id="recognition-form"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy()) void save();
      }}
    >
      <fieldset class="field fieldset">
        <legend class="label">{tr("volunteer.recognition.choices")}</legend>
        <div class="choices">
          <ChoiceBox
            id="recognition-no-thanks"
            label="volunteer.recognition.noThanks"
            hint="volunteer.recognition.noThanks.hint"
            checked={noThanks()}
            onChange={setNoThanks}
          />
          <ChoiceBox
            id="recognition-named"
            label="volunteer.recognition.named"
            hint="volunteer.recognition.named.hint"
            checked={namedPublicly()}
            onChange={setNamedPublicly}
          />
        </div>
      </fieldset>
      <BusyButton
        id="recognition-save"
        busy={busy()}
        label={tr("volunteer.recognition.save")}
        busyLabel={tr("volunteer.recognition.saving")}
      />
      <StatusMessage message={message()} id="recognition-message" testId="recognition-saved" />
    </form>
  );
}

/** After ending: the choices as they are, in words, and who can change them. */
function EndedChoices(props: { stored: MyChoices }) {
  return (
    <div data-testid="recognition-ended">
      <h3>{tr("volunteer.recognition.choices")}</h3>
      <ul>
        <For each={choiceWords(props.stored)}>{(key) => <li>{tr(key)}</li>}</For>
      </ul>
      <p class="panel-note">{tr("volunteer.recognition.ended")}</p>
    </div>
  );
}

/**
 * Thanks and recognition: the milestones reached, counted from the record, and the volunteer's
 * own two choices (no thank-you messages; may be named publicly, which is never assumed).
 * After ending, the choices are shown and not changed here.
 */
export function MyRecognitionSection(props: { ended: boolean }) {
  const call = useVolunteerApi();
  const mine = createLoader(() => call(api.me.volunteer.recognition.$get()));
  onMount(() => void mine.reload());

  return (
    <section aria-labelledby="me-recognition-title" class="me-section" data-testid="my-recognition">
      <h2 id="me-recognition-title">{tr("volunteer.recognition.title")}</h2>
      <p>{tr("volunteer.recognition.intro")}</p>
      <Loaded loader={mine}>
        {(loaded) => (
          <>
            <OrEmpty
              when={loaded().milestones.length > 0}
              text={tr("volunteer.recognition.empty")}
              testId="my-milestones-empty"
            >
              <ul class="my-milestones" aria-label={tr("volunteer.recognition.list")}>
                <For each={newestMilestonesFirst(loaded().milestones)}>
                  {(m) => <MilestoneItem milestone={m} />}
                </For>
              </ul>
            </OrEmpty>
            <Show when={!props.ended} fallback={<EndedChoices stored={loaded().preferences} />}>
              <ChoicesForm
                stored={loaded().preferences}
                onSaved={(preferences) => mine.set({ ...loaded(), preferences })}
              />
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
}
