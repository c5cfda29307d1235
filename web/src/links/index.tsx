/**
 * The pages that need no account: behind emailed links, a volunteer's offer (`/offer#…`), their
 * visit with "I can't come" and the report (`/visit#…`), a requester's cancellation
 * (`/cancel#…`), a training invitation (`/training#…`), the anonymous course feedback
 * (`/feedback#…`), a gathering's invitation (`/gathering#…`), a short anonymous survey
 * (`/survey#…`); and the public check of a certificate (`/verify/<id>`, its QR code). One chunk,
 * loaded by its first route, so the request form's JavaScript does not carry it.
 * Importing `messages.ts` first puts the texts in place.
 */
import "./messages.ts";
import { linkStylesheet } from "../lib/stylesheet.ts";
import { stylesReady as linkStyles } from "./styles.ts";
import surveyHref from "./survey.css?url";

export { default as CancelPage } from "./CancelPage.tsx";
export { default as FeedbackPage } from "./FeedbackPage.tsx";
export { default as GatheringPage } from "./GatheringPage.tsx";
export { default as OfferPage } from "./OfferPage.tsx";
export { default as ShortPage } from "./ShortPage.tsx";
export { default as SurveyPage } from "./SurveyPage.tsx";
export { default as TrainingPage } from "./TrainingPage.tsx";
export { default as VerifyPage } from "./VerifyPage.tsx";
export { default as VisitPage } from "./VisitPage.tsx";

/** The link pages' stylesheets, and the survey's (its pictogram scale is in the visit report too). */
export const stylesReady: Promise<void> = Promise.all([
  linkStyles,
  linkStylesheet(surveyHref),
]).then(() => undefined);
