import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { api, params } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatDateTime } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, OrEmpty } from "../../lib/ui.tsx";
import type { Caller } from "../api.ts";
import { DataTable } from "../table.tsx";
import type { Request } from "../types.ts";
import { type OfferView, offerStatusLabels } from "./matching.ts";

const When = (props: { at: string | undefined }) => (
  <Show when={props.at} fallback={<span class="muted">–</span>}>
    {(at) => <time datetime={at()}>{formatDateTime(at())}</time>}
  </Show>
);

/** Every offer of the request, newest first; a pending one can be withdrawn (after a confirm). */
export function Offers(props: {
  request: Request;
  offers: OfferView[];
  call: Caller;
  finished: (message: Flash) => Promise<void>;
}) {
  const [withdrawing, setWithdrawing] = createSignal<OfferView>();
  const [busy, setBusy] = createSignal(false);
  const buttonId = (offer: OfferView) => `withdraw-${offer.volunteerId}`;

  async function withdraw(offer: OfferView) {
    if (busy()) return;
    setBusy(true);
    const result = await props.call(
      api.requests[":id"].offers[":volunteerId"].withdraw.$post({
        param: params({ id: props.request.id, volunteerId: offer.volunteerId }),
      }),
    );
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    setWithdrawing(undefined);
    await props.finished(
      result.ok
        ? {
            kind: "success",
            text: tr("detail.offers.withdraw.done", { name: offer.volunteerName }),
          }
        : {
            kind: "error",
            text:
              result.kind === "rejected" && result.status === 409
                ? tr("detail.conflict")
                : failureText(result),
          },
    );
  }

  return (
    <OrEmpty when={props.offers.length > 0} text={tr("detail.offers.none")} testId="offers-empty">
      <DataTable
        testId="offers-table"
        caption={tr("detail.offers.caption")}
        columns={[
          "detail.offers.col.volunteer",
          "detail.offers.col.status",
          "detail.offers.col.sent",
          "detail.offers.col.expires",
          "detail.offers.col.answered",
          "detail.offers.col.reason",
          "detail.offers.col.actions",
        ]}
        rows={props.offers}
      >
        {(offer) => (
          <tr data-testid="offer-row" data-status={offer.status}>
            <th scope="row">
              <A href={`/coordinator/volunteers/${encodeURIComponent(offer.volunteerId)}`}>
                {offer.volunteerName}
              </A>
            </th>
            <td>
              <span class={`badge badge--offer-${offer.status}`}>
                {tr(offerStatusLabels[offer.status])}
              </span>
              <Show when={offer.via === "phone"}>
                {" "}
                <span class="muted">({tr("detail.offers.viaPhone")})</span>
              </Show>
            </td>
            <td>
              <When at={offer.createdAt} />
            </td>
            <td>
              <When at={offer.status === "pending" ? offer.expiresAt : undefined} />
            </td>
            <td>
              <When at={offer.answeredAt} />
            </td>
            <td class="prewrap">{offer.reason ?? ""}</td>
            <td>
              <Show when={offer.status === "pending"}>
                <OpenButton
                  id={buttonId(offer)}
                  class="button button--warning-outline button--small"
                  expanded={withdrawing()?.volunteerId === offer.volunteerId}
                  disabled={busy()}
                  onClick={() => setWithdrawing(offer)}
                  label={
                    <>
                      {tr("detail.offers.withdraw")}
                      <span class="visually-hidden">
                        {" "}
                        {tr("detail.offers.withdraw.context", { name: offer.volunteerName })}
                      </span>
                    </>
                  }
                />
              </Show>
            </td>
          </tr>
        )}
      </DataTable>
      <Show when={withdrawing()}>
        {(offer) => (
          <ConfirmPanel
            id="withdraw-panel"
            title={tr("detail.offers.withdraw.title", { name: offer().volunteerName })}
            confirmId="withdraw-confirm"
            confirmLabel={tr("detail.offers.withdraw.confirm")}
            busy={busy()}
            onConfirm={() => void withdraw(offer())}
            onCancel={() => {
              const id = buttonId(offer());
              setWithdrawing(undefined);
              focusSoon(() => document.getElementById(id) ?? undefined);
            }}
          >
            <p>{tr("detail.offers.withdraw.body", { name: offer().volunteerName })}</p>
          </ConfirmPanel>
        )}
      </Show>
    </OrEmpty>
  );
}
