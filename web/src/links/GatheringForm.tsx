import { createSignal, Show } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import { type ApiFailure, api, call, withToken } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { Radios, TextField } from "../lib/fields.tsx";
import { focusField, focusSoon } from "../lib/focus.ts";
import { formatDay } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { answerBody, asksNeeds, type Choice, choices, initialChoice } from "./gathering.ts";
import { linkProblem } from "./link.ts";
import type { GatheringLinkView, GatheringOutcome } from "./types.ts";

type FieldErrors = { answer?: string; diet?: string; access?: string };

/**
 * Yes, maybe or no, with optional dietary and accessibility needs for a yes or a maybe, sent by
 * the button only: the choice the email's link made (`chosen`) is only where the form starts.
 * A refused field is shown at the field; a link that no longer works reloads the page, which
 * then says so.
 */
export function GatheringForm(props: {
  token: string;
  view: GatheringLinkView;
  chosen: Choice | undefined;
  reload: () => Promise<void>;
  onAnswered: (outcome: GatheringOutcome) => void;
}) {
  const [choice, setChoice] = createSignal(initialChoice(props.chosen, props.view.answer));
  const [diet, setDiet] = createSignal(props.view.diet ?? "");
  const [access, setAccess] = createSignal(props.view.access ?? "");
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<ApiFailure>();
  let failureBox: HTMLDivElement | undefined;

  async function refused(result: ApiFailure) {
    if (result.kind === "validation") {
      setErrors(result.fields);
      const first = (["diet", "access"] as const).find((f) => result.fields[f]);
      if (first) return focusField(`gathering-${first}`);
    }
    if (linkProblem(result)) return props.reload();
    setFailure(result);
    focusSoon(() => failureBox);
  }

  async function send() {
    const chosen = choice();
    setFailure(undefined);
    if (!chosen) {
      setErrors({ answer: tr("links.gathering.choose") });
      return focusField("gathering-answer-yes");
    }
    setErrors({});
    setBusy(true);
    const json = answerBody(chosen, diet(), access());
    const result = await call(api.links.gathering.$post({ json }, withToken(props.token)));
    if (result.ok) await props.reload();
    setBusy(false);
    if (result.ok) props.onAnswered(result.data);
    else await refused(result);
  }

  return (
    <form
      id="gathering-form"
      class="answer"
      aria-labelledby="gathering-question"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy()) void send();
      }}
    >
      <h2 id="gathering-question">{tr("links.gathering.question")}</h2>
      <Show when={failure()}>
        {(f) => (
          <div ref={failureBox} class="notice" tabindex="-1" role="alert">
            <p>{failureText(f())}</p>
          </div>
        )}
      </Show>
      <Radios
        id="gathering-answer"
        legend={tr("links.gathering.choose")}
        hint={tr("links.gathering.seatHint")}
        error={errors().answer}
        options={choices}
        optionLabel={(c) => tr(`links.gathering.choice.${c}`)}
        value={choice() ?? ""}
        onChange={(c) => {
          setChoice(c);
          setErrors({});
        }}
      />
      <Show when={asksNeeds(choice())}>
        <div class="gathering-needs" data-testid="gathering-needs">
          <p id="gathering-needs-note">{tr("links.gathering.needs")}</p>
          <TextField
            id="gathering-diet"
            label={tr("links.gathering.diet")}
            hint={tr("links.gathering.diet.hint")}
            describedBy="gathering-needs-note"
            error={errors().diet}
            maxlength={300}
            autocomplete="off"
            value={diet()}
            onInput={setDiet}
          />
          <TextField
            id="gathering-access"
            label={tr("links.gathering.access")}
            hint={tr("links.gathering.access.hint")}
            describedBy="gathering-needs-note"
            error={errors().access}
            maxlength={300}
            autocomplete="off"
            value={access()}
            onInput={setAccess}
          />
        </div>
      </Show>
      <div class="answer__buttons">
        <BusyButton
          id="gathering-send"
          class="button button--large"
          busy={busy()}
          label={tr("links.gathering.send")}
          busyLabel={tr("links.working")}
        />
      </div>
      <p class="hint">
        {tr("links.gathering.noChange")}{" "}
        {props.view.answerBy
          ? tr("links.gathering.change", { date: formatDay(props.view.answerBy) })
          : ""}
      </p>
    </form>
  );
}
