import type { fi } from "./fi.ts";

/** The pages behind emailed links (an offer to a volunteer, the volunteer's visit page and report, a client's cancellation). */
export const en: Record<keyof typeof fi, string> = {
  "links.working": "Sending…",
  "links.notGiven": "Not given",
  "links.invalid.title": "This link does not work",
  "links.invalid.body":
    "This link is not valid. Check that you opened the whole link from the email. You can also contact the coordinator.",
  "links.expired.title": "This link has expired",
  "links.expired.body":
    "This link is no longer valid. If the matter is still open, contact the coordinator.",
  "links.noToken":
    "The link's code is missing from this page. Open the link from the email again, so that the whole link comes along.",
  "links.visit.title": "The visit",
  "links.visit.who": "With whom",
  "links.visit.what": "What it is about",
  "links.visit.where": "Where",
  "links.visit.when": "When",
  "links.visit.whenValue": "{date} at {time}",
  "links.visit.duration": "Length",
  "links.visit.languages": "The client's languages",
  "links.role.title": "Remember the support person's role",
  "links.role.body":
    "You are at the client's side, giving support and helping the conversation. You are not a personal assistant: you give no care and no physical help.",
  "links.offer.title": "Can you come?",
  "links.offer.greeting": "Hello {name}!",
  "links.offer.intro":
    "The coordinator asks whether you can be the support person for this visit. The client's name and contact details are shown once you have accepted.",
  "links.offer.answerBy": "Please answer by {when}.",
  "links.offer.noChange":
    "Opening this page changes nothing. Your answer is sent only when you press a button.",
  "links.offer.question": "Your answer",
  "links.offer.accept": "I can come",
  "links.offer.decline": "I can't come",
  "links.offer.decline.title": "You can't come",
  "links.offer.decline.reason": "Would you like to tell us why?",
  "links.offer.decline.hint": "You can leave this empty. Only the coordinator sees it.",
  "links.offer.decline.confirm": "Send: I can't come",
  "links.result.accepted.title": "Thank you – the visit is yours",
  "links.result.accepted.body":
    "We tell the client that a support person has been found. You get a confirmation by email, with a calendar entry attached.",
  "links.result.alreadyAccepted.title": "The visit is yours",
  "links.result.alreadyAccepted.body":
    "Here are the details of the visit. Thank you for going along!",
  "links.result.covered.title": "Already covered – thank you",
  "links.result.covered.body":
    "Another support person was first. You don't need to do anything. Thank you for being ready to help!",
  "links.result.declined.title": "Thank you for answering",
  "links.result.declined.body":
    "You said you can't come. The coordinator will look for another support person. You don't need to do anything else.",
  "links.result.alreadyDeclined.title": "You have already said you can't come",
  "links.result.alreadyDeclined.body":
    "Your answer is saved. If things have changed for you, contact the coordinator.",
  "links.result.withdrawn.title": "This offer has been withdrawn",
  "links.result.withdrawn.body":
    "The coordinator withdrew this offer. You don't need to do anything.",
  "links.result.expired.title": "The time to answer has passed",
  "links.result.expired.body":
    "This offer can no longer be answered. If you would still like to help, contact the coordinator.",
  "links.details.title": "Details of the visit",
  "links.details.private":
    "These details are confidential. Don't share them with others or keep them anywhere else.",
  "links.details.client": "Client",
  "links.details.clientPhone": "Client's phone",
  "links.details.clientEmail": "Client's email",
  "links.details.requester": "Requester",
  "links.details.requesterPhone": "Requester's phone",
  "links.details.requesterEmail": "Requester's email",
  "links.details.organisation": "Organisation",
  "links.details.description": "What it is about",
  "links.details.supportNeeds": "Good for the support person to know",
  "links.details.firstMeeting": "First meeting",
  "links.details.firstMeetingValue": "{date} at {time}, {place}",
  "links.cancel.title": "Cancel the visit",
  "links.cancel.intro":
    "You can cancel the visit on this page. Opening the page does not cancel anything.",
  "links.cancel.reference": "Reference number",
  "links.cancel.when": "When",
  "links.cancel.volunteer": "Support person",
  "links.cancel.reason": "Would you like to tell us why?",
  "links.cancel.reason.hint": "You can leave this empty.",
  "links.cancel.button": "Cancel the visit",
  "links.cancel.done.title": "The visit is cancelled",
  "links.cancel.done.volunteer":
    "We have told the support person. If you need support later, you can make a new request.",
  "links.cancel.done.noVolunteer":
    "Thank you for letting us know. If you need support later, you can make a new request.",
  "links.cancel.already.title": "The visit is already cancelled",
  "links.cancel.already.body": "You don't need to do anything.",
  "links.cancel.closed.title": "The visit can no longer be cancelled",
  "links.cancel.closed.body":
    "This request has already ended. If you have questions, contact the coordinator.",
  "links.newRequest": "Make a new request",
  "links.visitPage.title": "Your visit",
  "links.visitPage.intro":
    "Here are the details of your visit. If you can't come, please tell us as soon as you can.",
  "links.visitPage.cantCome": "I can't come",
  "links.visitPage.cantCome.heading": "If you can't come",
  "links.visitPage.cantCome.hint":
    "The coordinator is told at once and looks for another support person.",
  "links.visitPage.cantCome.title": "You can't come to the visit",
  "links.visitPage.cantCome.body":
    "Once you send this, the visit is no longer yours. The coordinator is told at once and looks for another support person.",
  "links.visitPage.cantCome.reason": "Would you like to tell us why?",
  "links.visitPage.cantCome.reasonHint": "You can leave this empty. Only the coordinator sees it.",
  "links.visitPage.cantCome.confirm": "Send: I can't come",
  "links.visitPage.released.title": "Thank you for letting us know",
  "links.visitPage.released.body":
    "The coordinator has been told and is looking for another support person. You don't need to do anything else.",
  "links.visitPage.tooLate.title": "The visit has already started",
  "links.visitPage.tooLate.body":
    "The visit can no longer be called off on this page. Please phone the coordinator now.",
  "links.visitPage.cancelled.title": "The visit has been cancelled",
  "links.visitPage.cancelled.body":
    "This visit has been cancelled, so there is nothing to report. You don't need to do anything.",
  "links.visitPage.alreadyReported.title": "The visit has already been reported",
  "links.visitPage.alreadyReported.body":
    "Thank you! The report is safely stored and you don't need to do anything else.",
  "links.visitPage.reported.title": "Thank you for the report!",
  "links.visitPage.reported.body":
    "The report has gone to the coordinator. Thank you for being at the client's side.",
  "links.visitPage.reported.safety":
    "You wrote about safety, so the coordinator was alerted straight away.",
  "links.visitPage.reported.talk": "The coordinator will get in touch with you for a talk.",
  "links.visitPage.tooEarly":
    "The visit has not started yet. You can report on it once it has started.",
  "links.report.title": "How did the visit go?",
  "links.report.intro":
    "Tell us briefly how the visit went. The report goes to the coordinator only. Please don't write about the client's health.",
  "links.report.happened": "Did the visit happen?",
  "links.report.happened.yes": "Yes, the visit happened",
  "links.report.happened.no_show": "The client did not come",
  "links.report.happened.cancelled": "The visit was cancelled",
  "links.report.minutes": "How long did the visit take? (in minutes)",
  "links.report.minutes.hint": "All of it, travel included, for example 90. An hour is 60 minutes.",
  "links.report.minutes.invalid": "Enter the length in minutes as a number from 5 to 720.",
  "links.report.howItWent": "How did the errand go?",
  "links.report.howItWent.hint": "For example, whether the client got their matter dealt with.",
  "links.report.safety": "Was there anything that affected safety?",
  "links.report.safety.hint":
    "For example a threatening situation, an accident or a place where you did not feel safe. If you write anything here, the coordinator is alerted straight away.",
  "links.report.followUp": "The client still needs help with this matter",
  "links.report.followUp.hint": "The coordinator can turn this into a new request.",
  "links.report.followUpNote": "What help is needed?",
  "links.report.followUpNote.hint": "For example a new appointment time, if it is already known.",
  "links.report.wellbeing": "How are you yourself after the visit?",
  "links.report.wellbeing.good": "Good",
  "links.report.wellbeing.ok": "Okay",
  "links.report.wellbeing.heavy": "The visit was heavy",
  "links.report.wantsTalk": "I'd like to talk with the coordinator",
  "links.report.wantsTalk.hint": "The coordinator is told and will get in touch with you.",
  "links.report.meaningful": "Did this visit feel meaningful to you?",
  "links.report.meaningful.hint":
    "Answered anonymously: your answer is stored apart from the report.",
  "links.report.meaningful.1": "Not at all",
  "links.report.meaningful.2": "A little",
  "links.report.meaningful.3": "Somewhat",
  "links.report.meaningful.4": "A lot",
  "links.report.meaningful.5": "Very much",
  "links.report.submit": "Send the report",
  "links.report.submitting": "Sending…",
  "links.training.title": "Invitation to training",
  "links.training.greeting": "Hello {name}!",
  "links.training.intro.course":
    "You are invited to the basic training for accompaniment volunteers. The training has the sessions below. Please tell us if you are coming.",
  "links.training.intro.continuing":
    "You are invited to continuing education. See below when and where it is, and tell us if you are coming.",
  "links.training.sessions": "Sessions",
  "links.training.session": "Session {n}",
  "links.training.when": "When",
  "links.training.duration": "Length",
  "links.training.where": "Where",
  "links.training.trainer": "Trainer",
  "links.training.question": "Are you coming?",
  "links.training.accept": "Yes, I am coming",
  "links.training.decline": "I can't come",
  "links.training.noChange":
    "Opening this page does not sign you up yet. Your answer is saved only when you press a button.",
  "links.training.change": "You can change your answer with this same link.",
  "links.training.changeToDecline": "I can't come after all",
  "links.training.changeToAccept": "I can come after all",
  "links.training.enrolled.title": "You are signed up for the training",
  "links.training.enrolled.body":
    "Thank you, and welcome! You will get a reminder by email the day before each session.",
  "links.training.declined.title": "You answered that you can't come",
  "links.training.declined.body":
    "Thank you for letting us know. The coordinator sees your answer. You can ask them about the next training.",
  "links.training.past.title": "This training has already taken place",
  "links.training.past.body":
    "All sessions of this training are over. If you want to join the next training, please contact the coordinator.",
  "links.training.calendar": "Add the sessions to your calendar",
  "links.training.calendar.hint":
    "The file (.ics) opens in the calendar of your phone or computer. The same file also came attached to the email.",
  "links.feedback.title": "Feedback on the training",
  "links.feedback.intro":
    "Tell us how the training prepared you for the role of an accompaniment volunteer. Answering takes a few minutes. Every question is optional.",
  "links.feedback.anonymous.title": "Your answer is anonymous",
  "links.feedback.anonymous.body":
    "Your answer is not stored with your name, your email address or this link, and it cannot be tied to you. Results are shown only after the survey has closed and at least five people have answered.",
  "links.feedback.named": "This survey is not anonymous: your answer can be tied to you.",
  "links.feedback.closes": "Please answer by {when}.",
  "links.feedback.once": "You can answer only once. After you send it, the link no longer works.",
  "links.feedback.scale.1": "1 – not at all",
  "links.feedback.scale.2": "2 – a little",
  "links.feedback.scale.3": "3 – somewhat",
  "links.feedback.scale.4": "4 – well",
  "links.feedback.scale.5": "5 – very well",
  "links.feedback.q.role": "How well did the training prepare you for the role?",
  "links.feedback.q.serviceSystem":
    "How well did the training explain the service system and the Administrative Procedure Act?",
  "links.feedback.q.communication":
    "How well did the training strengthen your communication and interaction skills?",
  "links.feedback.q.safety": "How well did the training prepare you to act safely?",
  "links.feedback.q.overall": "How well did the training as a whole meet your needs?",
  "links.feedback.q.missing": "What was missing? What would you have liked to learn more about?",
  "links.feedback.q.other": "Other feedback",
  "links.feedback.text.hint": "Please do not write names or anything else that could identify you.",
  "links.feedback.send": "Send feedback",
  "links.feedback.nothing": "Please answer at least one question before sending.",
  "links.feedback.sent.title": "Thank you for your feedback!",
  "links.feedback.sent.body":
    "Your feedback was saved anonymously. The link no longer works, so you can close this page.",
  "links.feedback.used.title": "This link has already been used",
  "links.feedback.used.body":
    "A link can be used to answer only once, or this link is not valid. If you have not answered yet, check that you opened the whole link from the email.",
  "links.feedback.closed.title": "The survey has closed",
  "links.feedback.closed.body":
    "The feedback survey is no longer open. Thank you for your interest!",
  "links.survey.title": "A short survey",
  "links.survey.intro": "The survey is anonymous and takes less than a minute.",
  "links.survey.optional": "All questions are optional. Answer the ones you want to.",
  "links.survey.closes": "Please answer by {when}.",
  "links.survey.once": "You can answer only once.",
  "links.survey.yes": "Yes",
  "links.survey.no": "No",
  "links.survey.unsure": "Not sure",
  "links.survey.text.hint":
    "Please do not write names or anything else that could identify you or someone else.",
  "links.survey.send": "Send answers",
  "links.survey.nothing": "Answer at least one question before sending.",
  "links.survey.sent.title": "Thank you for your answer!",
  "links.survey.sent.body": "Your answer has been saved anonymously. You can close this page.",
  "links.survey.used.title": "This link has already been used",
  "links.survey.used.body":
    "You can answer only once with this link. If you have not answered yet, check that you opened the whole link from the email.",
  "links.survey.closed.title": "The survey has closed",
  "links.survey.closed.body": "This survey can no longer be answered. Thank you for your interest!",
  "links.survey.stop.title": "Don't want any more surveys?",
  "links.survey.stop.body":
    "You can stop surveys to this email address. You can still answer this survey.",
  "links.survey.stop.button": "No more surveys",
  "links.survey.stop.confirm.title": "Stop the surveys?",
  "links.survey.stop.confirm.body": "We will not send any more surveys to this address.",
  "links.survey.stop.confirm": "Yes, stop the surveys",
  "links.survey.stopped": "You will not get more surveys.",
  "links.verify.title": "Checking a certificate",
  "links.verify.intro": "On this page you can check whether a certificate is genuine and valid.",
  "links.verify.valid": "The certificate is valid",
  "links.verify.valid.body": "This certificate is genuine and valid.",
  "links.verify.revoked": "The certificate has been revoked",
  "links.verify.revoked.body": "The issuer revoked this certificate on {date}. It is not valid.",
  "links.verify.unknown.title": "No such certificate",
  "links.verify.unknown.body":
    "There is no certificate at this address. Check that the address is typed correctly or that the whole QR code was read. A certificate that cannot be found is not valid.",
  "links.verify.facts": "The certificate",
  "links.verify.name": "Issued to",
  "links.verify.what": "Certificate",
  "links.verify.date": "Issued on",
  "links.verify.issuer": "Issued by",
  "links.verify.serial": "Certificate number",
  "links.verify.only": "This page shows only what is needed to check the certificate.",
  "links.gathering.title": "Invitation to the volunteers' gathering",
  "links.gathering.greeting": "Hello {name}!",
  "links.gathering.intro":
    "Come and meet other volunteers. We share news, support each other and develop our work together.",
  "links.gathering.when": "When",
  "links.gathering.whenValue": "{date} at {start}–{end}",
  "links.gathering.where": "Where",
  "links.gathering.accessibility": "Accessibility of the place",
  "links.gathering.programme": "Programme",
  "links.gathering.answerBy": "Please answer by",
  "links.gathering.current": "Your answer now",
  "links.gathering.current.unanswered": "You have not answered yet.",
  "links.gathering.current.seat": "You are coming. You have a place.",
  "links.gathering.current.waiting":
    "You want to come, but the gathering is full. You are on the waiting list. You will get an email if a place becomes free.",
  "links.gathering.current.maybe": "You might come. No place is kept for you.",
  "links.gathering.current.no": "You are not coming.",
  "links.gathering.question": "Are you coming to the gathering?",
  "links.gathering.choose": "Choose one",
  "links.gathering.choice.yes": "Yes, I'm coming",
  "links.gathering.choice.maybe": "Maybe",
  "links.gathering.choice.no": "I'm not coming",
  "links.gathering.seatHint": "A place is kept only for those who answer yes.",
  "links.gathering.needs":
    "You can tell us what you need. These fields are optional. Only the coordinator sees them, and they are deleted after the gathering.",
  "links.gathering.diet": "Special diet",
  "links.gathering.diet.hint": "For example gluten-free or vegetarian.",
  "links.gathering.access": "Accessibility needs",
  "links.gathering.access.hint":
    "For example a wheelchair, a hearing loop or needing to sit near the front.",
  "links.gathering.send": "Send my answer",
  "links.gathering.noChange": "Your answer is sent only when you press the button.",
  "links.gathering.change": "You can change your answer with this same link until {date}.",
  "links.gathering.seat.title": "Welcome! You have a place",
  "links.gathering.seat.body":
    "Your answer is saved. You will get a reminder by email the day before the gathering.",
  "links.gathering.waiting.title": "You are on the waiting list",
  "links.gathering.waiting.body":
    "The gathering is full for now. Your answer is saved and you are on the waiting list for a place.",
  "links.gathering.waiting.next":
    "If someone cancels, the place goes to whoever is first on the list. You will then get an email. You don't need to do anything.",
  "links.gathering.maybe.title": "You answered: maybe",
  "links.gathering.maybe.body":
    "Thank you! You will get a reminder the day before. No place is kept for you: if you decide to come, answer yes with this same link.",
  "links.gathering.no.title": "You answered that you are not coming",
  "links.gathering.no.body":
    "Thank you for letting us know. If things change, you can answer again with this same link.",
  "links.gathering.closed.title": "Answers are closed",
  "links.gathering.closed.body":
    "You can no longer answer or change your answer for this gathering. If things change, please contact the coordinator.",
  "links.gathering.cancelled.title": "The gathering is cancelled",
  "links.gathering.cancelled.body":
    "This gathering will not take place. The coordinator will tell you about the next one.",
  "links.gathering.calendar": "Add the gathering to your calendar",
  "links.gathering.calendar.hint": "The file opens in your phone's or computer's calendar.",
};
