import { createSignal, Show } from "solid-js";
import { api, withToken } from "../lib/api.ts";
import { formatClock, formatDay } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { Fact } from "../lib/ui.tsx";
import { GatheringForm } from "./GatheringForm.tsx";
import { canAnswer, choiceFromQuery, gatheringCalendar, panelFor, standing } from "./gathering.ts";
import { useLinkTitle } from "./link.ts";
import { createLinkPage } from "./page.ts";
import { LinkPage, visitTime } from "./parts.tsx";
import type { GatheringLinkView, GatheringOutcome } from "./types.ts";

/** "to 20.4.2027 klo 17.00–19.30", or without an end. */
function whenText(g: GatheringLinkView) {
  if (!g.date || !g.startTime) return "";
  if (!g.endTime) return visitTime(g.date, g.startTime);
  return tr("links.gathering.whenValue", {
    date: formatDay(g.date),
    start: formatClock(g.startTime),
    end: formatClock(g.endTime),
  });
}

/** The gathering: when, where, how accessible the place is, the programme, the last day. */
function GatheringFacts(props: { gathering: GatheringLinkView }) {
  const g = () => props.gathering;
  return (
    <section aria-labelledby="gathering-title">
      <h2 id="gathering-title">{g().title}</h2>
      <dl class="facts facts--large" data-testid="gathering-facts">
        <Fact term={tr("links.gathering.when")} when={g().date && g().startTime}>
          <time datetime={`${g().date}T${g().startTime}`}>{whenText(g())}</time>
        </Fact>
        <Fact term={tr("links.gathering.where")} when={g().place}>
          {g().place}
        </Fact>
        <Fact term={tr("links.gathering.accessibility")} when={g().accessibility}>
          <span class="prewrap">{g().accessibility}</span>
        </Fact>
        <Fact term={tr("links.gathering.programme")} when={g().programme}>
          <span class="prewrap">{g().programme}</span>
        </Fact>
        <Fact term={tr("links.gathering.answerBy")} when={g().answerBy}>
          <strong>{formatDay(g().answerBy ?? "")}</strong>
        </Fact>
      </dl>
    </section>
  );
}

/** The answer given so far: a place, the waiting list, maybe, no, or none yet. */
function CurrentAnswer(props: { gathering: GatheringLinkView }) {
  const now = () => standing(props.gathering);
  return (
    <section aria-labelledby="gathering-current-title">
      <h2 id="gathering-current-title">{tr("links.gathering.current")}</h2>
      <p class="gathering-standing" data-testid="gathering-standing" data-standing={now()}>
        {tr(`links.gathering.current.${now()}`)}
      </p>
    </section>
  );
}

/** The gathering as a calendar file the phone opens. */
function CalendarLink(props: { gathering: GatheringLinkView; now: number }) {
  const file = () => gatheringCalendar(props.gathering, props.now);
  return (
    <Show when={file()}>
      {(ics) => (
        <p class="calendar-link">
          <a
            id="gathering-calendar"
            href={`data:text/calendar;charset=utf-8,${encodeURIComponent(ics())}`}
            download="tapaaminen.ics"
          >
            {tr("links.gathering.calendar")}
          </a>
          <span class="hint">{tr("links.gathering.calendar.hint")}</span>
        </p>
      )}
    </Show>
  );
}

const open = (token: string) => api.links.gathering.$get(undefined, withToken(token));

/**
 * A volunteer's invitation to a gathering, opened from their email: what, when and where, the
 * answer given so far, and yes / maybe / no with optional needs. The email's answer links open
 * the page with that answer chosen; opening it never sends anything, only the button does.
 * After the last day to answer, or once cancelled, the page says so and takes no answer.
 */
export default function GatheringPage() {
  const page = createLinkPage(open, createSignal<GatheringOutcome>());
  const chosen = choiceFromQuery(location.search);
  const now = Date.now();
  const panel = () => panelFor(page.view.data(), page.outcome());

  useLinkTitle({
    problem: page.problem,
    panel,
    own: () => (page.view.data() ? "links.gathering.title" : undefined),
  });

  return (
    <LinkPage
      page={page}
      panel={panel()}
      intro={(loaded) => (
        <>
          <h1>{tr("links.gathering.title")}</h1>
          <p class="lead">{tr("links.gathering.greeting", { name: loaded().firstName ?? "" })}</p>
          <p>{tr("links.gathering.intro")}</p>
        </>
      )}
    >
      {(loaded) => (
        <>
          <GatheringFacts gathering={loaded()} />
          <Show when={loaded().status !== "cancelled"}>
            <CurrentAnswer gathering={loaded()} />
          </Show>
          {/* Keyed: a link for another guest opened in this tab starts the form afresh. */}
          <Show when={canAnswer(loaded()) && page.token()} keyed>
            {(token) => (
              <GatheringForm
                token={token}
                view={loaded()}
                chosen={chosen}
                reload={page.view.reload}
                onAnswered={page.answered}
              />
            )}
          </Show>
          <Show when={loaded().status === "published" && loaded().answer !== "no"}>
            <CalendarLink gathering={loaded()} now={now} />
          </Show>
        </>
      )}
    </LinkPage>
  );
}
