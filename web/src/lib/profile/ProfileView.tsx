import { For } from "solid-js";
import { formatDate } from "../format.ts";
import { languageName, sectorName, tr } from "../i18n.ts";
import { Fact } from "../ui.tsx";
import type { Profile } from "./types.ts";

/** "9.00" from "09:00", as Finnish and Swedish write times. */
export const formatTime = (time: string) => time.replace(/^0(\d)/, "$1");

export const dateRange = (from: string, to: string) =>
  from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;

/** The profile as text: the same facts the form asks, in the same order. */
export function ProfileView(props: { profile: Profile; id?: string }) {
  const p = () => props.profile;
  const list = (items: string[]) => items.join(", ");
  return (
    <dl class="facts" id={props.id} data-testid="profile-view">
      <Fact term={tr("volunteer.profile.weekly")} when={p().availability.weekly.length > 0}>
        <ul class="plain-list">
          <For each={p().availability.weekly}>
            {(w) => (
              <li>
                {tr(`volunteer.day.${w.day as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)} {formatTime(w.from)}–
                {formatTime(w.to)}
              </li>
            )}
          </For>
        </ul>
      </Fact>
      <Fact term={tr("volunteer.profile.maxVisits")}>
        {tr("volunteer.profile.maxVisits.value", { count: p().availability.maxVisitsPerMonth })}
      </Fact>
      <Fact term={tr("volunteer.profile.away")} when={p().availability.away.length > 0}>
        <ul class="plain-list">
          <For each={p().availability.away}>{(a) => <li>{dateRange(a.from, a.to)}</li>}</For>
        </ul>
      </Fact>
      <Fact term={tr("volunteer.profile.languages")}>
        {list(
          p().languages.map(
            (l) => `${languageName(l.code)} (${tr(`volunteer.level.${l.level}`).toLowerCase()})`,
          ),
        )}
      </Fact>
      <Fact term={tr("volunteer.profile.areas")}>{list(p().areas)}</Fact>
      <Fact term={tr("volunteer.profile.travel")} when={p().travel.length > 0}>
        {list(p().travel.map((m) => tr(`volunteer.travel.${m}`)))}
      </Fact>
      <Fact term={tr("volunteer.profile.sectors")} when={p().sectors.length > 0}>
        {list(p().sectors.map(sectorName))}
      </Fact>
      <Fact term={tr("volunteer.profile.avoidSectors")} when={p().avoidSectors.length > 0}>
        {list(p().avoidSectors.map(sectorName))}
      </Fact>
      <Fact term={tr("volunteer.profile.strengths")} when={p().strengths}>
        <span class="prewrap">{p().strengths}</span>
      </Fact>
      <Fact term={tr("volunteer.profile.interests")} when={p().interests}>
        <span class="prewrap">{p().interests}</span>
      </Fact>
      <Fact term={tr("volunteer.profile.challenges")} when={p().challenges}>
        <span class="prewrap">{p().challenges}</span>
      </Fact>
      <Fact term={tr("volunteer.profile.digitalSkills")} when={p().digitalSkills}>
        {tr(`volunteer.digital.${p().digitalSkills ?? "basic"}`)}
      </Fact>
      <Fact term={tr("volunteer.profile.gender")} when={p().gender}>
        {tr(`volunteer.gender.${p().gender ?? "other"}`)}
      </Fact>
      <Fact term={tr("volunteer.profile.section.messages")} when={p().messages}>
        {tr(`volunteer.messages.${p().messages ?? "email"}`)}
      </Fact>
    </dl>
  );
}
