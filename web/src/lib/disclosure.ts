import { createSignal, onCleanup } from "solid-js";

/**
 * A button that shows and hides a panel next to it (the disclosure pattern, not an ARIA menu):
 * the button says whether it is open, Escape closes it and gives focus back to the button, and
 * a click or focus outside both closes it quietly.
 */
export function createDisclosure() {
  const [open, setOpen] = createSignal(false);
  let button: HTMLElement | undefined;
  let panel: HTMLElement | undefined;
  const inside = (target: EventTarget | null) =>
    target instanceof Node && (!!button?.contains(target) || !!panel?.contains(target));

  const onPointer = (event: Event) => {
    if (open() && !inside(event.target)) setOpen(false);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open()) return;
    const active = document.activeElement;
    if (active && !inside(active)) return;
    event.preventDefault();
    setOpen(false);
    button?.focus();
  };
  document.addEventListener("pointerdown", onPointer);
  document.addEventListener("focusin", onPointer);
  document.addEventListener("keydown", onKey);
  onCleanup(() => {
    document.removeEventListener("pointerdown", onPointer);
    document.removeEventListener("focusin", onPointer);
    document.removeEventListener("keydown", onKey);
  });

  return {
    open,
    setOpen,
    toggle: () => setOpen((now) => !now),
    buttonRef: (el: HTMLElement) => {
      button = el;
    },
    panelRef: (el: HTMLElement) => {
      panel = el;
    },
  };
}
