import { A } from "@solidjs/router";
import { tr } from "../lib/i18n.ts";
import { PageHeading } from "../lib/PageHeading.tsx";

export default function NotFoundPage() {
  return (
    <>
      <PageHeading title={tr("error.notFound")} />
      <p>
        <A href="/">{tr("form.title")}</A>
      </p>
    </>
  );
}
