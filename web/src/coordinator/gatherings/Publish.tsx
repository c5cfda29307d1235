import { createSignal, For, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { api } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, Notice } from "../../lib/ui.tsx";
import { detailLabel } from "./DetailsFields.tsx";
import { missingToPublish } from "./details.ts";
import type { GatheringPageData } from "./page.ts";

/**
 * Publishing a completed draft, after a confirmation that says what happens: the invitations go
 * by email within about ten minutes (the gatherings job), and publishing can't be undone.
 */
export function PublishSection(props: { page: GatheringPageData; flash: (f: Flash) => void }) {
  const g = () => props.page.detail().gathering;
  const missing = () => missingToPublish(g());
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  let opener: HTMLButtonElement | undefined;

  async function publish() {
    setBusy(true);
    setFailure(undefined);
    const result = await props.page.call(
      api.gatherings[":id"].publish.$post({
        param: props.page.param(),
        json: { version: g().version },
      }),
    );
    setBusy(false);
    setConfirming(false);
    if (result.ok) {
      props.page.set({ ...props.page.detail(), gathering: result.data });
      return props.flash({ kind: "success", text: tr("coord.gathering.published") });
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
    <section aria-labelledby="publish-title">
      <h2 id="publish-title">{tr("coord.gathering.publish.title")}</h2>
      <Show
        when={missing().length === 0}
        fallback={
          <div data-testid="publish-missing">
            <p>{tr("coord.gathering.publish.missing")}</p>
            <ul>
              <For each={missing()}>{(field) => <li>{detailLabel(field)}</li>}</For>
            </ul>
          </div>
        }
      >
        <p>{tr("coord.gathering.publish.lead")}</p>
        <Notice alert text={failure()} testId="publish-failure" />
        <Show
          when={confirming()}
          fallback={
            <OpenButton
              id="gathering-publish"
              ref={opener}
              class="button"
              label={tr("coord.gathering.publish")}
              onClick={() => setConfirming(true)}
            />
          }
        >
          <ConfirmPanel
            id="publish-confirm-form"
            tone="plain"
            title={tr("coord.gathering.publish.confirmTitle")}
            confirmId="gathering-publish-confirm"
            confirmLabel={tr("coord.gathering.publish.confirm")}
            busy={busy()}
            onConfirm={() => void publish()}
            onCancel={() => {
              setConfirming(false);
              focusSoon(() => opener);
            }}
          >
            <p>
              {tr(
                g().alsoInvite.includes("in_training")
                  ? "coord.gathering.publish.whoWithTraining"
                  : "coord.gathering.publish.who",
              )}
            </p>
            <p>{tr("coord.gathering.publish.when")}</p>
          </ConfirmPanel>
        </Show>
      </Show>
    </section>
  );
}
