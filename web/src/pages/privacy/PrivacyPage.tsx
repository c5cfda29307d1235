import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { formatDate } from "../../lib/format.ts";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { ContactDetails, reachable, useContact, withElement } from "../contact.tsx";
import { lazyTexts, WithTexts } from "../statement.tsx";

/**
 * The built-in privacy notice, in plain language: who keeps the details (the association, by
 * its name), what is kept and why, how long, who sees it, the person's rights and whom to ask.
 * General and honest: it promises nothing the software or the association does not do. An
 * association with its own notice sets its address, and the form links there instead.
 *
 * The notice's text is versioned in core (a hash of its exact words in every language) and comes
 * from the API when the page opens, with its version and date: what is read here is what a
 * consent names, and the request form does not carry these texts.
 */

const [shown, setShown] = createSignal<{ version: string; since: string }>();

const loadTexts = lazyTexts(async () => {
  const { api, call } = await import("../../lib/api.ts");
  const result = await call(api.privacy.$get());
  if (!result.ok) throw new Error("the privacy notice could not be had");
  setShown({ version: result.data.version, since: result.data.since });
  return result.data.texts;
});

const section = (id: string, title: MessageKey, items: readonly MessageKey[]) => ({
  id,
  title,
  items,
});

const sections = [
  section("privacy-what", "privacy.what.title", [
    "privacy.what.request",
    "privacy.what.visit",
    "privacy.what.volunteer",
    "privacy.what.why",
    "privacy.what.choices",
  ]),
  section("privacy-keep", "privacy.keep.title", ["privacy.keep.body"]),
  section("privacy-see", "privacy.see.title", [
    "privacy.see.coordinators",
    "privacy.see.volunteer",
    "privacy.see.services",
  ]),
] as const;

const ombudsman = "https://tietosuoja.fi";

export default function PrivacyPage() {
  return (
    <WithTexts load={loadTexts}>
      <Notice />
    </WithTexts>
  );
}

function Notice() {
  const contact = useContact();
  return (
    <article class="privacy">
      <PageHeading title={tr("privacy.title")} />
      <p class="lead">{tr("privacy.intro")}</p>
      <Show when={shown()}>
        {(notice) => (
          <p class="hint" data-testid="privacy-version">
            {tr("privacy.version", {
              version: notice().version,
              date: formatDate(`${notice().since}T12:00:00Z`),
            })}{" "}
            {tr("privacy.changes")}
          </p>
        )}
      </Show>

      <section aria-labelledby="privacy-who">
        <h2 id="privacy-who">{tr("privacy.who.title")}</h2>
        <p data-testid="privacy-who">
          {/* Named once the admin has filled in its details: until then the name is the software's. */}
          <Show
            when={reachable(contact()) ? contact()?.name : undefined}
            fallback={tr("privacy.who.unknown")}
          >
            {(name) => tr("privacy.who.body", { name: name() })}
          </Show>
        </p>
      </section>

      <For each={sections}>
        {(part) => (
          <section aria-labelledby={part.id}>
            <h2 id={part.id}>{tr(part.title)}</h2>
            <For each={part.items}>{(item) => <p>{tr(item)}</p>}</For>
          </section>
        )}
      </For>

      <section aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">{tr("privacy.rights.title")}</h2>
        <ul>
          <For
            each={
              [
                "privacy.rights.see",
                "privacy.rights.correct",
                "privacy.rights.remove",
                "privacy.rights.withdraw",
              ] as const
            }
          >
            {(item) => <li>{tr(item)}</li>}
          </For>
          <li>
            {withElement(
              tr("privacy.rights.complain"),
              "link",
              <a href={ombudsman}>tietosuoja.fi</a>,
            )}
          </li>
        </ul>
      </section>

      <section aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">{tr("privacy.contact.title")}</h2>
        <Show
          when={reachable(contact()) ? contact() : undefined}
          fallback={<p>{tr("privacy.contact.none")}</p>}
        >
          {(found) => (
            <>
              <p>{tr("privacy.contact.body")}</p>
              <ContactDetails contact={found()} />
            </>
          )}
        </Show>
      </section>

      <p>
        <A href="/">{tr("privacy.back")}</A>
      </p>
    </article>
  );
}
