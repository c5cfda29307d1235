import { createSignal, type JSX, Show } from "solid-js";
import { BusyButton } from "../../lib/actions.tsx";
import type { ApiResult } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { focusSoon } from "../../lib/focus.ts";
import { formatDateTime } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { daysLeft, type ErasureMark, type Subject, texts, undoable } from "./erasure.ts";

/**
 * An erased person's banner: when, and undo while the 7 days last. Takes focus after the erasure
 * (`ref`), so the coordinator hears what happened and where the undo is.
 */
export function ErasureBanner(props: {
  subject: Subject;
  erasure: ErasureMark | undefined;
  at: string | undefined;
  undo: (id: string) => Promise<ApiResult<unknown>>;
  reload: () => Promise<void>;
  ref?: (el: HTMLDivElement) => void;
}): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  const open = () => undoable(props.erasure);
  async function undo(id: string) {
    if (busy()) return;
    setBusy(true);
    const result = await props.undo(id);
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    if (result.ok) {
      await props.reload();
      setMessage({ kind: "success", text: tr(texts(props.subject, "undo.done")) });
      return focusSoon(() => document.getElementById("undo-message") ?? undefined);
    }
    setMessage({ kind: "error", text: failureText(result) });
  }
  return (
    <>
      <Show when={open()}>
        {(erasure) => (
          <div
            class="notice notice--erased"
            data-testid="erasure-banner"
            tabindex="-1"
            ref={props.ref}
          >
            <p>
              {tr(texts(props.subject, "erased"), {
                date: formatDateTime(props.at ?? ""),
              })}
            </p>
            <p>
              {tr("personal.undo.until", {
                date: formatDateTime(erasure().undoUntil),
                days: daysLeft(erasure().undoUntil),
              })}
            </p>
            <BusyButton
              type="button"
              id="erasure-undo"
              class="button button--secondary"
              busy={busy()}
              label={tr("personal.undo")}
              busyLabel={tr("ui.working")}
              onClick={() => void undo(erasure().id)}
            />
          </div>
        )}
      </Show>
      <div id="undo-message" tabindex="-1">
        <StatusMessage message={message()} testId="undo-message" />
      </div>
    </>
  );
}
