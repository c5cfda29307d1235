import type { Page } from "playwright-core";

/**
 * Chooses languages in a language picker (the searchable multi-select of the request form and
 * the volunteer application) as a pointer user does: opens its list, clicks each language's
 * option, closes the list. `id` is the picker's input (`client-languages`, `apply-languages`).
 */
export async function chooseLanguages(
  page: Page,
  codes: readonly string[],
  id = "client-languages",
) {
  for (const code of codes) {
    const chosen = `#${id}-chosen-${code}`;
    if (await page.isVisible(chosen)) continue;
    if ((await page.getAttribute(`#${id}`, "aria-expanded")) !== "true") await page.click(`#${id}`);
    await page.click(`#${id}-option-${code}`);
    await page.waitForSelector(chosen);
  }
  await page.press(`#${id}`, "Escape");
}
