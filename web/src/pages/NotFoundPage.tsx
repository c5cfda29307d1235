import { A } from "@solidjs/router";
import { focusHeadingOnNavigation } from "../lib/focus.ts";
import { tr, useTitle } from "../lib/i18n.ts";

export default function NotFoundPage() {
  useTitle(() => tr("error.notFound"));
  const headingRef = focusHeadingOnNavigation();
  return (
    <>
      <h1 ref={headingRef} tabindex="-1">
        {tr("error.notFound")}
      </h1>
      <p>
        <A href="/">{tr("form.title")}</A>
      </p>
    </>
  );
}
