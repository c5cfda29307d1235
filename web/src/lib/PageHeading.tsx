import type { Ref } from "solid-js";
import { focusHeadingOnNavigation } from "./focus.ts";
import { useTitle } from "./i18n.ts";

/**
 * A page's `<h1>` and the document's title (`documentTitle` when it says more, e.g. that the
 * page has errors). The heading takes focus after in-app navigation; `ref` gives it to the page
 * too.
 */
export function PageHeading(props: {
  title: string;
  documentTitle?: string;
  ref?: Ref<HTMLHeadingElement>;
}) {
  const focusRef = focusHeadingOnNavigation();
  useTitle(() => props.documentTitle ?? props.title);
  return (
    <h1
      ref={(el) => {
        focusRef(el);
        // Solid's compiler hands a component a `ref={variable}` as a function that sets it.
        if (typeof props.ref === "function") props.ref(el);
      }}
      tabindex="-1"
    >
      {props.title}
    </h1>
  );
}
