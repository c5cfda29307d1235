import { createEffect } from "solid-js";
import { api, withToken } from "../lib/api.ts";
import { tr } from "../lib/i18n.ts";
import { createLinkView } from "./link.ts";
import { LinkPage } from "./parts.tsx";

const open = (code: string) => api.links.short.$get(undefined, withToken(code));

/**
 * A text message's short link (`/s#<code>`): it asks where the code leads and goes there, in
 * place of this page in the history, so Back returns to the messages app. An unknown or expired
 * code gets the usual words for a link that no longer works.
 */
export default function ShortPage() {
  const page = createLinkView(open, () => undefined);
  createEffect(() => {
    const path = page.view.data()?.path;
    if (path?.startsWith("/")) location.replace(path);
  });
  return (
    <LinkPage
      page={{ ...page, resultRef: () => undefined }}
      panel={undefined}
      intro={(loaded) => (
        <>
          <h1>{tr("links.short.title")}</h1>
          <p>
            <a href={loaded().path}>{tr("links.short.go")}</a>
          </p>
        </>
      )}
    />
  );
}
