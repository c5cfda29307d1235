import { Show } from "solid-js";
import { formatDate } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import type { VolunteerStatus } from "../../lib/profile/types.ts";

/** A volunteer's status as text (colour only helps); a pause shows until when. */
export function VolunteerBadge(props: {
  status: VolunteerStatus;
  pausedUntil?: string | undefined;
  testId?: string;
}) {
  return (
    <span class={`badge badge--v-${props.status}`} data-testid={props.testId}>
      {tr(`volunteer.status.${props.status}`)}
      <Show when={props.status === "paused" && props.pausedUntil}>
        {(until) => ` ${tr("bank.pausedUntil", { date: formatDate(until()) })}`}
      </Show>
    </span>
  );
}
