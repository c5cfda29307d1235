import { For, onMount, Show } from "solid-js";
import { api, params } from "../lib/api.ts";
import { formatDate } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { Loaded, OrEmpty } from "../lib/ui.tsx";
import { useVolunteerApi } from "./api.ts";
import type { MyCertificate } from "./types.ts";

/** Where a certificate's PDF comes from: the volunteer's own route, with their session cookie. */
const pdfPath = (id: string) =>
  api.me.volunteer.certificates[":id"].pdf.$path({ param: params({ id }) });

/** One certificate: what, its number, when, valid or revoked, and the PDF while it is valid. */
function CertificateItem(props: { certificate: MyCertificate }) {
  const c = () => props.certificate;
  return (
    <li class="my-visit" data-testid="my-certificate" data-valid={String(c().valid)}>
      <h3 class="my-visit__when">{c().title}</h3>
      <dl class="facts">
        <dt>{tr("volunteer.certificates.serial")}</dt>
        <dd data-testid="my-certificate-serial">{c().serial}</dd>
        <dt>{tr("volunteer.certificates.issued")}</dt>
        <dd>{formatDate(c().issuedAt)}</dd>
        <dt>{tr("volunteer.certificates.status")}</dt>
        <dd>
          {c().valid
            ? tr("volunteer.certificates.valid")
            : tr("volunteer.certificates.revoked", { date: formatDate(c().revokedAt ?? "") })}
        </dd>
      </dl>
      {/* A revoked certificate is no longer theirs to hand on: the list still says it existed. */}
      <Show when={c().valid}>
        <a
          class="button"
          href={pdfPath(c().id)}
          download={`${c().serial}.pdf`}
          data-testid="my-certificate-pdf"
        >
          {tr("volunteer.certificates.download")}
          <span class="visually-hidden">
            {" "}
            {c().title} {c().serial}
          </span>
        </a>
      </Show>
    </li>
  );
}

/**
 * The volunteer's certificates (training, service) to download as PDF, for a job application
 * for instance: also after they have ended, which is why this page still opens for them.
 */
export function MyCertificatesSection() {
  const call = useVolunteerApi();
  const certificates = createLoader(() => call(api.me.volunteer.certificates.$get()));
  onMount(() => void certificates.reload());

  return (
    <section
      aria-labelledby="me-certificates-title"
      class="me-section"
      data-testid="my-certificates"
    >
      <h2 id="me-certificates-title">{tr("volunteer.certificates.title")}</h2>
      <p>{tr("volunteer.certificates.intro")}</p>
      <Loaded loader={certificates}>
        {(mine) => (
          <OrEmpty
            when={mine().certificates.length > 0}
            text={tr("volunteer.certificates.empty")}
            testId="my-certificates-empty"
          >
            <ul class="my-visits" aria-label={tr("volunteer.certificates.list")}>
              <For each={mine().certificates}>{(c) => <CertificateItem certificate={c} />}</For>
            </ul>
          </OrEmpty>
        )}
      </Loaded>
    </section>
  );
}
