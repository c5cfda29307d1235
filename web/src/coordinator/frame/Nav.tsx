import { useLocation } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatNumber } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { useMe } from "../session.ts";
import { newApplicants } from "../volunteers/counts.ts";
import { currentIn, type Section, visibleGroups } from "./sections.ts";

/** New applicants waiting: a link of its own, to the bank's applicants tab. */
function Applicants() {
  return (
    <Show when={newApplicants()}>
      {(count) => (
        <a
          href="/coordinator/volunteers?status=applicant"
          class="ws-nav__sub"
          data-testid="nav-applicants"
        >
          <span class="count">{formatNumber(count())}</span>{" "}
          {tr(count() === 1 ? "bank.nav.newApplicant" : "bank.nav.newApplicants")}
        </a>
      )}
    </Show>
  );
}

function SectionLink(props: { section: Section }) {
  const location = useLocation();
  const current = () => currentIn(props.section, location.pathname);
  return (
    <li>
      <a
        href={props.section.href}
        id={props.section.id}
        class="ws-nav__link"
        classList={{ "ws-nav__link--current": !!current() }}
        aria-current={current()}
      >
        {tr(props.section.label)}
      </a>
      <Show when={props.section.id === "nav-volunteers"}>
        <Applicants />
      </Show>
    </li>
  );
}

/**
 * The workspace's navigation: its sections in groups (work, the system, administration), the
 * current one marked. A column beside the page on wide screens; behind the menu button on a
 * phone.
 */
export function Nav(props: { id: string; open: boolean; ref: (el: HTMLElement) => void }) {
  const me = useMe();
  return (
    <nav
      id={props.id}
      ref={props.ref}
      class="ws-nav"
      classList={{ "ws-nav--open": props.open }}
      aria-label={tr("coord.nav.label")}
    >
      <For each={visibleGroups(me().role)}>
        {(group) => (
          <div class="ws-nav__group">
            <p class="ws-nav__heading" id={`nav-group-${group.id}`}>
              {tr(group.label)}
            </p>
            <ul aria-labelledby={`nav-group-${group.id}`}>
              <For each={group.sections}>{(section) => <SectionLink section={section} />}</For>
            </ul>
          </div>
        )}
      </For>
    </nav>
  );
}
