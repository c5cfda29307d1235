import href from "./coordinator.css?url";

/**
 * The coordinator app's stylesheet, added when its chunk loads. Linked by hand rather than
 * imported as CSS: a CSS import makes Vite put its preload helper into the form's bundle.
 * `stylesReady` settles once the sheet has loaded (or failed), so pages never flash unstyled.
 */
export const stylesReady: Promise<void> = new Promise((resolve) => {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = href;
  link.addEventListener("load", () => resolve());
  link.addEventListener("error", () => resolve());
  document.head.append(link);
});
