import { formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import type { SeasonName as Name } from "./gatherings.ts";
import type { Gathering } from "./types.ts";

/** Small pieces the gatherings pages share: a gathering's state, a season's name, its seats. */

export function GatheringBadge(props: { status: Gathering["status"] }) {
  return (
    <span class={`badge badge--gathering-${props.status}`} data-testid="gathering-status">
      {tr(`coord.gatherings.status.${props.status}`)}
    </span>
  );
}

/** "Kevät 2027". */
export function SeasonName(props: { year: number; name: Name }) {
  return <>{tr(`alerts.season.${props.name}`, { year: props.year })}</>;
}

/** "3 / 20" seats taken, or "3 (no limit)". */
export const seatsText = (seated: number, capacity: number | undefined) =>
  capacity === undefined
    ? tr("coord.gatherings.seats.open", { seated: formatNumber(seated) })
    : tr("coord.gatherings.seats", {
        seated: formatNumber(seated),
        capacity: formatNumber(capacity),
      });
