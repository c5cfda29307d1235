import { A, Navigate } from "@solidjs/router";
import { For, Show } from "solid-js";
import { focusHeadingOnNavigation } from "../../lib/focus.ts";
import { tr, useTitle } from "../../lib/i18n.ts";
import { loadResult } from "./storage.ts";

/** The confirmation after a request was accepted; survives a reload of this tab. */
export default function DonePage() {
  const result = loadResult();
  if (!result) return <Navigate href="/" />;
  useTitle(() => tr("done.title"));
  const headingRef = focusHeadingOnNavigation();
  return (
    <>
      <div class="panel panel--success">
        <h1 ref={headingRef} tabindex="-1">
          {tr("done.title")}
        </h1>
        <p class="panel__label">{tr("done.reference")}</p>
        <p class="reference">
          <strong data-testid="reference">{result.reference}</strong>
        </p>
      </div>
      <Show when={result.confirmationEmail}>
        <p data-testid="email-sent">{tr("done.emailSent")}</p>
      </Show>
      <h2>{tr("done.next.title")}</h2>
      <ol class="steps">
        <For each={["done.next.1", "done.next.2", "done.next.3"] as const}>
          {(key) => <li>{tr(key)}</li>}
        </For>
      </ol>
      <p>
        <A href="/" class="button button--secondary" id="another-request">
          {tr("done.another")}
        </A>
      </p>
    </>
  );
}
