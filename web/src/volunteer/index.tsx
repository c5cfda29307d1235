/**
 * The volunteer's pages (applying, signing in, their own profile): one chunk, loaded by its first
 * route, so the request form's JavaScript does not carry it. Importing `messages.ts` first puts
 * the texts into the catalogs before any page renders.
 */
import "./messages.ts";

export { default as ApplyPage } from "./ApplyPage.tsx";
export { default as MePage } from "./MePage.tsx";
export { default as VolunteerSignInPage } from "./SignInPage.tsx";
export { stylesReady } from "./styles.ts";
