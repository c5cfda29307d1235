import { type Accessor, For, type JSX, type Ref, Show } from "solid-js";
import type { ApiFailure } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { formatClock, formatDay, formatDuration } from "../lib/format.ts";
import { languageName, sectorName, tr } from "../lib/i18n.ts";
import type { Loader } from "../lib/load.ts";
import { Fact } from "../lib/ui.tsx";
import { type LinkProblem, type Panel, type TroubleTexts, usualTrouble } from "./link.ts";
import type { OfferLinkView } from "./types.ts";

/** "ti 12.5.2026 klo 10.00". */
export const visitTime = (date: string, time: string) =>
  tr("links.visit.whenValue", { date: formatDay(date), time: formatClock(time) });

/** A language code by its name; free text ("other language") as written. */
const languageText = (code: string) => (/^[a-z]{2,3}$/.test(code) ? languageName(code) : code);

/** What the visit is, without anything that names or reaches the client. */
export function VisitFacts(props: { visit: OfferLinkView["visit"]; withoutWho?: boolean }) {
  const v = () => props.visit;
  return (
    <dl class="facts facts--large" data-testid="visit-facts">
      <Show when={!props.withoutWho}>
        <Fact term={tr("links.visit.who")}>{v().firstName}</Fact>
      </Show>
      <Fact term={tr("links.visit.what")}>{sectorName(v().sector)}</Fact>
      <Fact term={tr("links.visit.when")}>
        <bdi>
          <time datetime={`${v().date}T${v().startTime}`}>
            {visitTime(v().date, v().startTime)}
          </time>
        </bdi>
      </Fact>
      <Fact term={tr("links.visit.duration")}>{formatDuration(v().durationMinutes)}</Fact>
      <Fact term={tr("links.visit.where")}>
        {v().place}, {v().municipality}
      </Fact>
      <Show when={v().languages.length > 0}>
        <Fact term={tr("links.visit.languages")}>
          <For each={v().languages}>
            {(code, i) => (
              <>
                {i() > 0 ? ", " : ""}
                {languageText(code)}
              </>
            )}
          </For>
        </Fact>
      </Show>
    </dl>
  );
}

/** The support person's role, said before they answer (an unclear role is a named risk). */
export function RoleReminder() {
  return (
    <section class="role-box" aria-labelledby="role-title">
      <h2 id="role-title">{tr("links.role.title")}</h2>
      <p class="role-box__does-not">{tr("links.role.body")}</p>
    </section>
  );
}

/**
 * What the page did, as the page's own heading in a box, or (before) `children`, the page's own
 * heading and intro. `ref` lets the page move focus to the box after an answer, so a screen
 * reader reads the title and what it means.
 */
export function ResultOr(props: {
  panel: Panel | undefined;
  ref: Ref<HTMLDivElement>;
  children: JSX.Element;
}) {
  return (
    <Show when={props.panel} fallback={props.children}>
      {(panel) => (
        <div
          ref={props.ref}
          class="result"
          classList={{ "result--success": panel().kind === "success" }}
          tabindex="-1"
          data-testid="link-result"
        >
          <h1 tabindex="-1">{tr(panel().title)}</h1>
          <p>{tr(panel().body)}</p>
          <For each={panel().more ?? []}>{(line) => <p>{tr(line)}</p>}</For>
        </div>
      )}
    </Show>
  );
}

/** A link that does not work (or no longer does), or a page that could not load. */
export function LinkTrouble(props: {
  problem: LinkProblem | "noToken" | undefined;
  failure: ApiFailure | undefined;
  failureText: string;
  retry: () => void;
  headingRef?: (el: HTMLElement) => void;
  /** The page's own words for a link that does not work. */
  trouble?: TroubleTexts | undefined;
}) {
  const texts = (problem: LinkProblem | "noToken") =>
    (props.trouble ?? usualTrouble)[problem === "expired" ? "expired" : "invalid"];
  return (
    <Show
      when={props.problem}
      fallback={
        <div class="notice" role="alert" data-testid="link-failure">
          <p>{props.failureText}</p>
          <button type="button" class="button button--secondary" onClick={() => props.retry()}>
            {tr("ui.tryAgain")}
          </button>
        </div>
      }
    >
      {(problem) => (
        <div class="result" data-testid="link-problem" data-problem={problem()}>
          <h1 ref={props.headingRef} tabindex="-1">
            {tr(texts(problem()).title)}
          </h1>
          <p>{tr(problem() === "noToken" ? "links.noToken" : texts(problem()).body)}</p>
        </div>
      )}
    </Show>
  );
}

/**
 * A link page: "loading", then the loaded view, or why the link does not work, or a failure to
 * load with "try again". Once loaded: what was done (`panel`, in the result box) or, before
 * that, the page's own heading and content (`intro`), then the rest (`children`).
 */
export function LinkPage<T>(props: {
  page: {
    problem: () => LinkProblem | "noToken" | undefined;
    view: Loader<T>;
    load: () => void;
    resultRef: (el: HTMLDivElement) => void;
  };
  panel: Panel | undefined;
  trouble?: TroubleTexts;
  intro: (loaded: Accessor<NonNullable<T>>) => JSX.Element;
  children?: (loaded: Accessor<NonNullable<T>>) => JSX.Element;
}) {
  const problem = () => props.page.problem();
  const view = () => props.page.view;
  return (
    <div class="link-page">
      <Show
        when={!problem() && view().data()}
        fallback={
          <Show
            when={problem() || view().failure()}
            fallback={
              <>
                <h1>{tr("ui.loading")}</h1>
                <p class="loading" role="status">
                  {tr("ui.loading")}
                </p>
              </>
            }
          >
            <LinkTrouble
              problem={problem()}
              failure={view().failure()}
              failureText={failureText(view().failure() ?? { ok: false, kind: "network" })}
              retry={props.page.load}
              trouble={props.trouble}
            />
          </Show>
        }
      >
        {(loaded) => (
          <>
            <ResultOr panel={props.panel} ref={props.page.resultRef}>
              {props.intro(loaded)}
            </ResultOr>
            {props.children?.(loaded)}
          </>
        )}
      </Show>
    </div>
  );
}

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

function Optional(props: { term: string; value: string | undefined; children?: JSX.Element }) {
  return (
    <Show when={props.value}>
      <Fact term={props.term}>{props.children ?? props.value}</Fact>
    </Show>
  );
}

/** Who to meet and how to reach them: shown only to the volunteer who has the visit. */
export function Details(props: {
  details: NonNullable<OfferLinkView["details"]>;
  visit: OfferLinkView["visit"];
}) {
  const d = () => props.details;
  return (
    <section aria-labelledby="details-title" data-testid="visit-details">
      <h2 id="details-title">{tr("links.details.title")}</h2>
      <p class="hint">{tr("links.details.private")}</p>
      <dl class="facts facts--large">
        <Fact term={tr("links.details.client")}>
          <span data-testid="details-client">{d().clientName}</span>
        </Fact>
        <Optional term={tr("links.details.clientPhone")} value={d().clientPhone}>
          <a href={tel(d().clientPhone ?? "")}>{d().clientPhone}</a>
        </Optional>
        <Optional term={tr("links.details.clientEmail")} value={d().clientEmail}>
          <a href={`mailto:${d().clientEmail}`}>{d().clientEmail}</a>
        </Optional>
        <Optional term={tr("links.details.requester")} value={d().requesterName} />
        <Optional term={tr("links.details.organisation")} value={d().requesterOrganisation} />
        <Optional term={tr("links.details.requesterPhone")} value={d().requesterPhone}>
          <a href={tel(d().requesterPhone ?? "")}>{d().requesterPhone}</a>
        </Optional>
        <Optional term={tr("links.details.requesterEmail")} value={d().requesterEmail}>
          <a href={`mailto:${d().requesterEmail}`}>{d().requesterEmail}</a>
        </Optional>
        <Show when={d().firstMeeting}>
          {(meeting) => (
            <Fact term={tr("links.details.firstMeeting")}>
              {tr("links.details.firstMeetingValue", {
                date: formatDay(meeting().date),
                time: formatClock(meeting().time),
                place: meeting().place,
              })}
            </Fact>
          )}
        </Show>
      </dl>
      <VisitFacts visit={props.visit} withoutWho />
      <h3>{tr("links.details.description")}</h3>
      <p class="prewrap">{d().description}</p>
      <Show when={d().supportNeeds}>
        <h3>{tr("links.details.supportNeeds")}</h3>
        <p class="prewrap">{d().supportNeeds}</p>
      </Show>
    </section>
  );
}
