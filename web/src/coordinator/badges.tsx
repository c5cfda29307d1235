import { tr } from "../lib/i18n.ts";
import type { Status } from "./types.ts";

/** A request's status as text (colour only helps). */
export function StatusBadge(props: { status: Status; testId?: string }) {
  return (
    <span class={`badge badge--${props.status}`} data-testid={props.testId}>
      {tr(`status.${props.status}`)}
    </span>
  );
}

export function UrgentBadge() {
  return <span class="badge badge--urgent">{tr("inbox.urgent")}</span>;
}
