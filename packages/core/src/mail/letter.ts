import type { ClientLocale } from "../i18n/index.ts";

/**
 * An email as its sender writes it: words and links, no markup. The layout (layout.ts) turns it
 * into the plain-text and HTML parts when it is delivered, with the association's contact as it
 * is then, so every email looks and reads the same.
 */
export interface Link {
  label: string;
  url: string;
}

/** A paragraph (its lines kept), the letter's one main action (a button), or a plain link. */
export type Block = string | { action: Link } | { link: Link };

export interface Letter {
  /** A client's letter may be in any client language; everyone else's is in fi, sv or en. */
  locale: ClientLocale;
  subject: string;
  /**
   * Greeting name, only when we know it ourselves (a coordinator, a volunteer). A name typed
   * into a public form is never put in a greeting: a stranger could make our mail say anything
   * to any address.
   */
  name?: string;
  body: Block[];
  /** What a mail app shows beside the subject; the first paragraph when not given. */
  preheader?: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  /** Text content (calendar files); kept as text in the outbox entry. */
  content: string;
}

/** A letter on its way to one address. */
export interface Addressed {
  to: string;
  letter: Letter;
  attachments?: Attachment[];
}

export const addressed = (to: string, letter: Letter, attachments?: Attachment[]): Addressed => ({
  to,
  letter,
  ...(attachments?.length && { attachments }),
});

/** Every kind of email the system sends, by the name its outbox entry carries. */
export const templates = [
  "request-received",
  "request-cancelled",
  "request-no_volunteer",
  "sign-in-link",
  "volunteer-link",
  "volunteer-application",
  "security-notice",
  "digest",
  "urgent-alert",
  "offer",
  "offer-withdrawn",
  "visit-confirmed",
  "support-found",
  "support-found-client",
  "visit-cancelled",
  "visit-reminder",
  "client-reminder",
  "report-ask",
  "report-reminder",
  "training-invitation",
  "training-reminder",
  "course-feedback",
  "gathering-invitation",
  "gathering-moved-up",
  "gathering-reminder",
  "gathering-thanks",
  "gathering-cancelled",
  "thanks",
  "survey-after-client",
  "survey-after-professional",
  "survey-round-volunteer",
  "survey-round-partner",
  "monthly-report",
  "accessibility-feedback-received",
] as const;
export type Template = (typeof templates)[number];
