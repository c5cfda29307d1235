import { onMount } from "solid-js";

/**
 * Focus helpers. A page's `<h1 tabindex="-1">` takes focus after in-app navigation (not on the
 * first page load), so screen readers announce the new page.
 */

let firstPage = true;

export function focusHeadingOnNavigation(): (el: HTMLElement) => void {
  let heading: HTMLElement | undefined;
  onMount(() => {
    if (firstPage) firstPage = false;
    else heading?.focus();
  });
  return (el) => {
    heading = el;
  };
}

/** Moves focus to a control and scrolls its label or legend into view (GOV.UK pattern). */
export function focusField(id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  const container = control.closest<HTMLElement>(".field") ?? control;
  container.scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}

/** Focuses an element once the current update has reached the DOM. */
export function focusSoon(element: () => HTMLElement | undefined) {
  queueMicrotask(() => element()?.focus());
}
