import type { fi } from "./fi.ts";

/** The built-in privacy notice (/privacy), English. Part of the notice's versioned text (`../notice.ts`). */
export const en: Record<keyof typeof fi, string> = {
  "privacy.title": "Privacy notice: how your details are handled",
  "privacy.intro":
    "This page tells you in plain words what details this service collects and what happens to them.",
  "privacy.who.title": "Who keeps the details",
  "privacy.who.body":
    "{name} keeps the details and is responsible for them. The association arranges volunteer support persons for appointments.",
  "privacy.who.unknown":
    "The details are kept by the association that arranges volunteer support persons for appointments in this service, and it is responsible for them.",
  "privacy.what.title": "What is collected and why",
  "privacy.what.request":
    "When you ask for a support person: the name and contact details of the person who needs support, their languages, what the appointment is about, where and when it is, and what you tell us about the support needed. If you fill in the form for someone else, also your name, organisation and contact details.",
  "privacy.what.visit":
    "When a visit is arranged: which support person goes along, and after the visit the support person's short report of how it went.",
  "privacy.what.volunteer":
    "When you apply to volunteer: your name, contact details, home municipality, languages and what you tell us about yourself. At the interview and the training the coordinator notes down details that help find suitable visits for you.",
  "privacy.what.why":
    "The details are used to arrange the support: to find a suitable support person, to agree on the visit and to keep in touch with you about it.",
  "privacy.what.choices":
    "We send a feedback survey after the visit only if you allow it on the form. Permission for text messages is asked separately. Texts go to the phone number you give; they tell only the reference, the time and the support person's first name. Reply STOP to end them. With your consent we keep the day you gave it and which version of this notice you were given then.",
  "privacy.version": "Version {version}, in force from {date}.",
  "privacy.changes":
    "New in this version: text messages are sent to those who allow them, and replying STOP ends them.",
  "privacy.keep.title": "How long the details are kept",
  "privacy.keep.body":
    "A request is kept while it is needed to arrange the support and to deal with what follows the visit. After that the association removes it under its own rules for keeping data. You can ask the association how long it keeps details.",
  "privacy.see.title": "Who sees the details",
  "privacy.see.coordinators":
    "The association's coordinators see the whole request. They look for a support person and agree on the visit.",
  "privacy.see.volunteer":
    "The support person sees only what they need. Before they agree to come, they see the first name, what kind of matter it is, the place, the time and the languages. Once they have agreed, they also see the full name, the contact details and what was told about the matter and the support needed.",
  "privacy.see.services":
    "The details are stored on servers the association uses for this service, and messages are sent through an email service and a text message service.",
  "privacy.rights.title": "Your rights",
  "privacy.rights.see": "You can ask what details there are about you.",
  "privacy.rights.correct": "You can ask for wrong details to be corrected.",
  "privacy.rights.remove":
    "You can ask for your details to be removed. If the appointment is still to come, the support can then not be arranged.",
  "privacy.rights.withdraw": "You can withdraw your consent at any time.",
  "privacy.rights.complain":
    "If you are not satisfied with how your details are handled, you can complain to the Data Protection Ombudsman: {link}.",
  "privacy.contact.title": "Ask, or use your rights",
  "privacy.contact.body": "Contact the association. Give the reference number if you have one.",
  "privacy.contact.none": "Ask the coordinator who is in touch with you.",
  "privacy.back": "Back to the request form",
};
