import { A, Route, Router, type RouteSectionProps } from "@solidjs/router";
import { LanguageSwitcher } from "./components/LanguageSwitcher.tsx";
import { syncDocumentLanguage, tr } from "./i18n.ts";
import NotFoundPage from "./pages/NotFoundPage.tsx";
import DonePage from "./pages/request/DonePage.tsx";
import RequestPage from "./pages/request/RequestPage.tsx";

/**
 * Routes and the shared page frame. The public pages are small and bundled together; larger
 * areas (the coordinator app) should be added with `lazy(() => import(...))` so the form stays
 * small. (`lazy` itself costs ~1.7 KB gzipped, so it only pays off for a big area.)
 */

function Layout(props: RouteSectionProps) {
  syncDocumentLanguage();
  let main: HTMLElement | undefined;
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: the router takes over in-page links and would not move focus, so the link focuses <main> itself */}
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main?.focus();
        }}
      >
        {tr("nav.skip")}
      </a>
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
      <main id="main" ref={main} tabindex="-1" class="container">
        {props.children}
      </main>
    </>
  );
}

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={RequestPage} />
      <Route path="/done" component={DonePage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
