import { t } from "../i18n/index.ts";
import type { Letter } from "../mail/render.ts";
import { dateOf, firstName, type Volunteer, visitBlock, when } from "../offer/letters.ts";
import type { Request } from "../request/request.ts";

/** The day-before reminder: the details again, and the way out if something came up. */
export function reminder(request: Request, volunteer: Volunteer, url: string): Letter {
  const { locale } = volunteer;
  return {
    locale,
    name: firstName(volunteer.name),
    subject: t(locale, "mail.reminder.subject", { date: dateOf(locale, request.date) }),
    paragraphs: [
      t(locale, "mail.reminder.body"),
      ...visitBlock(request, locale),
      `${t(locale, "mail.reminder.cantCome")}\n${url}`,
    ],
  };
}

/** To the client: who is coming, when and where. Nothing about the matter. */
export function clientReminder(request: Request, volunteerName: string): Letter {
  const locale = request.locale;
  return {
    locale,
    name: request.client.name,
    subject: t(locale, "mail.clientReminder.subject", { reference: request.reference }),
    paragraphs: [
      t(locale, "mail.clientReminder.body", {
        firstName: firstName(volunteerName),
        when: when(locale, request),
        place: request.place,
      }),
    ],
  };
}

export function reportAsk(
  request: Request,
  volunteer: Volunteer,
  url: string,
  reminder: boolean,
): Letter {
  const { locale } = volunteer;
  const date = dateOf(locale, request.date);
  return {
    locale,
    name: firstName(volunteer.name),
    subject: reminder
      ? t(locale, "mail.reportReminder.subject", { date })
      : t(locale, "mail.reportAsk.subject", { date }),
    paragraphs: [`${t(locale, "mail.reportAsk.body")}\n${url}`],
  };
}
