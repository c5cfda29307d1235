import { A } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { formatDay } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { Fact, Loaded, OrEmpty } from "../../lib/ui.tsx";
import type { VolunteerGatherings } from "../gatherings/types.ts";
import { MilestoneText } from "../thanks/ThanksRow.tsx";
import type { VolunteerPage } from "./page.ts";

function Gathered(props: { data: VolunteerGatherings }) {
  const newestFirst = () => [...props.data.gatherings].reverse();
  return (
    <OrEmpty when={newestFirst().length > 0} text={tr("coord.profile.gatherings.none")}>
      <ul class="plain-list" data-testid="volunteer-gatherings">
        <For each={newestFirst()}>
          {(g) => (
            <li data-attended={String(g.attended)}>
              {formatDay(g.date)} –{" "}
              <A href={`/coordinator/gatherings/${encodeURIComponent(g.gatheringId)}`}>{g.title}</A>
              {" – "}
              {g.attended
                ? tr("coord.profile.gatherings.came")
                : tr("coord.profile.gatherings.absent")}
            </li>
          )}
        </For>
      </ul>
    </OrEmpty>
  );
}

function Milestones(props: { data: VolunteerGatherings }) {
  return (
    <OrEmpty when={props.data.milestones.length > 0} text={tr("coord.profile.milestones.none")}>
      <ul class="plain-list" data-testid="volunteer-milestones">
        <For each={props.data.milestones}>
          {(m) => (
            <li>
              <strong>
                <MilestoneText m={m} />
              </strong>{" "}
              {tr("coord.thanks.reachedOn", { date: formatDay(m.reachedOn) })}
              {" – "}
              <Show
                when={m.thankedOn}
                fallback={
                  <A href="/coordinator/thanks">{tr("coord.profile.milestones.notThanked")}</A>
                }
              >
                {tr("coord.profile.milestones.thanked", { date: formatDay(m.thankedOn ?? "") })}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </OrEmpty>
  );
}

/** Gatherings the volunteer was at (or not), milestones reached and thanked, and their choices. */
export function RecognitionSection(props: { page: VolunteerPage }) {
  const data = createLoader(() =>
    props.page.call(api.gatherings.volunteers[":id"].$get({ param: props.page.param() })),
  );
  onMount(() => void data.reload());
  return (
    <section aria-labelledby="v-recognition-title" data-testid="volunteer-recognition">
      <h2 id="v-recognition-title">{tr("coord.profile.recognition")}</h2>
      <Loaded loader={data}>
        {(d) => (
          <>
            <h3>{tr("coord.profile.gatherings")}</h3>
            <Gathered data={d()} />
            <h3>{tr("coord.profile.milestones")}</h3>
            <Milestones data={d()} />
            <h3>{tr("coord.profile.choices")}</h3>
            <dl class="facts" data-testid="volunteer-choices">
              <Fact term={tr("coord.thanks.messages")}>
                {d().preferences.noThanks
                  ? tr("coord.thanks.messages.no")
                  : tr("coord.thanks.messages.yes")}
              </Fact>
              <Fact term={tr("coord.thanks.namedPublicly")}>
                {d().preferences.namedPublicly
                  ? tr("coord.thanks.namedPublicly.yes")
                  : tr("coord.thanks.namedPublicly.no")}
              </Fact>
              <Show when={d().preferences.lastThankedOn}>
                {(on) => <Fact term={tr("coord.thanks.last")}>{formatDay(on())}</Fact>}
              </Show>
            </dl>
          </>
        )}
      </Loaded>
    </section>
  );
}
