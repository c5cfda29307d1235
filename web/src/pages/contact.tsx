import { createEffect, createSignal, type JSX, Show } from "solid-js";
import type { Answer, api } from "../lib/api.ts";
import { tr } from "../lib/i18n.ts";
import "./public.css";

/**
 * How to reach the association, as its admin has filled it in (GET /api/organisation): the
 * form's "Questions? Call …", the contact on /done and on the privacy notice. Every part shows
 * only what is filled in, so an association without a phone never shows "Call .".
 */

export type Contact = Answer<typeof api.organisation.$get>;

let loading: Promise<Contact | undefined> | undefined;

/** The association's contact, asked once per page load; `undefined` if it cannot be had. */
export function loadContact(): Promise<Contact | undefined> {
  loading ??= import("../lib/api.ts")
    .then(({ api, call }) => call(api.organisation.$get()))
    .then(
      (result) => (result.ok ? result.data : undefined),
      () => undefined,
    )
    .then((contact) => {
      if (!contact) loading = undefined; // asked again by the next page that needs it
      return contact;
    });
  return loading;
}

const [refreshed, setRefreshed] = createSignal(0);

/** Asks again (the privacy notice changed meanwhile): every `useContact` gets the new answer. */
export function refreshContact() {
  loading = undefined;
  setRefreshed((n) => n + 1);
}

/** The contact for a component: `undefined` until it is here (or if it never comes). */
export function useContact(): () => Contact | undefined {
  const [contact, setContact] = createSignal<Contact>();
  createEffect(() => {
    refreshed();
    void loadContact().then((found) => found && setContact(found));
  });
  return contact;
}

/** Where the privacy notice is: the association's own, else the site's built-in page. */
export const privacyHref = (contact: Contact | undefined) => contact?.privacyUrl ?? "/privacy";

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

export function PhoneLink(props: { phone: string }) {
  return (
    <a href={tel(props.phone)} class="nowrap">
      <bdi>{props.phone}</bdi>
    </a>
  );
}

export function EmailLink(props: { email: string }) {
  return (
    <a href={`mailto:${props.email}`}>
      <bdi>{props.email}</bdi>
    </a>
  );
}

/** A translated text with one `{name}` in it replaced by an element (a link). */
export function withElement(text: string, name: string, element: JSX.Element): JSX.Element {
  const [before, after] = text.split(`{${name}}`);
  return (
    <>
      {before}
      {element}
      {after}
    </>
  );
}

/** The form's line: "Questions? Call 09 123 4567 (Mon–Fri 9–15). Email: info@…". */
export function ContactLine() {
  const contact = useContact();
  return (
    <Show when={contact()?.phone || contact()?.email ? contact() : undefined}>
      {(c) => (
        <p class="contact-line" data-testid="contact-line">
          <strong>{tr("contact.question")}</strong>{" "}
          <Show when={c().phone}>
            {(phone) => (
              <>
                {withElement(tr("contact.call"), "phone", <PhoneLink phone={phone()} />)}
                <Show when={c().openingHours}>{(hours) => ` (${hours()})`}</Show>.{" "}
              </>
            )}
          </Show>
          <Show when={c().email}>
            {(email) => withElement(tr("contact.emailTo"), "email", <EmailLink email={email()} />)}
          </Show>
        </p>
      )}
    </Show>
  );
}

/** The association's name and every way to reach it that is filled in, as a list of terms. */
export function ContactDetails(props: { contact: Contact }) {
  const c = () => props.contact;
  return (
    <div class="contact-details" data-testid="contact-details">
      <p class="contact-details__name">{c().name}</p>
      <dl>
        <Show when={c().phone}>
          {(phone) => (
            <>
              <dt>{tr("contact.phone")}</dt>
              <dd>
                <PhoneLink phone={phone()} />
              </dd>
            </>
          )}
        </Show>
        <Show when={c().openingHours}>
          {(hours) => (
            <>
              <dt>{tr("contact.hours")}</dt>
              <dd>{hours()}</dd>
            </>
          )}
        </Show>
        <Show when={c().email}>
          {(email) => (
            <>
              <dt>{tr("contact.email")}</dt>
              <dd>
                <EmailLink email={email()} />
              </dd>
            </>
          )}
        </Show>
        <Show when={c().address}>
          {(address) => (
            <>
              <dt>{tr("contact.address")}</dt>
              <dd class="contact-details__address">{address()}</dd>
            </>
          )}
        </Show>
        <Show when={c().website}>
          {(website) => (
            <>
              <dt>{tr("contact.website")}</dt>
              <dd>
                <a href={website()}>
                  <bdi>{website()}</bdi>
                </a>
              </dd>
            </>
          )}
        </Show>
      </dl>
    </div>
  );
}

/** Whether the association has told any way to reach it. */
export const reachable = (contact: Contact | undefined): contact is Contact =>
  !!(contact?.phone || contact?.email || contact?.address);
