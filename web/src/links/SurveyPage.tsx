import { createEffect, createSignal, For, Match, on, Show, Switch, untrack } from "solid-js";
import { en } from "../i18n/links/en.ts";
import { fi } from "../i18n/links/fi.ts";
import { sv } from "../i18n/links/sv.ts";
import { BusyButton } from "../lib/actions.tsx";
import { type Answer, api, call, withToken } from "../lib/api.ts";
import { ErrorSummary, type SummaryItem } from "../lib/ErrorSummary.tsx";
import { failureText } from "../lib/failure.ts";
import { Radios, TextArea } from "../lib/fields.tsx";
import { focusSoon } from "../lib/focus.ts";
import { formatDateTime } from "../lib/format.ts";
import { type ClientLocale, setLocale, tr, uiLocale } from "../lib/i18n.ts";
import { PictogramScale } from "../lib/PictogramScale.tsx";
import { withElement } from "../pages/contact.tsx";
import { type FeedbackValues, feedbackEnd, questionErrors, toSend } from "./feedback.ts";
import { createLinkView, type Panel, type TroubleTexts, useLinkTitle } from "./link.ts";
import { LinkPage } from "./parts.tsx";
import { StopSurveys } from "./SurveyStop.tsx";

type SurveyView = Answer<typeof api.links.survey.$get>;
type Question = SurveyView["questions"][number];
type End = "sent" | "used" | "closed";

const panels: Record<End, Panel> = {
  sent: { kind: "success", title: "links.survey.sent.title", body: "links.survey.sent.body" },
  used: { kind: "info", title: "links.survey.used.title", body: "links.survey.used.body" },
  closed: { kind: "info", title: "links.survey.closed.title", body: "links.survey.closed.body" },
};

/** On opening: an unknown link is one already answered (the API cannot tell them apart). */
const trouble: TroubleTexts = {
  invalid: { title: "links.survey.used.title", body: "links.survey.used.body" },
  expired: { title: "links.survey.closed.title", body: "links.survey.closed.body" },
};

const yesNo = ["yes", "no", "unsure"] as const;
type YesNo = (typeof yesNo)[number];

/**
 * The words around a question (yes / no / not sure, the text box's hint) in the link's language,
 * like the question itself, whatever the page's language: a question reads in one language.
 */
const inLinkLanguage: Partial<Record<ClientLocale, Record<keyof typeof fi, string>>> = {
  fi,
  sv,
  en,
};
/** The other client languages' words are loaded with the language, which the page switches to. */
const linkWord = (l: ClientLocale, key: `links.survey.${YesNo}` | "links.survey.text.hint") =>
  inLinkLanguage[l]?.[key] ?? tr(key);

const fieldId = (q: Question) => `survey-${q.id}`;
/** Where focus goes for a question: its first option, or its text box. */
const target = (q: Question) =>
  q.kind === "scale" ? `${fieldId(q)}-1` : q.kind === "yesno" ? `${fieldId(q)}-yes` : fieldId(q);

/** One question in the link's words: a pictogram scale, yes / no / not sure, or free text. */
function QuestionField(props: {
  question: Question;
  locale: ClientLocale;
  scale: readonly string[];
  values: FeedbackValues;
  error: string | undefined;
  set: (id: string, value: number | string) => void;
}) {
  const q = () => props.question;
  const value = () => props.values[q().id];
  return (
    <Switch>
      <Match when={q().kind === "scale"}>
        <PictogramScale
          id={fieldId(q())}
          legend={q().text}
          words={props.scale}
          value={typeof value() === "number" ? Number(value()) : undefined}
          onChange={(step) => props.set(q().id, step)}
          error={props.error}
        />
      </Match>
      <Match when={q().kind === "yesno"}>
        <Radios<YesNo>
          id={fieldId(q())}
          legend={q().text}
          options={yesNo}
          optionLabel={(option) => linkWord(props.locale, `links.survey.${option}`)}
          value={yesNo.find((option) => option === value()) ?? ""}
          onChange={(option) => props.set(q().id, option)}
          error={props.error}
        />
      </Match>
      <Match when={q().kind === "text"}>
        <TextArea
          id={fieldId(q())}
          label={q().text}
          hint={linkWord(props.locale, "links.survey.text.hint")}
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

const open = (token: string) => api.links.survey.$get(undefined, withToken(token));

/**
 * A short anonymous survey, opened from an emailed link (a client before or after a visit, a
 * volunteer, a professional or a partner): the questions in the link's language, which the page
 * switches to; said to be anonymous first; every question optional; sent once. After sending, on
 * a used or a closed link, the page says so and the form is gone. Below the form, and below the
 * thanks: "no more surveys" for this address, confirmed in place.
 */
export default function SurveyPage() {
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

  // The questions come in the link's language: the page's own words follow, once per link (the
  // language menu still works afterwards), unless the address names a language (`?lang=`). Not
  // remembered as the visitor's own choice.
  const named = new URLSearchParams(location.search).has("lang");
  createEffect(
    on(link.view.data, (data) => {
      if (data && !named && data.locale !== untrack(uiLocale)) void setLocale(data.locale, false);
    }),
  );

  useLinkTitle({
    problem: link.problem,
    panel,
    own: () => (link.view.data() ? "links.survey.title" : undefined),
    trouble,
  });

  const set = (id: string, value: number | string) => {
    setValues((current) => ({ ...current, [id]: value }));
  };

  const summaryItems = (questions: readonly Question[]): SummaryItem[] => [
    ...(problem() ? [{ text: problem() ?? "" }] : []),
    ...questions
      .filter((q) => errors()[q.id])
      .map((q) => ({ text: `${q.text}: ${errors()[q.id]}`, target: target(q) })),
  ];

  function finish(end: End) {
    setEnded(end);
    focusSoon(() => result);
  }

  async function send() {
    const token = link.token();
    if (!token || busy()) return;
    setErrors({});
    setProblem(undefined);
    const sent = toSend(values());
    if (Object.keys(sent).length === 0) {
      setProblem(tr("links.survey.nothing"));
      focusSoon(() => summary);
      return;
    }
    setBusy(true);
    const answer = await call(api.links.survey.$post({ json: { values: sent } }, withToken(token)));
    setBusy(false);
    if (answer.ok) return finish("sent");
    const end = feedbackEnd(answer);
    if (end) return finish(end);
    if (answer.kind === "validation") {
      const byQuestion = questionErrors(answer.fields);
      setErrors(byQuestion);
      // `values` itself: nothing left to keep once the texts were cleaned.
      if (Object.keys(byQuestion).length === 0) setProblem(tr("links.survey.nothing"));
    } else setProblem(failureText(answer));
    focusSoon(() => summary);
  }

  return (
    <LinkPage
      page={page}
      panel={panel()}
      trouble={trouble}
      intro={() => (
        <>
          <h1>{tr("links.survey.title")}</h1>
          <p class="lead">{tr("links.survey.intro")}</p>
        </>
      )}
    >
      {(loaded) => (
        <>
          <Show when={!ended()}>
            <p>{tr("links.survey.optional")}</p>
            <p>
              {withElement(
                tr("links.survey.closes"),
                "when",
                <bdi>{formatDateTime(loaded().closesAt)}</bdi>,
              )}{" "}
              {tr("links.survey.once")}
            </p>
            <form
              id="survey-form"
              class="answer survey-form"
              novalidate
              aria-label={tr("links.survey.title")}
              onSubmit={(event) => {
                event.preventDefault();
                void send();
              }}
            >
              <ErrorSummary items={summaryItems(loaded().questions)} ref={(el) => (summary = el)} />
              <div lang={loaded().locale === "fi-selko" ? "fi" : loaded().locale}>
                <For each={loaded().questions}>
                  {(q) => (
                    <QuestionField
                      question={q}
                      locale={loaded().locale}
                      scale={loaded().scale}
                      values={values()}
                      error={errors()[q.id]}
                      set={set}
                    />
                  )}
                </For>
              </div>
              <BusyButton
                id="survey-send"
                class="button button--large"
                busy={busy()}
                label={tr("links.survey.send")}
                busyLabel={tr("links.working")}
              />
            </form>
          </Show>
          {/* Also after answering: the thanks is a natural moment to say "no more". */}
          <Show when={ended() !== "used" && ended() !== "closed" && link.token()} keyed>
            {(token) => <StopSurveys token={token} optedOut={loaded().optedOut} onEnded={finish} />}
          </Show>
        </>
      )}
    </LinkPage>
  );
}
