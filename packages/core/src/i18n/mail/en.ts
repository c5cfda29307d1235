import type { fi } from "./fi.ts";

/** Emails: used only on the server. */
export const en: Record<keyof typeof fi, string> = {
  "mail.greetingPlain": "Hello,",
  "mail.greeting": "Hello {name},",
  "mail.signature": "Kind regards\n{organisation}",
  "mail.linkFallback": "If the button does not work, open this address:",
  "mail.footer.phone": "Tel.",
  "mail.footer.canReply": "You can reply to this message and it will reach us.",
  "mail.footer.noReply":
    "This message cannot be replied to. Please contact us using the details above.",
  "mail.footer.noReplyPlain": "This message cannot be replied to.",
  "mail.action.offer": "See the details and answer",
  "mail.action.visit": "Open the visit's page",
  "mail.action.cancel": "Tell us the appointment is cancelled",
  "mail.action.cantCome": "Tell us you cannot come",
  "mail.action.report": "Tell us how it went",
  "mail.action.signIn": "Sign in",
  "mail.action.profile": "Open your details",
  "mail.action.workspace": "Open Rinnalla",
  "mail.action.monthlyReport": "Open the month's report",
  "mail.action.request": "Open the request",
  "mail.requestReceived.subject": "We have received your request ({reference})",
  "mail.requestReceived.body":
    "Thank you for your request. We have received it with the reference number {reference}.",
  "mail.requestReceived.when": "Time of the appointment: {when}",
  "mail.requestReceived.next":
    "A coordinator will look for a suitable support person and let you know when one has been found. If anything changes, please give the reference number.",
  "mail.signIn.subject": "Your sign-in link for Rinnalla",
  "mail.signIn.body": "Sign in with the link below. It works once, for {minutes} minutes.",
  "mail.signIn.notYou": "If you did not ask for this link, you can ignore this message.",
  "mail.cancelled.subject": "Request {reference} has been cancelled",
  "mail.cancelled.body":
    "The request for a support person {reference} ({when}) has been cancelled.",
  "mail.cancelled.next":
    "If you need support later, you can make a new request at any time. We are here for you.",
  "mail.noVolunteer.subject": "We could not find a support person ({reference})",
  "mail.noVolunteer.body":
    "Unfortunately we could not find a support person for the appointment on {when} (request {reference}).",
  "mail.noVolunteer.next":
    "We are sorry. You are welcome to make a new request for another appointment at any time.",
  "mail.application.subject": "Thank you for wanting to volunteer",
  "mail.application.body":
    "We have received your application to become a volunteer support person.",
  "mail.application.next":
    "A coordinator will contact you to agree on an interview. After that comes a training of four sessions.",
  "mail.volunteerLink.subject": "A link to your own details",
  "mail.volunteerLink.body":
    "You can see and update your details and times with the link below. It works once, for {minutes} minutes.",
  "mail.offer.subject": "Could you come along as support on {date}?",
  "mail.offer.body":
    "We are looking for a support person for one appointment. Here is what we can tell you before you answer.",
  "mail.offer.what": "Matter: {sector}",
  "mail.offer.when": "Time: {when}, about {minutes} min",
  "mail.offer.where": "Municipality: {municipality}",
  "mail.offer.client": "Client's first name: {firstName}",
  "mail.offer.answer": "Please answer by {deadline}. Open the link to see the details and answer.",
  "mail.offer.role":
    "Remember: a support person goes alongside and supports in the appointment. A support person is not a personal assistant and gives no care or physical help.",
  "mail.offerWithdrawn.subject": "The appointment on {date} we offered is no longer open",
  "mail.offerWithdrawn.body":
    "The appointment on {when} that we offered you no longer needs a support person. You do not need to do anything. Thank you!",
  "mail.visitConfirmed.subject": "Confirmed: appointment on {date}",
  "mail.visitConfirmed.body":
    "Thank you for coming along as support! Here are the details. A calendar entry is attached.",
  "mail.visitConfirmed.client": "Client: {name}",
  "mail.visitConfirmed.when": "Time: {when}, about {minutes} min",
  "mail.visitConfirmed.where": "Meeting point: {place}, {municipality}",
  "mail.visitConfirmed.contact": "Contact details:",
  "mail.visitConfirmed.firstMeeting": "First meeting before the appointment: {when}, {place}",
  "mail.visitConfirmed.page":
    "All the details, including what the matter is about, are on the visit's page.",
  "mail.visitConfirmed.calendarName": "Appointment: {firstName}",
  "mail.found.subject": "A support person has been found ({reference})",
  "mail.found.body":
    "Good news: support person {firstName} will come with you to the appointment. You are not alone.",
  "mail.found.when": "Time: {when}",
  "mail.found.where": "Meeting point: {place}",
  "mail.found.firstMeeting":
    "Before the appointment you will meet once to get to know each other: {when}, {place}",
  "mail.found.cancel":
    "If the appointment is cancelled, tell us with this link and we will let the support person know.",
  "mail.visitCancelled.subject": "The appointment on {date} is cancelled",
  "mail.visitCancelled.body":
    "The appointment on {when} is cancelled. You do not need to go. Thank you for being ready to help!",
  "mail.reminder.subject": "Reminder: appointment tomorrow {date}",
  "mail.reminder.body":
    "Tomorrow you are support at an appointment. Here are the details once more.",
  "mail.reminder.cantCome":
    "If you cannot come after all, tell us right away with this link and we will find another support person.",
  "mail.clientReminder.subject": "Reminder: appointment tomorrow ({reference})",
  "mail.clientReminder.body":
    "Support person {firstName} will come with you tomorrow. Time: {when}. Meeting point: {place}.",
  "mail.reportAsk.subject": "How did the appointment go? ({date})",
  "mail.reportAsk.body":
    "Thank you for being there! Tell us briefly how the appointment went. It takes a couple of minutes.",
  "mail.reportReminder.subject": "Reminder: could you tell us how the appointment on {date} went?",
  "mail.monthly.subject": "The month's figures: {month}",
  "mail.monthly.body": "Here are last month's key figures ({month}).",
  "mail.monthly.more": "The full report, with its tables and charts, is in Rinnalla.",
  "mail.monthly.optOut":
    "Don't want these emails? You can turn them off in Rinnalla, in the menu under your name.",
  "mail.digest.subject": "Morning overview {date}",
  "mail.digest.body": "Here is how things stand this morning.",
  "mail.digest.unmatched": "Without a support person in the next 7 days: {count}",
  "mail.digest.pendingOffers": "Offers without an answer: {count}",
  "mail.digest.unreported": "Visits without a report: {count}",
  "mail.alert.subject": "Urgent: {reference} needs you",
  "mail.alert.volunteer_cancelled":
    "The support person said they cannot come to the appointment ({reference}). The request is back in matching: find a new support person.",
  "mail.alert.safety_concern":
    "The support person wrote about safety in their report ({reference}). Read the report and contact the support person.",
  "mail.security.subject": "Your sign-in settings changed",
  "mail.security.appAdded":
    "A new authenticator app was linked to your account on {at}. Your earlier recovery codes no longer work.",
  "mail.security.recoveryUsed":
    "You signed in with a recovery code on {at}. You have {count} recovery codes left.",
  "mail.security.appRemoved":
    "The admin {admin} removed the authenticator app from your account on {at}. You will set up a new one the next time you sign in.",
  "mail.security.notYou": "If this was not you, contact an admin at once.",
  "mail.training.topic.role": "Introduction to the accompaniment role",
  "mail.training.topic.serviceSystem": "The service system and the Administrative Procedure Act",
  "mail.training.topic.communication": "Communication and interaction",
  "mail.training.topic.practice": "Practical coaching and safety",
  "mail.training.session": "{n}. {topic}: {when}, {place}",
  "mail.training.invite.subject": "Invitation to training: {name}",
  "mail.training.invite.body": "Welcome to the accompaniment training {name}. The sessions:",
  "mail.training.invite.answer":
    "Please tell us whether you can take part. The calendar entries are attached.",
  "mail.training.reminder.subject": "Reminder: training tomorrow ({topic})",
  "mail.training.reminder.body": "Tomorrow there is a training session. Welcome!",
  "mail.training.feedback.subject": "Feedback on the training {name}",
  "mail.training.feedback.body":
    "Thank you for taking part in the training! Tell us how it prepared you for the role. It takes a few minutes.",
  "mail.training.feedback.anonymous":
    "You answer anonymously: your answer cannot be linked to you and cannot be changed afterwards.",
  "mail.action.training": "Answer the invitation",
  "mail.action.feedback": "Give feedback",
  "certificate.issued": "Issued",
  "certificate.issuedBy": "Issued by",
  "certificate.serial": "Certificate number",
  "certificate.verify": "The certificate can be verified at this address or with the QR code:",
  "certificate.training.title": "Certificate of accompaniment training",
  "certificate.training.body":
    "has completed the training for volunteer accompaniment persons ({hours} hours).",
  "certificate.training.sessions": "The training covered:",
  "certificate.service.title": "Certificate of volunteer service",
  "certificate.service.body": "has served as a volunteer accompaniment person from {from} to {to}.",
  "certificate.service.visits": "Appointments accompanied: {count}.",
  "certificate.service.sectors": "Matters: {sectors}.",
  "certificate.service.training": "Training: {hours} hours, the accompaniment course {course}.",
  "certificate.service.courseDone": "completed",
  "certificate.service.courseNotDone": "not completed",
  "certificate.service.thanks":
    "We thank them for reliable and demanding work alongside other people.",
  "mail.gathering.title.spring": "Spring gathering {year}",
  "mail.gathering.title.autumn": "Autumn gathering {year}",
  "mail.gathering.when": "When: {when}",
  "mail.gathering.place": "Where: {place}",
  "mail.gathering.accessibility": "Accessibility: {text}",
  "mail.gathering.invite.subject": "Invitation: {title}",
  "mail.gathering.invite.body":
    "You are welcome to the volunteers' gathering {title}! We share experiences, support each other and learn together.",
  "mail.gathering.invite.answerBy":
    "Please tell us by {date} whether you are coming. You can change your answer until then. A calendar entry is attached.",
  "mail.gathering.answer.yes": "I'm coming",
  "mail.gathering.answer.maybe": "I might come",
  "mail.gathering.answer.no": "I can't come",
  "mail.gathering.movedUp.subject": "A place is yours: {title}",
  "mail.gathering.movedUp.body":
    "You were on the waiting list for {title}, and a place has become free for you. Welcome! If you can't come after all, tell us through the link.",
  "mail.gathering.reminder.subject": "Reminder: {title} tomorrow",
  "mail.gathering.reminder.body": "The volunteers' gathering is tomorrow. Welcome!",
  "mail.gathering.reminder.change": "If you can't come after all, tell us here",
  "mail.gathering.thanks.subject": "Thank you for coming: {title}",
  "mail.gathering.thanks.body":
    "Thank you for joining {title}! Volunteers like you make this work possible.",
  "mail.gathering.thanks.ask":
    "Would you tell us whether the gathering was useful and what you would like next time? Two questions, answered anonymously.",
  "mail.action.gathering": "Answer the invitation",
  "mail.thanks.subject": "Thank you",
  "mail.thanks.milestone.firstVisit": "your first accompaniment visit",
  "mail.thanks.milestone.visits": "{count} accompaniment visits already",
  "mail.thanks.milestone.years": "{count} years as a volunteer",
  "mail.thanks.milestone.training": "the accompaniment course completed",
  "mail.thanks.draft.opening": "We want to thank you: {reached}!",
  "mail.thanks.draft.body":
    "Thanks to you, many people have had support in a situation they did not want to face alone. Your work matters to us.",
  "mail.thanks.draft.closing": "Warm thanks for being with us.",
  "mail.gathering.cancelled.subject": "Cancelled: {title}",
  "mail.gathering.cancelled.body":
    "We are sorry: the gathering {title} has been cancelled. Thank you for signing up. We will tell you about the next one in good time.",
  "mail.survey.action": "Answer the survey",
  "mail.survey.anonymous":
    "It takes less than a minute. Nobody can see who gave an answer, and it does not affect the service.",
  "mail.survey.stop": "If you do not want more surveys, you can say so on the survey's page.",
  "mail.survey.before":
    "Would you answer three questions before the appointment? We ask the same afterwards, to see whether the support helped.",
  "mail.survey.before.action": "Answer before the appointment",
  "mail.survey.clientAfter.subject": "How did the appointment go?",
  "mail.survey.clientAfter.body":
    "Thank you for using the support person service. Would you tell us how the appointment went?",
  "mail.survey.professionalAfter.subject":
    "Feedback on working with the support person ({reference})",
  "mail.survey.professionalAfter.body":
    "You asked for a support person for your client. Would you tell us how the cooperation went and whether the support person helped your work?",
  "mail.survey.volunteerRound.subject": "How has being a support person been?",
  "mail.survey.volunteerRound.body":
    "Twice a year we ask how being a support person feels and what would help you. Four questions.",
  "mail.survey.partnerRound.subject": "How has our cooperation worked?",
  "mail.survey.partnerRound.body":
    "Twice a year we ask our partners how the cooperation with the support person service has worked.",
  "mail.a11yFeedback.subject": "Thank you for your feedback on accessibility",
  "mail.a11yFeedback.body":
    "We received your feedback on accessibility on {date}. Thank you for telling us.",
  "mail.a11yFeedback.due": "We will answer by {date}.",
  "mail.a11yFeedback.authority":
    "If you get no answer within 14 days, or are not satisfied with it, you can report it to the supervisory authority. Its contact details are in the service's accessibility statement.",
  "mail.digest.a11yOverdue": "Accessibility feedback unanswered for over 14 days: {count}",
};
