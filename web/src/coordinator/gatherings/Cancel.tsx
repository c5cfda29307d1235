import { createSignal, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, Notice } from "../../lib/ui.tsx";
import type { GatheringPageData } from "./page.ts";

/**
 * Cancelling a gathering, last on its page and behind a confirmation that says who is told: those
 * coming, maybe coming or waiting get an email. It can't be undone.
 */
export function CancelSection(props: { page: GatheringPageData; flash: (f: Flash) => void }) {
  const g = () => props.page.detail().gathering;
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  let opener: HTMLButtonElement | undefined;

  async function cancel() {
    setBusy(true);
    setFailure(undefined);
    const result = await props.page.call(
      api.gatherings[":id"].cancel.$post({
        param: props.page.param(),
        json: { version: g().version },
      }),
    );
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      await props.page.reload();
      return props.flash({ kind: "success", text: tr("coord.gathering.cancelled") });
    }
    if (redirected(result)) return;
    setFailure(
      result.kind === "rejected" && result.code === "conflict"
        ? tr("coord.gathering.conflict")
        : failureText(result),
    );
    focusSoon(() => opener);
  }

  return (
    <section aria-labelledby="cancel-title">
      <h2 id="cancel-title">{tr("coord.gathering.cancel.title")}</h2>
      <Notice alert text={failure()} testId="cancel-failure" />
      <Show
        when={confirming()}
        fallback={
          <OpenButton
            id="gathering-cancel"
            ref={opener}
            class="button button--secondary"
            label={tr("coord.gathering.cancelGathering")}
            onClick={() => setConfirming(true)}
          />
        }
      >
        <ConfirmPanel
          id="cancel-confirm-form"
          title={tr("coord.gathering.cancel.confirmTitle")}
          confirmId="gathering-cancel-confirm"
          confirmLabel={tr("coord.gathering.cancel.confirm")}
          busy={busy()}
          onConfirm={() => void cancel()}
          onCancel={() => {
            setConfirming(false);
            focusSoon(() => opener);
          }}
        >
          <p>
            {tr(
              g().status === "published"
                ? "coord.gathering.cancel.whoPublished"
                : "coord.gathering.cancel.whoDraft",
            )}
          </p>
        </ConfirmPanel>
      </Show>
    </section>
  );
}
