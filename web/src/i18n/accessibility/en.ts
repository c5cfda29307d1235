import type { fi } from "./fi.ts";

export const en: Record<keyof typeof fi, string> = {
  "a11y.title": "Accessibility statement",
  "a11y.intro":
    "This statement covers this service: the form for asking for a support person, the volunteers' pages and the pages that open from links in emails. {name} wants anyone to be able to use the service, also with a screen reader, a keyboard or magnification.",
  "a11y.intro.unknown":
    "This statement covers this service: the form for asking for a support person, the volunteers' pages and the pages that open from links in emails. We want anyone to be able to use the service, also with a screen reader, a keyboard or magnification.",
  "a11y.status.title": "How accessible the service is",
  "a11y.status.body":
    "The service partly meets level AA of the WCAG 2.1 guidelines, which is our aim. The known gaps are listed below.",
  "a11y.gaps.title": "What is not accessible yet",
  "a11y.gaps.pdf":
    "Training certificates (PDF) do not fully work with screen readers. A certificate's details are also shown on a web page, and a certificate can be checked with its number.",
  "a11y.gaps.charts":
    "The charts in the coordinators' reports are images; every chart's numbers are also in a table below it.",
  "a11y.gaps.review":
    "The service has not yet been assessed by an outside expert, so not every gap may be known.",
  "a11y.other.title": "If you cannot use the service",
  "a11y.other.body":
    "You can also ask for a support person by calling or writing to us. Tell us what you need help with, and we will arrange the rest with you.",
  "a11y.checked.title": "How accessibility was assessed",
  "a11y.checked.body":
    "This statement was prepared in December 2026 as a self-assessment. Every change to the service is checked automatically in a real browser (axe-core) in Finnish and Swedish at phone and desktop widths, and the forms are tried with a keyboard.",
  "a11y.feedback.title": "Give feedback on accessibility",
  "a11y.feedback.body": "If you notice a gap, please tell us. We answer within 14 days.",
  "a11y.feedback.none":
    "Tell the association that arranges support persons in this service about any gaps. We answer within 14 days.",
  "a11y.authority.title": "Supervisory authority",
  "a11y.authority.body":
    "If you are not satisfied with our answer, or get no answer within 14 days, you can report it to the supervisory authority.",
  "a11y.back": "Back to the front page",
  "a11y.authority.defaultName":
    "Finnish Transport and Communications Agency Traficom, accessibility supervision",
  "a11y.authority.email": "Email",
  "a11y.authority.website": "Instructions and report form",
  "a11y.form.title": "Tell us about a gap",
  "a11y.form.intro":
    "You can also tell us about a gap with this form. We answer within 14 days, in the language you are reading this page in.",
  "a11y.form.what": "What did not work?",
  "a11y.form.what.hint":
    "Tell us what you tried to do and what was hard, for example with a screen reader or a keyboard.",
  "a11y.form.where": "Where?",
  "a11y.form.where.hint":
    "The page or the place, for example the phone number on the request form.",
  "a11y.form.email": "Email address",
  "a11y.form.phone": "Phone number",
  "a11y.form.contact.hint":
    "If you want an answer, give an email address or a phone number. You can also leave them empty.",
  "a11y.form.submit": "Send feedback",
  "a11y.form.done.title": "Thank you for your feedback!",
  "a11y.form.done.due": "Your feedback has been received. We will answer by {date}.",
  "a11y.form.done.email": "We sent a confirmation to the email address you gave.",
  "a11y.form.done.again": "Send other feedback",
};
