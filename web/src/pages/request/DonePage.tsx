import { A, Navigate } from "@solidjs/router";
import { For, Show } from "solid-js";
import { tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { ContactDetails, reachable, useContact } from "../contact.tsx";
import { loadResult } from "./storage.ts";

/**
 * The confirmation after a request was accepted; survives a reload of this tab. Beside "give the
 * reference number when you contact us" it says how: the association's phone, hours and email
 * (whatever of them it has filled in).
 */
export default function DonePage() {
  const result = loadResult();
  const contact = useContact();
  if (!result) return <Navigate href="/" />;
  return (
    <>
      <div class="panel panel--success">
        <PageHeading title={tr("done.title")} />
        <p class="panel__label">{tr("done.reference")}</p>
        <p class="reference">
          <bdi>
            <strong data-testid="reference">{result.reference}</strong>
          </bdi>
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
      <Show when={reachable(contact()) ? contact() : undefined}>
        {(found) => (
          <section aria-labelledby="done-contact">
            <h2 id="done-contact">{tr("done.contact.title")}</h2>
            <ContactDetails contact={found()} />
          </section>
        )}
      </Show>
      <p>
        <A href="/" class="button button--secondary" id="another-request">
          {tr("done.another")}
        </A>
      </p>
    </>
  );
}
