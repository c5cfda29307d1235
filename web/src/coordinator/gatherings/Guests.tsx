import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatDateTime, formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { OrEmpty } from "../../lib/ui.tsx";
import { guestCounts, isSeated, isWaiting, waitingList, withNeeds } from "./gatherings.ts";
import type { GatheringPageData } from "./page.ts";
import type { Guest } from "./types.ts";

const profileHref = (id: string) => `/coordinator/volunteers/${encodeURIComponent(id)}`;

/** A guest's answer in words: coming (with a seat), waiting, maybe, no, or not answered. */
export function answerWord(g: Guest) {
  if (isSeated(g)) return tr("coord.guests.answer.coming");
  if (isWaiting(g)) return tr("coord.guests.answer.waiting");
  if (g.answer === "maybe") return tr("coord.guests.answer.maybe");
  if (g.answer === "no") return tr("coord.guests.answer.no");
  return tr("coord.guests.answer.invited");
}

function Counts(props: { guests: Guest[] }) {
  const c = () => guestCounts(props.guests);
  const items = () =>
    [
      ["coming", c().coming],
      ["maybe", c().maybe],
      ["no", c().no],
      ["waiting", c().waiting],
      ["invited", c().notAnswered],
    ] as const;
  return (
    <dl class="guest-counts" data-testid="guest-counts">
      <For each={items()}>
        {([kind, n]) => (
          <div class="guest-counts__item" data-kind={kind}>
            <dt>{tr(`coord.guests.count.${kind}`)}</dt>
            <dd>{formatNumber(n)}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}

function Waiting(props: { guests: Guest[] }) {
  const queue = () => waitingList(props.guests);
  return (
    <Show when={queue().length > 0}>
      <h3>{tr("coord.guests.waitingList")}</h3>
      <p>{tr("coord.guests.waitingList.lead")}</p>
      <ol class="plain-list" data-testid="waiting-list">
        <For each={queue()}>
          {(g) => (
            <li>
              <A href={profileHref(g.volunteerId)}>{g.name}</A> –{" "}
              {tr("coord.guests.waitingSince", { at: formatDateTime(g.waitingSince) })}
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}

/** Dietary and accessibility needs, shown until they are deleted after the gathering. */
function Needs(props: { guests: Guest[]; cleared: boolean }) {
  const people = () => withNeeds(props.guests);
  return (
    <>
      <h3>{tr("coord.guests.needs")}</h3>
      <Show
        when={!props.cleared}
        fallback={<p data-testid="needs-cleared">{tr("coord.guests.needs.cleared")}</p>}
      >
        <p>{tr("coord.guests.needs.lead")}</p>
        <OrEmpty when={people().length > 0} text={tr("coord.guests.needs.none")}>
          <ul class="plain-list" data-testid="guest-needs">
            <For each={people()}>
              {(g) => (
                <li>
                  <strong>{g.name}</strong> ({answerWord(g)})
                  <Show when={g.diet}>
                    <br />
                    {tr("coord.guests.diet")} {g.diet}
                  </Show>
                  <Show when={g.access}>
                    <br />
                    {tr("coord.guests.access")} {g.access}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </OrEmpty>
      </Show>
    </>
  );
}

/** Who was invited and what they answered: counts, the waiting list in order, needs. */
export function GuestsSection(props: { page: GatheringPageData }) {
  const guests = () => props.page.detail().guests;
  const sorted = () => [...guests()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="guests-title">
      <h2 id="guests-title">{tr("coord.guests.title")}</h2>
      <OrEmpty when={guests().length > 0} text={tr("coord.guests.none")} testId="guests-empty">
        <Counts guests={guests()} />
        <Waiting guests={guests()} />
        <Needs guests={guests()} cleared={!!props.page.detail().gathering.needsClearedAt} />
        <details class="guest-all">
          <summary>{tr("coord.guests.all", { count: formatNumber(guests().length) })}</summary>
          <ul class="plain-list" data-testid="guest-list">
            <For each={sorted()}>
              {(g) => (
                <li data-testid="guest" data-id={g.volunteerId}>
                  <A href={profileHref(g.volunteerId)}>{g.name}</A> – {answerWord(g)}
                </li>
              )}
            </For>
          </ul>
        </details>
      </OrEmpty>
    </section>
  );
}
