import { helsinkiDate } from "@rinnalla/core/util";
import { createSignal, For, onMount } from "solid-js";
import { api } from "../../lib/api.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { useApi } from "../api.ts";
import type { Due } from "../gatherings/types.ts";
import { ThanksRow } from "./ThanksRow.tsx";

/**
 * Due for thanks: one row per volunteer whose milestones nobody has thanked for yet, each with a
 * message drafted to edit and send. A thanked volunteer leaves the list; the page says so.
 */
export default function ThanksPage() {
  const call = useApi();
  const list = createLoader(() => call(api.thanks.due.$get()));
  onMount(() => void list.reload());
  const today = helsinkiDate(new Date());
  const [flash, setFlash] = createSignal<Flash>();
  let region: HTMLDivElement | undefined;

  const thanked = (due: Due, how: "email" | "in_person") => {
    const current = list.data();
    if (current) list.set({ due: current.due.filter((d) => d.volunteerId !== due.volunteerId) });
    setFlash({
      kind: "success",
      text: tr(how === "email" ? "coord.thanks.sent" : "coord.thanks.recorded", { name: due.name }),
    });
    focusSoon(() => region);
  };

  return (
    <div>
      <PageHeading title={tr("coord.thanks.title")} />
      <p class="lead">{tr("coord.thanks.lead")}</p>
      <div ref={region} tabindex="-1" class="focus-target">
        <StatusMessage message={flash()} testId="thanks-message" />
      </div>
      <Loaded loader={list}>
        {(data) => (
          <>
            <p class="table-count" data-testid="thanks-count">
              {tr("coord.thanks.count", { count: formatNumber(data().due.length) })}
            </p>
            <OrEmpty
              when={data().due.length > 0}
              text={tr("coord.thanks.empty")}
              testId="thanks-empty"
            >
              <ul class="thanks-list" data-testid="thanks-list">
                <For each={data().due}>
                  {(due) => <ThanksRow due={due} today={today} call={call} thanked={thanked} />}
                </For>
              </ul>
            </OrEmpty>
          </>
        )}
      </Loaded>
    </div>
  );
}
