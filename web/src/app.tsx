import {
  A,
  type RouteDefinition,
  Router,
  type RouteSectionProps,
  useLocation,
} from "@solidjs/router";
import { createComputed, Show } from "solid-js";
import { machineNote, setClientPage, syncDocumentLanguage, tr } from "./lib/i18n.ts";
import { LanguageSwitcher } from "./lib/LanguageSwitcher.tsx";
import { lazyPage } from "./lib/lazy-page.tsx";
import { privacyHref, useContact } from "./pages/contact.tsx";
import NotFoundPage from "./pages/NotFoundPage.tsx";
import DonePage from "./pages/request/DonePage.tsx";
import RequestPage from "./pages/request/RequestPage.tsx";

/**
 * Routes and the shared page frame. The public pages are small and bundled together; the
 * coordinator app (sign-in included) is one chunk loaded on its first route, so the form's
 * JavaScript does not carry it.
 */

const coordinatorApp = () => import("./coordinator/index.tsx");
type CoordinatorPage = Exclude<keyof Awaited<ReturnType<typeof coordinatorApp>>, "stylesReady">;
const page = (name: CoordinatorPage) =>
  lazyPage(() => coordinatorApp().then((app) => app.stylesReady.then(() => app[name])));

/** The volunteer's own pages (apply, sign in, profile): a chunk of their own. */
const volunteerApp = () => import("./volunteer/index.tsx");
type VolunteerPage = Exclude<keyof Awaited<ReturnType<typeof volunteerApp>>, "stylesReady">;
const volunteerPage = (name: VolunteerPage) =>
  lazyPage(() => volunteerApp().then((app) => app.stylesReady.then(() => app[name])));

/**
 * The pages behind emailed links (an offer, a visit, a cancellation, a training invitation, the
 * course feedback) and the public certificate check: a chunk of their own.
 */
const linksApp = () => import("./links/index.tsx");
type LinksPage = Exclude<keyof Awaited<ReturnType<typeof linksApp>>, "stylesReady">;
const linksPage = (name: LinksPage) =>
  lazyPage(() => linksApp().then((app) => app.stylesReady.then(() => app[name])));

/** The public pages, then sign-in and the coordinator app (paths are in emails and tests). */
const routes: RouteDefinition[] = [
  { path: "/", component: RequestPage },
  { path: "/done", component: DonePage },
  // The statements load on first visit: their texts and the feedback form stay out of the form's
  // entry (the public form page's JS budget is 35 KB).
  {
    path: "/privacy",
    component: lazyPage(() => import("./pages/privacy/PrivacyPage.tsx").then((m) => m.default)),
  },
  {
    path: "/accessibility",
    component: lazyPage(() =>
      import("./pages/accessibility/AccessibilityPage.tsx").then((m) => m.default),
    ),
  },
  { path: "/offer", component: linksPage("OfferPage") },
  { path: "/cancel", component: linksPage("CancelPage") },
  { path: "/s", component: linksPage("ShortPage") },
  { path: "/visit", component: linksPage("VisitPage") },
  { path: "/training", component: linksPage("TrainingPage") },
  { path: "/feedback", component: linksPage("FeedbackPage") },
  { path: "/survey", component: linksPage("SurveyPage") },
  { path: "/gathering", component: linksPage("GatheringPage") },
  { path: "/verify/:id", component: linksPage("VerifyPage") },
  { path: "/volunteer/apply", component: volunteerPage("ApplyPage") },
  { path: "/volunteer/sign-in", component: volunteerPage("VolunteerSignInPage") },
  { path: "/volunteer/me", component: volunteerPage("MePage") },
  { path: "/sign-in", component: page("SignInPage") },
  { path: "/sign-in/verify", component: page("VerifyPage") },
  { path: "/sign-in/code", component: page("CodePage") },
  { path: "/sign-in/enrol", component: page("EnrolPage") },
  {
    path: "/coordinator",
    component: page("CoordinatorLayout"),
    children: [
      { path: "/", component: page("InboxPage") },
      { path: "/calendar", component: page("CalendarPage") },
      { path: "/requests/:id", component: page("RequestDetailPage") },
      { path: "/volunteers", component: page("BankPage") },
      { path: "/volunteers/:id", component: page("VolunteerDetailPage") },
      { path: "/training", component: page("TrainingPage") },
      { path: "/training/new", component: page("NewCohortPage") },
      { path: "/training/course", component: page("CoursePage") },
      { path: "/training/:id", component: page("CohortPage") },
      { path: "/gatherings", component: page("GatheringsPage") },
      { path: "/gatherings/new", component: page("NewGatheringPage") },
      { path: "/gatherings/seasons", component: page("SeasonDaysPage") },
      { path: "/gatherings/:id", component: page("GatheringPage") },
      { path: "/thanks", component: page("ThanksPage") },
      { path: "/feedback", component: page("FeedbackPage") },
      { path: "/feedback/entry", component: page("FeedbackEntryPage") },
      { path: "/reports", component: page("ReportsPage") },
      { path: "/accessibility-feedback", component: page("AccessibilityFeedbackPage") },
      { path: "/emails", component: page("FailedEmailsPage") },
      { path: "/jobs", component: page("JobsPage") },
      { path: "/admin/coordinators", component: page("CoordinatorsPage") },
      { path: "/admin/security", component: page("SecurityPage") },
      { path: "/admin/organisation", component: page("OrganisationPage") },
      { path: "/admin/audit", component: page("AuditPage") },
      { path: "/admin/retention", component: page("RetentionPage") },
    ],
  },
  { path: "*", component: NotFoundPage },
];

/** Pages for the public (the request form and its confirmation) show the volunteer links. */
const publicPage = (path: string) => path === "/" || path === "/done";

/**
 * The pages a client reads, in every client language (the form, its done page, cancelling,
 * a text's short link, the survey); the others are in fi, sv and en.
 */
const clientPath = (path: string) => ["/", "/done", "/cancel", "/s", "/survey"].includes(path);

/** The coordinator's workspace brings its own frame (bar, navigation, `<main>`). */
const workspacePage = (path: string) => path === "/coordinator" || path.startsWith("/coordinator/");

function Layout(props: RouteSectionProps) {
  const location = useLocation();
  // Before the page renders, so a staff page never flashes in a language it does not have.
  createComputed(() => setClientPage(clientPath(location.pathname)));
  syncDocumentLanguage();
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: the router takes over in-page links and would not move focus, so the link focuses <main> itself */}
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        {tr("nav.skip")}
      </a>
      <Show when={!workspacePage(location.pathname)} fallback={props.children}>
        <header class="site-header">
          <div class="container site-header__inner">
            <div>
              <A href="/" class="brand">
                {tr("app.name")}
              </A>
              <p class="tagline">{tr("app.tagline")}</p>
            </div>
            <LanguageSwitcher />
          </div>
        </header>
        <main id="main" tabindex="-1" class="container">
          {/* In a machine-assisted language, a note saying so (in it); its words load with it. */}
          <Show when={machineNote()}>
            {(note) => (
              <p class="machine-note" id="machine-note" role="note">
                {note()}
              </p>
            )}
          </Show>
          {props.children}
        </main>
      </Show>
      <Show when={!workspacePage(location.pathname)}>
        <SiteFooter volunteerLinks={publicPage(location.pathname)} />
      </Show>
    </>
  );
}

/**
 * Every page's footer outside the workspace: the privacy notice (the association's own, if it
 * has one) and the accessibility statement; on the public pages also the volunteers' way in.
 */
function SiteFooter(props: { volunteerLinks: boolean }) {
  const contact = useContact();
  return (
    <footer class="site-footer">
      <div class="container">
        <Show when={props.volunteerLinks}>
          <p>
            <A href="/volunteer/apply" id="volunteer-apply-link">
              {tr("volunteer.apply.link")}
            </A>
          </p>
          <p>
            <A href="/volunteer/sign-in">{tr("volunteer.self.link")}</A>
          </p>
        </Show>
        <ul class="site-footer__statements">
          <li>
            <a href={privacyHref(contact())} id="footer-privacy">
              {tr("footer.privacy")}
            </a>
          </li>
          <li>
            <A href="/accessibility" id="footer-accessibility">
              {tr("footer.accessibility")}
            </A>
          </li>
        </ul>
      </div>
    </footer>
  );
}

export function App() {
  return <Router root={Layout}>{routes}</Router>;
}
