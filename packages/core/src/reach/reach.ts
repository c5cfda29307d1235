import type { ClientLocale } from "../i18n/locale.ts";
import { addressed, type Letter, Outbox, type Template } from "../mail/index.ts";
import { e164 } from "./follow-up.ts";
import { shortenUrl } from "./short.ts";
import type { TextTemplate, TextVars } from "./words.ts";
import { words } from "./words.ts";

export { type Channel, channelOf, forVolunteer, type VolunteerContact } from "./volunteer.ts";

/**
 * A person reached the way they chose: by email when they gave an address, by text message when
 * they gave a number and said yes to texts, or both. Each message goes through the outbox, in
 * the same transaction as its cause.
 */
export interface Person {
  locale: ClientLocale;
  email?: string;
  /** In international form (+358…), as the form stores it. */
  phone?: string;
  /** They said yes to text messages. */
  texts: boolean;
  /** The request a failed text is about, for the coordinator's call. */
  request: { id: string; reference: string };
}

export function entries(
  about: string,
  template: Template & TextTemplate,
  person: Person,
  message: {
    letter: Letter;
    text: TextVars;
    /** The link the text carries, made short (`{link}`), and until when it opens. */
    link?: { url: string; validUntil: Date };
    /** Nothing to call about when the text fails (a survey is not worth a phone call). */
    noCall?: boolean;
  },
  now: Date,
): (Outbox.Entry & { to: string })[] {
  const email = person.email
    ? [
        {
          to: person.email,
          ...Outbox.entry(about, template, addressed(person.email, message.letter), now),
        },
      ]
    : [];
  const short =
    person.phone && person.texts && message.link
      ? shortenUrl(message.link.url, message.link.validUntil)
      : undefined;
  const text =
    person.phone && person.texts
      ? [
          {
            to: person.phone,
            ...Outbox.textEntry(
              about,
              template,
              {
                to: e164(person.phone),
                words: words(person.locale, template, {
                  ...message.text,
                  ...(short && { link: short.url }),
                }),
                ...(short && { with: [short.put] }),
                // With an address, the same words went by email; without, someone must call.
                ...(!person.email &&
                  !message.noCall && {
                    fallback: {
                      call: { requestId: person.request.id, reference: person.request.reference },
                    },
                  }),
              },
              now,
            ),
          },
        ]
      : [];
  return [...email, ...text];
}
