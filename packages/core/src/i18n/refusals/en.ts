import type { fi } from "./fi.ts";

/** Refusals only the server gives. */
export const en: Record<keyof typeof fi, string> = {
  "error.signInNeeded": "Please sign in to continue.",
  "error.secondFactorNeeded": "Confirm your sign-in with the code from your authenticator app.",
  "error.crossOrigin": "The request was refused because it did not come from this site.",
  "error.linkInvalid":
    "This sign-in link has expired or was already used. Please ask for a new one.",
  "error.totpInvalid": "That code is not valid. Check the code in your app and try again.",
  "error.totpNoEnrolment": "No authenticator app has been set up yet.",
  "error.emailTaken": "There is already a coordinator with this email address.",
  "error.selfDeactivation": "You cannot remove your own access.",
  "error.selfDemotion": "You cannot remove your own admin role.",
  "error.linkUnknown":
    "This link is not valid. Check that you opened the whole link from the message.",
  "error.linkExpired": "This link has expired.",
  "error.notAvailable": "This volunteer is not available now.",
  "error.alreadyOffered": "This volunteer already has an open offer.",
  "error.visitPassed": "The time of the appointment has already passed.",
  "error.referenceNotFound": "No other request was found with this reference number.",
  "error.reportTooEarly": "You can report once the appointment has started.",
  "error.kindChanged":
    "A question's type can't change: old answers would be read wrongly. Make a new question with a new id.",
  "error.duplicate": "This id is already used by another question.",
  "error.conflict": "Someone else just changed this. Reload the page and check the details.",
  "error.notAllowed": "This change is not possible in the request's current state.",
  "error.unsupportedMediaType": "This kind of content is not accepted here.",
  "error.totpCurrentCode":
    "To change the app, first enter a code from your current app or a recovery code.",
  "error.totpEnrolOwnFirst": "Set up an authenticator app for yourself first.",
  "error.surveyLinkUsed":
    "This link has already been used to answer, or it is not valid. Thank you!",
  "error.surveyClosed": "The survey has already closed. Thank you for your interest!",
  "error.surveyResultsHidden":
    "Results are shown once the survey has closed and at least five people have answered, so that nobody's answer can be recognised.",
  "error.alreadyEnrolled": "Someone chosen already takes part in this training.",
  "error.certificateUnknown": "No such certificate. Please check the address.",
  "error.trainingIncomplete":
    "The training is not complete yet: not every session is attended, or the profile is missing.",
  "error.certificateRevoked": "This certificate has been revoked and can no longer be downloaded.",
  "error.trainingOver":
    "The course has already taken place, so the answer can no longer be changed.",
  "error.datePast": "That day has passed. Choose a day to come.",
  "error.endBeforeStart": "The end time must be after the start time.",
  "error.answerAfterGathering": "The last day to answer must be on or before the gathering's day.",
  "error.capacityBelowSeated": "There can't be fewer places than people already coming.",
  "error.gatheringCancelled": "The gathering has been cancelled.",
  "error.gatheringNotYet": "Attendance can be marked on the gathering's day or after it.",
  "error.attendanceFirst": "First mark who came.",
  "error.inviteBeforeDraft": "The invitation deadline must come after the draft day.",
  "error.seasonsOverlap": "The autumn draft day must come after the spring deadline.",
  "error.noThanks": "The volunteer has asked not to get thank-you messages.",
  "error.thankedRecently": "The volunteer has already been thanked within the last month.",
  "error.auditRangeTooLong": "Choose a period of 24 months at most.",
  "error.auditSubject":
    "Write the request's reference (R-2026-0001) or an id such as request#req_… or volunteer#vol_….",
  "error.legalHold":
    "These records are under a legal hold. Lift the hold first if they may be erased.",
  "error.eraseOpen":
    "The request is still open. Close it (or all of the client's requests) before erasing the data.",
  "error.alreadyErased": "This client's data has already been erased.",
  "error.alreadyUndone": "The erasure has already been undone.",
  "error.undoExpired":
    "The erasure can no longer be undone: seven days have passed and the data is gone for good.",
  "error.eraseVisitsAhead":
    "This volunteer still has visits ahead. Find someone else for them first; then the data can be erased.",
};
