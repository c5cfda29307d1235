import { createSignal, For, Show } from "solid-js";
import { BusyButton } from "../lib/actions.tsx";
import { api, withToken } from "../lib/api.ts";
import { formatDuration } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { topicName } from "../lib/topics.ts";
import { Fact } from "../lib/ui.tsx";
import { SendFailure } from "./answer.tsx";
import { type Panel, useLinkTitle } from "./link.ts";
import { createLinkPage } from "./page.ts";
import { LinkPage, visitTime } from "./parts.tsx";
import { choicesFor, courseOver, type InvitationChoice, sessionsCalendar } from "./training.ts";
import type { TrainingLinkView, TrainingSession } from "./types.ts";

const panels: Record<"enrolled" | "declined" | "past", Panel> = {
  enrolled: {
    kind: "success",
    title: "links.training.enrolled.title",
    body: "links.training.enrolled.body",
  },
  declined: {
    kind: "info",
    title: "links.training.declined.title",
    body: "links.training.declined.body",
  },
  past: { kind: "info", title: "links.training.past.title", body: "links.training.past.body" },
};

/** What the invitation has come to: the answer given, or a course that is over; else nothing. */
function panelFor(view: TrainingLinkView | undefined, now: number): Panel | undefined {
  if (!view) return undefined;
  if (view.status !== "invited") return panels[view.status];
  return courseOver(view.sessions, now) ? panels.past : undefined;
}

/** "Johdanto asiointitukihenkilön tehtäviin" or the session's own title. */
const sessionName = (s: TrainingSession) => topicName(s);

/** One session: which, what, when, how long, where, and who teaches it. */
function SessionItem(props: { session: TrainingSession }) {
  const s = () => props.session;
  return (
    <li class="training-session" data-testid="training-session">
      <h3>
        {tr("links.training.session", { n: s().n })}: {sessionName(s())}
      </h3>
      <dl class="facts facts--large">
        <Fact term={tr("links.training.when")}>
          <time datetime={s().startsAt}>{visitTime(s().date, s().startTime)}</time>
        </Fact>
        <Fact term={tr("links.training.duration")}>{formatDuration(s().minutes)}</Fact>
        <Fact term={tr("links.training.where")}>{s().place}</Fact>
        <Fact term={tr("links.training.trainer")}>{s().trainer}</Fact>
      </dl>
    </li>
  );
}

/** The sessions as a calendar file the phone opens, built from what the page shows. */
function CalendarLink(props: { view: TrainingLinkView; now: number }) {
  const href = () =>
    `data:text/calendar;charset=utf-8,${encodeURIComponent(
      sessionsCalendar(
        props.view.sessions,
        (s) => `${props.view.name}: ${sessionName(s)}`,
        props.now,
      ),
    )}`;
  return (
    <p class="calendar-link">
      <a id="training-calendar" href={href()} download="koulutus.ics">
        {tr("links.training.calendar")}
      </a>
      <span class="hint">{tr("links.training.calendar.hint")}</span>
    </p>
  );
}

const buttonLabels = {
  invited: { accept: "links.training.accept", decline: "links.training.decline" },
  answered: { accept: "links.training.changeToAccept", decline: "links.training.changeToDecline" },
} as const;

const open = (token: string) => api.links.training.$get(undefined, withToken(token));

/**
 * A volunteer's invitation to a course or continuing education, opened from their email: the
 * sessions (when, how long, where, who teaches), "I'm coming" and "I can't come". Opening it
 * changes nothing; an answer can be changed with the same link until the course is over.
 */
export default function TrainingPage() {
  const page = createLinkPage(open, createSignal<string>());
  const { answer } = page;
  const now = Date.now();
  const panel = () => panelFor(page.view.data(), now);
  /** The button pressed: it says "sending", the other waits. */
  const [sending, setSending] = createSignal<InvitationChoice>();

  useLinkTitle({
    problem: page.problem,
    panel,
    own: () => (page.view.data() ? "links.training.title" : undefined),
  });

  async function send(choice: InvitationChoice) {
    const current = page.token();
    if (!current || answer.busy()) return;
    setSending(choice);
    const result = await answer.send(
      () =>
        choice === "accept"
          ? api.links.training.accept.$post(undefined, withToken(current))
          : api.links.training.decline.$post(undefined, withToken(current)),
      "training-answer",
    );
    setSending(undefined);
    if (result) page.answered(result.status);
  }

  return (
    <LinkPage
      page={page}
      panel={panel()}
      intro={(loaded) => (
        <>
          <h1>{tr("links.training.title")}</h1>
          <p class="lead">{tr("links.training.greeting", { name: loaded().firstName ?? "" })}</p>
          <p>
            {tr(
              loaded().kind === "course"
                ? "links.training.intro.course"
                : "links.training.intro.continuing",
            )}
          </p>
        </>
      )}
    >
      {(loaded) => {
        const choices = () => choicesFor(loaded(), now);
        const labels = () => buttonLabels[loaded().status === "invited" ? "invited" : "answered"];
        return (
          <>
            <section aria-labelledby="training-sessions-title">
              <h2 id="training-sessions-title">{loaded().name}</h2>
              <p class="hint">{tr("links.training.sessions")}</p>
              <ol class="training-sessions">
                <For each={loaded().sessions}>{(s) => <SessionItem session={s} />}</For>
              </ol>
            </section>
            <Show when={choices().length > 0}>
              <section aria-labelledby="training-answer-title" class="answer">
                <h2 id="training-answer-title">{tr("links.training.question")}</h2>
                <SendFailure answer={answer} />
                <div class="answer__buttons">
                  <For each={choices()}>
                    {(choice) => (
                      <BusyButton
                        type="button"
                        id={`training-${choice}`}
                        class={
                          choice === "accept"
                            ? "button button--large"
                            : "button button--secondary button--large"
                        }
                        busy={sending() === choice}
                        disabled={answer.busy()}
                        label={tr(labels()[choice])}
                        busyLabel={tr("links.working")}
                        onClick={() => void send(choice)}
                      />
                    )}
                  </For>
                </div>
                <p class="hint">
                  {tr(
                    loaded().status === "invited"
                      ? "links.training.noChange"
                      : "links.training.change",
                  )}
                </p>
              </section>
              <Show when={loaded().status !== "declined"}>
                <CalendarLink view={loaded()} now={now} />
              </Show>
            </Show>
          </>
        );
      }}
    </LinkPage>
  );
}
