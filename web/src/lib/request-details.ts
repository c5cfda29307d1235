import { clientLanguages } from "@rinnalla/core/request";

/** A request's people and matter as a form's controls hold them: plain strings. */
export interface DetailsDraft {
  requester: { name: string; organisation: string; email: string; phone: string };
  client: {
    name: string;
    email: string;
    phone: string;
    languages: (typeof clientLanguages)[number][];
    otherLanguage: string;
  };
  description: string;
  place: string;
  municipality: string;
  date: string;
  startTime: string;
  durationMinutes: string;
  supportNeeds: string;
}

/** Text as sent: trimmed, and left out when nothing is left. */
export const blank = (value: string) => (value.trim() === "" ? undefined : value.trim());

/**
 * A request's people and matter as the API takes them, blanks left out (the public form and a
 * coordinator's corrections send the same): a requester only when someone fills the form for
 * another, their organisation only when they speak for one.
 */
export function requestDetails(
  draft: DetailsDraft,
  who: { requester: boolean; organisation: boolean },
) {
  return {
    requester: who.requester
      ? {
          name: blank(draft.requester.name),
          organisation: who.organisation ? blank(draft.requester.organisation) : undefined,
          email: blank(draft.requester.email),
          phone: blank(draft.requester.phone),
        }
      : undefined,
    client: {
      name: blank(draft.client.name),
      email: blank(draft.client.email),
      phone: blank(draft.client.phone),
      languages: clientLanguages.filter((code) => draft.client.languages.includes(code)),
      otherLanguage: blank(draft.client.otherLanguage),
    },
    description: blank(draft.description),
    place: blank(draft.place),
    municipality: blank(draft.municipality),
    date: blank(draft.date),
    startTime: blank(draft.startTime),
    durationMinutes: draft.durationMinutes === "" ? undefined : Number(draft.durationMinutes),
    supportNeeds: blank(draft.supportNeeds),
  };
}
