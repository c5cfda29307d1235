import { createSignal, Show } from "solid-js";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { useMe } from "../session.ts";
import { closed } from "../types.ts";
import type { RequestPage } from "./page.ts";

/**
 * Who handles the request: "I'll handle this", letting it go, or taking it over from a
 * colleague. The change names the owner the coordinator saw; if someone changed it meanwhile,
 * the page shows who has it now and says so.
 */
export function OwnerControl(props: { page: RequestPage }) {
  const p = props.page;
  const r = p.request;
  const me = useMe();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const mine = () => r().ownerId === me().id;
  const ownerText = () => {
    const request = r();
    if (!request.ownerId) return tr("detail.owner.nobody");
    return request.ownerId === me().id ? tr("detail.owner.you") : (request.ownerName ?? "");
  };

  async function change(take: boolean) {
    if (busy()) return;
    setBusy(true);
    setMessage(undefined);
    const result = await p.call(
      api.requests[":id"].owner.$post({
        param: p.param(),
        json: { take, seen: r().ownerId ?? null },
      }),
    );
    if (!result.ok && redirected(result)) return setBusy(false);
    await p.reload();
    setBusy(false);
    if (result.ok) {
      setMessage({
        kind: "success",
        text: tr(take ? "detail.owner.taken" : "detail.owner.released"),
      });
    } else if (result.kind === "rejected" && result.code === "conflict") {
      setMessage({ kind: "error", text: tr("detail.owner.conflict", { owner: ownerText() }) });
    } else {
      setMessage({ kind: "error", text: failureText(result) });
    }
    focusSoon(() => document.getElementById(mine() ? "owner-release" : "owner-take") ?? undefined);
  }

  return (
    <div class="owner" data-testid="owner">
      <p class="owner__who">
        {tr("detail.owner.label")}{" "}
        <strong data-testid="detail-owner" data-owner={r().ownerId ?? ""}>
          {ownerText()}
        </strong>
      </p>
      <Show when={!closed.includes(r().status)}>
        <Show
          when={mine()}
          fallback={
            <button
              type="button"
              id="owner-take"
              class="button button--small"
              classList={{ "button--secondary": !!r().ownerId }}
              disabled={busy()}
              aria-busy={busy()}
              onClick={() => void change(true)}
            >
              {r().ownerId ? tr("detail.owner.takeOver") : tr("detail.owner.take")}
            </button>
          }
        >
          <button
            type="button"
            id="owner-release"
            class="button button--secondary button--small"
            disabled={busy()}
            aria-busy={busy()}
            onClick={() => void change(false)}
          >
            {tr("detail.owner.release")}
          </button>
        </Show>
      </Show>
      <StatusMessage message={message()} id="owner-message" testId="owner-message" />
    </div>
  );
}
