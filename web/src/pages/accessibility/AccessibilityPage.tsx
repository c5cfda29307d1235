import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { type MessageKey, tr } from "../../lib/i18n.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { type Contact, ContactDetails, EmailLink, reachable, useContact } from "../contact.tsx";
import { lazyTexts, WithTexts } from "../statement.tsx";
import { FeedbackForm } from "./FeedbackForm.tsx";

/**
 * The accessibility statement the Act on the Provision of Digital Services asks for: what level
 * is reached, what is not accessible and the way around it, how it was assessed, where to give
 * feedback (the association's contact, from its settings, and a form answered within 14 days)
 * and the supervisory authority (from the settings too: Traficom's unless the admin changed it).
 * Honest about what is known: a self-assessment, no outside audit yet.
 */

const loadTexts = lazyTexts(() =>
  import("../../i18n/accessibility/index.ts").then((m) => m.accessibility),
);

const sections = [
  { id: "a11y-status", title: "a11y.status.title", items: ["a11y.status.body"] },
  {
    id: "a11y-gaps",
    title: "a11y.gaps.title",
    items: ["a11y.gaps.pdf", "a11y.gaps.charts", "a11y.gaps.review"],
  },
  { id: "a11y-other", title: "a11y.other.title", items: ["a11y.other.body"] },
  { id: "a11y-checked", title: "a11y.checked.title", items: ["a11y.checked.body"] },
] as const satisfies readonly { id: string; title: MessageKey; items: readonly MessageKey[] }[];

export default function AccessibilityPage() {
  return (
    <WithTexts load={loadTexts}>
      <Statement />
    </WithTexts>
  );
}

function Statement() {
  const contact = useContact();
  const named = () => (reachable(contact()) ? contact() : undefined);
  return (
    <article class="privacy">
      <PageHeading title={tr("a11y.title")} />
      <p class="lead">
        <Show when={named()?.name} fallback={tr("a11y.intro.unknown")}>
          {(name) => tr("a11y.intro", { name: name() })}
        </Show>
      </p>
      <For each={sections}>
        {(part) => (
          <section aria-labelledby={part.id}>
            <h2 id={part.id}>{tr(part.title)}</h2>
            <For each={part.items}>{(item) => <p>{tr(item)}</p>}</For>
          </section>
        )}
      </For>
      <section aria-labelledby="a11y-feedback">
        <h2 id="a11y-feedback">{tr("a11y.feedback.title")}</h2>
        <Show when={named()} fallback={<p>{tr("a11y.feedback.none")}</p>}>
          {(found) => (
            <>
              <p>{tr("a11y.feedback.body")}</p>
              <ContactDetails contact={found()} />
            </>
          )}
        </Show>
        <FeedbackForm />
      </section>
      <section aria-labelledby="a11y-authority">
        <h2 id="a11y-authority">{tr("a11y.authority.title")}</h2>
        <p>{tr("a11y.authority.body")}</p>
        <Show when={contact()?.authority}>{(authority) => <Authority {...authority()} />}</Show>
      </section>
      <p>
        <A href="/">{tr("a11y.back")}</A>
      </p>
    </article>
  );
}

/** The supervisory authority as the association's settings name it. */
function Authority(props: Contact["authority"]) {
  return (
    <div class="contact-details" data-testid="a11y-authority">
      <p class="contact-details__name">{props.name ?? tr("a11y.authority.defaultName")}</p>
      <dl>
        <dt>{tr("a11y.authority.email")}</dt>
        <dd>
          <EmailLink email={props.email} />
        </dd>
        <dt>{tr("a11y.authority.website")}</dt>
        <dd>
          <a href={props.website}>{props.website.replace(/^https?:\/\/(www\.)?/, "")}</a>
        </dd>
      </dl>
    </div>
  );
}
