import { useParams } from "@solidjs/router";
import { createEffect, Match, Switch } from "solid-js";
import { api, call, params } from "../lib/api.ts";
import { formatDate } from "../lib/format.ts";
import { tr, useTitle } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { Fact, LoadFailure, Loading } from "../lib/ui.tsx";
import type { CertificateCheck } from "./types.ts";

/** The certificate's status, in words and a sign: never colour alone. */
function Status(props: { check: CertificateCheck }) {
  const c = () => props.check;
  return (
    <div
      class="verify-status"
      classList={{ "verify-status--valid": c().valid, "verify-status--revoked": !c().valid }}
      data-testid="verify-status"
      data-valid={String(c().valid)}
    >
      <p class="verify-status__title">
        <span class="verify-status__sign" aria-hidden="true">
          {c().valid ? "✓" : "✗"}
        </span>{" "}
        {tr(c().valid ? "links.verify.valid" : "links.verify.revoked")}
      </p>
      <p>
        {c().valid
          ? tr("links.verify.valid.body")
          : tr("links.verify.revoked.body", { date: formatDate(c().revokedOn ?? "") })}
      </p>
    </div>
  );
}

/** What the certificate says, and no more: to whom, for what, when, by whom, its number. */
function Facts(props: { check: CertificateCheck }) {
  const c = () => props.check;
  return (
    <section aria-labelledby="verify-facts-title">
      <h2 id="verify-facts-title">{tr("links.verify.facts")}</h2>
      <dl class="facts facts--large" data-testid="verify-facts">
        <Fact term={tr("links.verify.name")}>{c().name}</Fact>
        <Fact term={tr("links.verify.what")}>{c().title}</Fact>
        <Fact term={tr("links.verify.date")}>{formatDate(c().issuedOn)}</Fact>
        <Fact term={tr("links.verify.issuer")}>{c().issuer}</Fact>
        <Fact term={tr("links.verify.serial")}>{c().serial}</Fact>
      </dl>
      <p class="hint">{tr("links.verify.only")}</p>
    </section>
  );
}

/**
 * The public check of a certificate (`/verify/<id>`, the link and QR code on every certificate):
 * valid or revoked, large and in words, then only the name, what was certified, the date, the
 * issuer and the number. An unknown id says there is no such certificate.
 */
export default function VerifyPage() {
  const route = useParams<{ id: string }>();
  const check = createLoader(() =>
    call(api.certificates.verify[":id"].$get({ param: params({ id: route.id ?? "" }) })),
  );
  createEffect(() => {
    route.id;
    void check.reload();
  });
  const unknown = () => {
    const failure = check.failure();
    return failure?.kind === "rejected" && failure.status === 404;
  };
  const status = () => {
    const data = check.data();
    if (unknown()) return tr("links.verify.unknown.title");
    if (!data) return undefined;
    return tr(data.valid ? "links.verify.valid" : "links.verify.revoked");
  };
  useTitle(() => status() ?? tr("links.verify.title"));

  return (
    <div class="link-page verify-page">
      <h1>{tr("links.verify.title")}</h1>
      <p>{tr("links.verify.intro")}</p>
      <Switch fallback={<Loading />}>
        <Match when={unknown()}>
          <div
            class="verify-status verify-status--revoked"
            data-testid="verify-status"
            data-valid="unknown"
          >
            <p class="verify-status__title">
              <span class="verify-status__sign" aria-hidden="true">
                ?
              </span>{" "}
              {tr("links.verify.unknown.title")}
            </p>
            <p>{tr("links.verify.unknown.body")}</p>
          </div>
        </Match>
        <Match when={check.failure()}>
          {(failure) => <LoadFailure failure={failure()} retry={() => void check.reload()} />}
        </Match>
        <Match when={check.data()}>
          {(c) => (
            <>
              <Status check={c()} />
              <Facts check={c()} />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
