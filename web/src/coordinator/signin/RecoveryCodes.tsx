import { createSignal, For, onMount } from "solid-js";
import { tr, useTitle } from "../../lib/i18n.ts";
import { type Flash, StatusMessage } from "../../lib/ui.tsx";

/** The recovery codes, shown once after enrolment; the heading takes focus when they appear. */
export function RecoveryCodes(props: { codes: string[]; onContinue: () => void }) {
  const [copied, setCopied] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  useTitle(() => tr("signin.enrol.codes.title"));

  async function copyCodes() {
    try {
      await navigator.clipboard.writeText(props.codes.join("\n"));
      setCopied({ kind: "success", text: tr("signin.enrol.codes.copied") });
    } catch {
      setCopied({ kind: "error", text: tr("signin.enrol.codes.copyFailed") });
    }
  }

  return (
    <>
      <h1 ref={heading} tabindex="-1">
        {tr("signin.enrol.codes.title")}
      </h1>
      <div class="warning-box">
        <p>
          <strong>{tr("signin.enrol.codes.warning")}</strong>
        </p>
        <p>{tr("signin.enrol.codes.body")}</p>
      </div>
      <ol class="recovery-codes" data-testid="recovery-codes">
        <For each={props.codes}>
          {(item) => (
            <li>
              <code>{item}</code>
            </li>
          )}
        </For>
      </ol>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={() => void copyCodes()}>
          {tr("signin.enrol.codes.copy")}
        </button>
        <button type="button" id="enrol-continue" class="button" onClick={() => props.onContinue()}>
          {tr("signin.enrol.codes.continue")}
        </button>
      </div>
      <StatusMessage message={copied()} />
    </>
  );
}
