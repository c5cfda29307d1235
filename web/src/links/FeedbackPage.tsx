import { createSignal, For, Match, Show, Switch } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import { api, call, withToken } from "../lib/api.ts";
import { ErrorSummary, type SummaryItem } from "../lib/ErrorSummary.tsx";
import { failureText } from "../lib/failure.ts";
import { Radios, TextArea } from "../lib/fields.tsx";
import { focusSoon } from "../lib/focus.ts";
import { formatDateTime } from "../lib/format.ts";
import { type MessageKey, tr } from "../lib/i18n.ts";
import { type FeedbackValues, feedbackEnd, questionErrors, toSend } from "./feedback.ts";
import { createLinkView, type Panel, type TroubleTexts, useLinkTitle } from "./link.ts";
import { LinkPage } from "./parts.tsx";
import type { FeedbackLinkView } from "./types.ts";

type Question = FeedbackLinkView["questions"][number];
type End = "sent" | "used" | "closed";

const panels: Record<End, Panel> = {
  sent: { kind: "success", title: "links.feedback.sent.title", body: "links.feedback.sent.body" },
  used: { kind: "info", title: "links.feedback.used.title", body: "links.feedback.used.body" },
  closed: {
    kind: "info",
    title: "links.feedback.closed.title",
    body: "links.feedback.closed.body",
  },
};

/** On opening: an unknown link is one already used (the API cannot tell them apart), 410 closed. */
const trouble: TroubleTexts = {
  invalid: { title: "links.feedback.used.title", body: "links.feedback.used.body" },
  expired: { title: "links.feedback.closed.title", body: "links.feedback.closed.body" },
};

const questionText: Record<string, MessageKey> = {
  role: "links.feedback.q.role",
  serviceSystem: "links.feedback.q.serviceSystem",
  communication: "links.feedback.q.communication",
  safety: "links.feedback.q.safety",
  overall: "links.feedback.q.overall",
  missing: "links.feedback.q.missing",
  other: "links.feedback.q.other",
};
const label = (q: Question) => {
  const key = questionText[q.id];
  return key ? tr(key) : q.id;
};

const scale = ["1", "2", "3", "4", "5"] as const;
type Scale = (typeof scale)[number];
const fieldId = (q: Question) => `feedback-${q.id}`;
/** Where focus goes for a question: its first option, or its text box. */
const target = (q: Question) => (q.kind === "scale" ? `${fieldId(q)}-1` : fieldId(q));

/** That the answer cannot be tied to them, said before any question. */
function AnonymityNote(props: { anonymous: boolean }) {
  return (
    <Show when={props.anonymous} fallback={<p>{tr("links.feedback.named")}</p>}>
      <section class="role-box" aria-labelledby="feedback-anonymous-title">
        <h2 id="feedback-anonymous-title">{tr("links.feedback.anonymous.title")}</h2>
        <p>{tr("links.feedback.anonymous.body")}</p>
      </section>
    </Show>
  );
}

/** One question: a scale of 1–5 as radios, or free text. */
function QuestionField(props: {
  question: Question;
  values: FeedbackValues;
  error: string | undefined;
  set: (id: string, value: number | string) => void;
}) {
  const q = () => props.question;
  const value = () => props.values[q().id];
  return (
    <Switch>
      <Match when={q().kind === "scale"}>
        <Radios<Scale>
          id={fieldId(q())}
          legend={label(q())}
          options={scale}
          optionLabel={(option) => tr(`links.feedback.scale.${option}`)}
          value={value() === undefined ? "" : (String(value()) as Scale)}
          onChange={(option) => props.set(q().id, Number(option))}
          error={props.error}
        />
      </Match>
      <Match when={q().kind === "text"}>
        <TextArea
          id={fieldId(q())}
          label={label(q())}
          hint={tr("links.feedback.text.hint")}
          rows={4}
          maxlength={2000}
          value={typeof value() === "string" ? String(value()) : ""}
          onInput={(text) => props.set(q().id, text)}
          error={props.error}
        />
      </Match>
    </Switch>
  );
}

const open = (token: string) => api.links.feedback.$get(undefined, withToken(token));

/**
 * The anonymous course feedback, opened from the link on the last day: the questions from the
 * API, said to be anonymous first, sent once. After sending (or on a used or closed link) the page
 * says so and the form is gone; a refused answer is shown at its question in the UI language.
 */
export default function FeedbackPage() {
  const [values, setValues] = createSignal<FeedbackValues>({});
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [problem, setProblem] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [ended, setEnded] = createSignal<End>();
  let summary: HTMLDivElement | undefined;
  let result: HTMLDivElement | undefined;
  const link = createLinkView(open, () => {
    setValues({});
    setErrors({});
    setProblem(undefined);
    setEnded(undefined);
  });
  const panel = () => {
    const end = ended();
    return end ? panels[end] : undefined;
  };
  const page = { ...link, resultRef: (el: HTMLDivElement) => (result = el) };

  useLinkTitle({
    problem: link.problem,
    panel,
    own: () => (link.view.data() ? "links.feedback.title" : undefined),
    trouble,
  });

  const set = (id: string, value: number | string) => {
    setValues((current) => ({ ...current, [id]: value }));
  };

  const summaryItems = (questions: readonly Question[]): SummaryItem[] => [
    ...(problem() ? [{ text: problem() ?? "" }] : []),
    ...questions
      .filter((q) => errors()[q.id])
      .map((q) => ({ text: `${label(q)}: ${errors()[q.id]}`, target: target(q) })),
  ];

  async function send() {
    const token = link.token();
    if (!token || busy()) return;
    setErrors({});
    setProblem(undefined);
    const sent = toSend(values());
    if (Object.keys(sent).length === 0) {
      setProblem(tr("links.feedback.nothing"));
      focusSoon(() => summary);
      return;
    }
    setBusy(true);
    const answer = await call(
      api.links.feedback.$post({ json: { values: sent } }, withToken(token)),
    );
    setBusy(false);
    if (answer.ok) return finish("sent");
    const end = feedbackEnd(answer);
    if (end) return finish(end);
    if (answer.kind === "validation") setErrors(questionErrors(answer.fields));
    setProblem(answer.kind === "validation" ? undefined : failureText(answer));
    focusSoon(() => summary);
  }

  function finish(end: End) {
    setEnded(end);
    focusSoon(() => result);
  }

  return (
    <LinkPage
      page={page}
      panel={panel()}
      trouble={trouble}
      intro={(loaded) => (
        <>
          <h1>{tr("links.feedback.title")}</h1>
          <p class="lead">{loaded().title}</p>
          <p>{tr("links.feedback.intro")}</p>
        </>
      )}
    >
      {(loaded) => (
        <Show when={!ended()}>
          <AnonymityNote anonymous={loaded().anonymous} />
          <p>
            {tr("links.feedback.closes", { when: formatDateTime(loaded().closesAt) })}{" "}
            {tr("links.feedback.once")}
          </p>
          <form
            id="feedback-form"
            class="answer"
            novalidate
            aria-label={tr("links.feedback.title")}
            onSubmit={(event) => {
              event.preventDefault();
              void send();
            }}
          >
            <ErrorSummary items={summaryItems(loaded().questions)} ref={(el) => (summary = el)} />
            <For each={loaded().questions}>
              {(q) => (
                <QuestionField question={q} values={values()} error={errors()[q.id]} set={set} />
              )}
            </For>
            <BusyButton
              id="feedback-send"
              class="button button--large"
              busy={busy()}
              label={tr("links.feedback.send")}
              busyLabel={tr("links.working")}
            />
          </form>
        </Show>
      )}
    </LinkPage>
  );
}
