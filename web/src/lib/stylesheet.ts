/**
 * Adds a lazily loaded part's stylesheet once (two chunks may share one) and settles when it has
 * loaded or failed, so pages never flash unstyled. Linked by hand rather than imported as CSS:
 * a CSS import makes Vite put its preload helper into the form's bundle.
 */
const sheets = new Map<string, Promise<void>>();

export function linkStylesheet(href: string): Promise<void> {
  let ready = sheets.get(href);
  if (!ready) {
    ready = new Promise((resolve) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.addEventListener("load", () => resolve());
      link.addEventListener("error", () => resolve());
      document.head.append(link);
    });
    sheets.set(href, ready);
  }
  return ready;
}
