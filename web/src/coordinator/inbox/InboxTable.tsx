import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { formatAppointment } from "../../lib/format.ts";
import { type MessageKey, sectorName, tr } from "../../lib/i18n.ts";
import { StatusBadge, UrgentBadge } from "../badges.tsx";
import { useMe } from "../session.ts";
import { DataTable } from "../table.tsx";
import type { RequestSummary } from "../types.ts";

const columns: MessageKey[] = [
  "inbox.col.reference",
  "inbox.col.appointment",
  "inbox.col.status",
  "inbox.col.client",
  "inbox.col.sector",
  "inbox.col.municipality",
  "inbox.col.owner",
];

/** Who handles the request: "you", a colleague's name, or nobody yet. */
function Owner(props: { request: RequestSummary }) {
  const me = useMe();
  return (
    <Show
      when={props.request.ownerId}
      fallback={
        <span class="muted">
          <span aria-hidden="true">–</span>
          <span class="visually-hidden">{tr("inbox.owner.nobody")}</span>
        </span>
      }
    >
      <Show when={props.request.ownerId === me().id} fallback={props.request.ownerName}>
        <strong>{tr("inbox.owner.you")}</strong>
      </Show>
    </Show>
  );
}

/**
 * The requests table: one row per request, soonest appointment first, with its status,
 * urgency and owner. On a phone each row is a card.
 */
export function InboxTable(props: { caption: string; requests: RequestSummary[] }) {
  const label = (key: MessageKey) => tr(key);
  return (
    <DataTable
      testId="inbox-table"
      caption={props.caption}
      columns={columns}
      rows={props.requests}
      stacked
    >
      {(request) => (
        <tr
          data-testid="inbox-row"
          data-id={request.id}
          classList={{ "row--urgent": request.urgent }}
        >
          <th scope="row">
            <A href={`/coordinator/requests/${encodeURIComponent(request.id)}`}>
              {request.reference}
            </A>
            <Show when={request.urgent}>
              {" "}
              <UrgentBadge />
            </Show>
          </th>
          <td data-label={label("inbox.col.appointment")} class="nowrap-sm">
            <time datetime={request.startsAt}>{formatAppointment(request.startsAt)}</time>
          </td>
          <td data-label={label("inbox.col.status")}>
            <StatusBadge status={request.status} />
          </td>
          <td data-label={label("inbox.col.client")}>{request.clientName}</td>
          <td data-label={label("inbox.col.sector")}>{sectorName(request.sector)}</td>
          <td data-label={label("inbox.col.municipality")}>{request.municipality}</td>
          <td data-label={label("inbox.col.owner")} data-testid="inbox-owner">
            <Owner request={request} />
          </td>
        </tr>
      )}
    </DataTable>
  );
}
