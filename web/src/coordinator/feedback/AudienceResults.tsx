import { For, Match, Show, Switch } from "solid-js";
import { formatNumber } from "../../lib/format.ts";
import { locale, type MessageKey, tr } from "../../lib/i18n.ts";
import { CountTable } from "./CountTable.tsx";
import { formatMean } from "./feedback.ts";
import type {
  AudienceResult,
  CountedQuestion,
  Questionnaire,
  QuestionResult,
  TextQuestion,
} from "./types.ts";

type Half = "H1" | "H2";

/** A choice in words: a scale's step with its word ("4 – A lot"), or yes / no / not sure. */
export function choiceLabel(choice: string | number, scale: readonly string[] | undefined) {
  if (typeof choice === "number") {
    const word = scale?.[choice - 1];
    return word ? tr("feedback.scaleChoice", { value: choice, word }) : String(choice);
  }
  return tr(`feedback.${choice}` as MessageKey);
}

function Counted(props: {
  q: CountedQuestion;
  id: string;
  halves: readonly Half[];
  scale: readonly string[] | undefined;
}) {
  const caption = () => props.q.text[locale()];
  return (
    <>
      <CountTable
        id={props.id}
        caption={caption()}
        halves={props.halves}
        rows={props.q.choices.map((c) => choiceLabel(c, props.scale))}
        table={props.q.table}
      />
      <Show when={props.q.kind === "scale"}>
        <p data-testid={`${props.id}-mean`}>
          <Show when={props.q.mean} fallback={tr("feedback.mean.hidden")}>
            {(mean) => tr("feedback.mean", { mean: formatMean(mean(), locale()) })}
          </Show>
        </p>
      </Show>
    </>
  );
}

function Texts(props: { q: TextQuestion; id: string }) {
  return (
    <Show
      when={props.q.texts}
      fallback={<p data-testid={`${props.id}-hidden`}>{tr("feedback.texts.hidden")}</p>}
    >
      {(texts) => (
        <Show when={texts().length > 0} fallback={<p>{tr("feedback.texts.none")}</p>}>
          <ul class="feedback-texts" data-testid={props.id}>
            <For each={texts()}>{(text) => <li>{text}</li>}</For>
          </ul>
          <p class="feedback-legend">{tr("feedback.texts.masked")}</p>
        </Show>
      )}
    </Show>
  );
}

function Question(props: {
  q: QuestionResult;
  audience: string;
  halves: readonly Half[];
  scale: readonly string[] | undefined;
}) {
  const id = () => `feedback-${props.audience}-${props.q.id}`;
  return (
    <div class="feedback-question" data-testid="feedback-question" data-question={props.q.id}>
      <h3 id={`${id()}-title`}>{props.q.text[locale()]}</h3>
      <Switch>
        <Match when={"table" in props.q && props.q}>
          {(q) => (
            <Counted
              q={q() as CountedQuestion}
              id={id()}
              halves={props.halves}
              scale={props.scale}
            />
          )}
        </Match>
        <Match when={"texts" in props.q && props.q}>
          {(q) => <Texts q={q() as TextQuestion} id={id()} />}
        </Match>
      </Switch>
    </div>
  );
}

/**
 * One survey's year: how many answered (and how many of those were typed in by hand), then each
 * question's table or its written answers. Hidden cells are explained once under the tables.
 */
export function AudienceResults(props: {
  group: AudienceResult;
  halves: readonly Half[];
  questionnaire: Questionnaire | undefined;
}) {
  const g = () => props.group;
  const testId = () => `feedback-${g().audience}`;
  const scale = () => props.questionnaire?.scale[locale()];
  return (
    <section class="feedback-audience" aria-labelledby={`${testId()}-title`} data-testid={testId()}>
      <h2 id={`${testId()}-title`}>{tr(`feedback.audience.${g().audience}`)}</h2>
      <p data-testid={`${testId()}-count`}>
        {g().byHand > 0
          ? tr("feedback.answeredByHand", {
              count: formatNumber(g().answered),
              byHand: formatNumber(g().byHand),
            })
          : tr("feedback.answered", { count: formatNumber(g().answered) })}
      </p>
      <Show when={g().answered > 0} fallback={<p>{tr("feedback.audience.none")}</p>}>
        <For each={g().questions}>
          {(q) => <Question q={q} audience={g().audience} halves={props.halves} scale={scale()} />}
        </For>
        <Show when={g().questions.some((q) => "table" in q)}>
          <p class="feedback-legend">{tr("feedback.legend")}</p>
        </Show>
      </Show>
    </section>
  );
}
