import { createSignal, For, Show } from "solid-js";
import { ConfirmPanel } from "../../lib/actions.tsx";
import type { ApiResult } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextArea } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { formatDate } from "../../lib/format.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";
import { CertificateChoice } from "./CertificateChoice.tsx";
import { type Certificates, type ExportFormat, formats, type Subject, texts } from "./erasure.ts";

export type { Certificates, Subject };

/**
 * A person's data on their page in the workspace (a request's client, a volunteer): download it,
 * keep it under a legal hold, erase it behind a confirmation; the erasure's undo banner is
 * separate, at the top of the page. Folded by default: it is rarely what the page is for.
 */

export interface LegalHoldMark {
  at: string;
  by: string;
  reason: string;
}

export function PersonalDataSection(props: {
  subject: Subject;
  version: number;
  legalHold: LegalHoldMark | undefined;
  anonymised: boolean;
  /** Whether erasing is offered now (a request: once closed); `eraseBlocked` says why not. */
  canErase: boolean;
  eraseBlocked?: MessageKey;
  exportHref: (format: ExportFormat) => string;
  hold: (body: { version: number; hold: boolean; reason?: string }) => Promise<ApiResult<unknown>>;
  erase: (certificates: Certificates) => Promise<ApiResult<{ id: string; undoUntil: string }>>;
  /** After a change: the page loads again (its version moved). */
  reload: () => Promise<void>;
  /** After an erasure: the page shows its banner, which takes focus. */
  erased: () => void;
}) {
  const [open, setOpen] = createSignal(false);
  const [step, setStep] = createSignal<"hold" | "release" | "erase">();
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const [certificates, setCertificates] = createSignal<Certificates>("keep");
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;
  const opener = (id: string) => () => document.getElementById(id) ?? undefined;
  const close = (backTo: string) => {
    setStep(undefined);
    focusSoon(opener(backTo));
  };

  async function changeHold(hold: boolean) {
    if (busy()) return;
    const why = reason().trim();
    if (hold && !why) {
      setReasonError(tr("error.required"));
      return focusSoon(opener("hold-reason"));
    }
    setReasonError(undefined);
    setBusy(true);
    const result = await props.hold({
      version: props.version,
      hold,
      ...(hold && { reason: why }),
    });
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    if (!result.ok && result.kind === "validation" && result.fields.reason) {
      setReasonError(result.fields.reason);
      return focusSoon(opener("hold-reason"));
    }
    setStep(undefined);
    if (result.ok) {
      setReason("");
      await props.reload();
      setMessage({
        kind: "success",
        text: tr(hold ? "personal.hold.done" : "personal.release.done"),
      });
    } else {
      // A colleague changed it meanwhile: what is shown is what now holds.
      if (result.kind === "rejected" && result.status === 409) await props.reload();
      setMessage({ kind: "error", text: failureText(result) });
    }
    focusSoon(() => heading);
  }

  async function erase() {
    if (busy()) return;
    setBusy(true);
    const result = await props.erase(certificates());
    setBusy(false);
    if (!result.ok && redirected(result)) return;
    setStep(undefined);
    if (result.ok) {
      setMessage(undefined);
      await props.reload();
      return props.erased();
    }
    setMessage({ kind: "error", text: failureText(result) });
    focusSoon(() => heading);
  }

  return (
    <section aria-labelledby="personal-title" class="personal-data" data-testid="personal-data">
      <h2 id="personal-title" ref={heading} tabindex="-1">
        {tr("personal.title")}
      </h2>
      <Show when={props.legalHold}>
        {(hold) => (
          <p class="panel-note" data-testid="legal-hold">
            {tr("personal.hold.on", { date: formatDate(hold().at), by: hold().by })}{" "}
            <span class="prewrap">{hold().reason}</span>
          </p>
        )}
      </Show>
      <Show when={props.anonymised}>
        <p class="panel-note" data-testid="personal-anonymised">
          {tr(texts(props.subject, "anonymised"))}
        </p>
      </Show>
      <button
        type="button"
        id="personal-toggle"
        class="button button--secondary"
        aria-expanded={open()}
        aria-controls="personal-body"
        onClick={() => setOpen((now) => !now)}
      >
        {tr(open() ? "personal.hide" : "personal.show")}
      </button>
      <StatusMessage message={message()} id="personal-message" testId="personal-message" />
      <div id="personal-body" hidden={!open()}>
        <h3>{tr("personal.download.title")}</h3>
        <p>{tr(texts(props.subject, "download.intro"))}</p>
        <div class="button-row">
          <For each={formats}>
            {(format) => (
              <a
                class="button button--secondary"
                href={props.exportHref(format)}
                download=""
                data-testid={`personal-export-${format}`}
              >
                {tr(`personal.download.${format}`)}
              </a>
            )}
          </For>
        </div>

        <h3>{tr("personal.hold.title")}</h3>
        <p>{tr(texts(props.subject, "hold.intro"))}</p>
        <Show
          when={props.legalHold}
          fallback={
            <Show when={step() !== "hold" && !props.anonymised}>
              <button
                type="button"
                id="hold-open"
                class="button button--secondary"
                aria-expanded="false"
                onClick={() => {
                  setMessage(undefined);
                  setReasonError(undefined);
                  setStep("hold");
                }}
              >
                {tr("personal.hold.open")}
              </button>
            </Show>
          }
        >
          <Show when={step() !== "release"}>
            <button
              type="button"
              id="release-open"
              class="button button--secondary"
              aria-expanded="false"
              onClick={() => {
                setMessage(undefined);
                setStep("release");
              }}
            >
              {tr("personal.release.open")}
            </button>
          </Show>
        </Show>
        <Show when={step() === "hold"}>
          <ConfirmPanel
            id="hold-panel"
            title={tr("personal.hold.confirm.title")}
            confirmId="hold-confirm"
            confirmLabel={tr("personal.hold.confirm")}
            tone="plain"
            busy={busy()}
            onConfirm={() => void changeHold(true)}
            onCancel={() => close("hold-open")}
          >
            <p>{tr(texts(props.subject, "hold.body"))}</p>
            <TextArea
              id="hold-reason"
              name="reason"
              label={tr("personal.hold.reason")}
              hint={tr("personal.hold.reason.hint")}
              error={reasonError()}
              required
              rows={3}
              maxlength={300}
              value={reason()}
              onInput={setReason}
            />
          </ConfirmPanel>
        </Show>
        <Show when={step() === "release"}>
          <ConfirmPanel
            id="release-panel"
            title={tr("personal.release.confirm.title")}
            confirmId="release-confirm"
            confirmLabel={tr("personal.release.confirm")}
            tone="plain"
            busy={busy()}
            onConfirm={() => void changeHold(false)}
            onCancel={() => close("release-open")}
          >
            <p>{tr("personal.release.body")}</p>
          </ConfirmPanel>
        </Show>

        <h3>{tr(texts(props.subject, "erase.title"))}</h3>
        <Show
          when={props.canErase && !props.anonymised}
          fallback={
            <p class="muted" data-testid="erase-unavailable">
              {tr(
                props.anonymised
                  ? texts(props.subject, "anonymised")
                  : (props.eraseBlocked ?? texts(props.subject, "erase.notYet")),
              )}
            </p>
          }
        >
          <p>{tr(texts(props.subject, "erase.intro"))}</p>
          <Show when={step() !== "erase"}>
            <button
              type="button"
              id="erase-open"
              class="button button--warning"
              aria-expanded="false"
              onClick={() => {
                setMessage(undefined);
                setCertificates("keep");
                setStep("erase");
              }}
            >
              {tr(texts(props.subject, "erase.open"))}
            </button>
          </Show>
          <Show when={step() === "erase"}>
            <ConfirmPanel
              id="erase-panel"
              title={tr(texts(props.subject, "erase.confirm.title"))}
              confirmId="erase-confirm"
              confirmLabel={tr(texts(props.subject, "erase.confirm"))}
              busy={busy()}
              onConfirm={() => void erase()}
              onCancel={() => close("erase-open")}
            >
              <ul>
                <li>{tr(texts(props.subject, "erase.what"))}</li>
                <li>{tr(texts(props.subject, "erase.figures"))}</li>
                <li>{tr("personal.erase.undo")}</li>
              </ul>
              <Show when={props.subject === "volunteer"}>
                <CertificateChoice value={certificates()} onChange={setCertificates} />
              </Show>
            </ConfirmPanel>
          </Show>
        </Show>
      </div>
    </section>
  );
}
