import { createSignal, onMount, Show } from "solid-js";
import type { ApiFailure } from "../api.ts";
import { ErrorMessage } from "../components/Field.tsx";
import { failureText } from "../coordinator/api.ts";
import { formatDateTime } from "../coordinator/format.ts";
import { createLoader } from "../coordinator/load.ts";
import { focusSoon } from "../focus.ts";
import { type MessageKey, tr, useTitle } from "../i18n.ts";
import { currentToken, linkApi, linkProblem, onTokenChange } from "./link.ts";
import { Details, LinkTrouble, ResultPanel, RoleReminder, VisitFacts } from "./parts.tsx";
import type { OfferLinkView, OfferOutcome } from "./types.ts";

type Panel = { kind: "success" | "info"; title: MessageKey; body: MessageKey };

/** What each answer means to the volunteer, in their words. */
const panels: Record<OfferOutcome, Panel> = {
  accepted: {
    kind: "success",
    title: "links.result.accepted.title",
    body: "links.result.accepted.body",
  },
  already_accepted: {
    kind: "success",
    title: "links.result.alreadyAccepted.title",
    body: "links.result.alreadyAccepted.body",
  },
  covered: { kind: "info", title: "links.result.covered.title", body: "links.result.covered.body" },
  declined: {
    kind: "info",
    title: "links.result.declined.title",
    body: "links.result.declined.body",
  },
  already_declined: {
    kind: "info",
    title: "links.result.alreadyDeclined.title",
    body: "links.result.alreadyDeclined.body",
  },
  withdrawn: {
    kind: "info",
    title: "links.result.withdrawn.title",
    body: "links.result.withdrawn.body",
  },
  expired: { kind: "info", title: "links.result.expired.title", body: "links.result.expired.body" },
};

/** An offer already answered, as if the answer had just been given on this page. */
const answered = (status: OfferLinkView["status"]): OfferOutcome | undefined =>
  status === "pending"
    ? undefined
    : status === "accepted"
      ? "already_accepted"
      : status === "declined"
        ? "already_declined"
        : status;

/**
 * A volunteer's offer, opened from their email. Opening it changes nothing (mail scanners open
 * links too): only "I can come" and "I can't come" send anything. After an answer, focus moves
 * to what it meant; once the visit is theirs, the client's details follow.
 */
export default function OfferPage() {
  const [token, setToken] = createSignal(currentToken());
  const view = createLoader(() =>
    linkApi<OfferLinkView>("GET", `/api/links/offer/${encodeURIComponent(token() ?? "")}`),
  );
  const [outcome, setOutcome] = createSignal<OfferOutcome>();
  const [declining, setDeclining] = createSignal(false);
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [sendFailure, setSendFailure] = createSignal<ApiFailure>();
  let resultBox: HTMLDivElement | undefined;
  let declineHeading: HTMLHeadingElement | undefined;
  let declineButton: HTMLButtonElement | undefined;
  let failureBox: HTMLDivElement | undefined;

  const load = () => {
    if (token()) void view.reload();
  };
  onMount(load);
  onTokenChange(() => {
    setToken(currentToken());
    setOutcome(undefined);
    setDeclining(false);
    setSendFailure(undefined);
    load();
  });

  const problem = () => {
    if (!token()) return "noToken" as const;
    const failure = view.failure();
    return failure ? linkProblem(failure) : undefined;
  };
  const panel = () => {
    const shown = outcome() ?? answered(view.data()?.status ?? "pending");
    return shown ? panels[shown] : undefined;
  };

  useTitle(() => {
    const p = problem();
    if (p) return tr(p === "expired" ? "links.expired.title" : "links.invalid.title");
    const current = panel();
    if (current) return tr(current.title);
    return tr(view.data() ? "links.offer.title" : "links.loading");
  });

  async function answer(kind: "accept" | "decline") {
    const current = token();
    if (!current || busy()) return;
    setSendFailure(undefined);
    setReasonError(undefined);
    setBusy(true);
    const path = `/api/links/offer/${encodeURIComponent(current)}/${kind}`;
    const result = await linkApi<{ outcome: OfferOutcome }>(
      "POST",
      path,
      kind === "decline" ? { reason: reason().trim() || undefined } : undefined,
    );
    if (!result.ok) {
      setBusy(false);
      if (result.kind === "validation" && result.fields.reason) {
        setReasonError(result.fields.reason);
        focusSoon(() => document.getElementById("decline-reason") ?? undefined);
        return;
      }
      if (linkProblem(result)) {
        await view.reload();
        return;
      }
      setSendFailure(result);
      focusSoon(() => failureBox);
      return;
    }
    // The page shows what is true now (and the client's details once the visit is theirs).
    await view.reload();
    setBusy(false);
    setDeclining(false);
    setOutcome(result.data.outcome);
    focusSoon(() => resultBox);
  }

  const openDecline = () => {
    setSendFailure(undefined);
    setDeclining(true);
    focusSoon(() => declineHeading);
  };
  const closeDecline = () => {
    setDeclining(false);
    setReasonError(undefined);
    focusSoon(() => declineButton);
  };

  return (
    <div class="link-page">
      <Show
        when={!problem() && view.data()}
        fallback={
          <Show
            when={problem() || view.failure()}
            fallback={
              <>
                <h1>{tr("links.loading")}</h1>
                <p class="loading" role="status">
                  {tr("links.loading")}
                </p>
              </>
            }
          >
            <LinkTrouble
              problem={problem()}
              failure={view.failure()}
              failureText={failureText(view.failure() ?? { ok: false, kind: "network" })}
              retry={load}
            />
          </Show>
        }
      >
        {(loaded) => (
          <Show
            when={panel()}
            fallback={
              <>
                <h1>{tr("links.offer.title")}</h1>
                <p class="lead">
                  {tr("links.offer.greeting", { name: loaded().volunteerFirstName })}
                </p>
                <p>{tr("links.offer.intro")}</p>
                <p>
                  <strong>
                    {tr("links.offer.answerBy", { when: formatDateTime(loaded().expiresAt) })}
                  </strong>
                </p>
                <section aria-labelledby="visit-title">
                  <h2 id="visit-title">{tr("links.visit.title")}</h2>
                  <VisitFacts visit={loaded().visit} />
                </section>
                <RoleReminder />
                <Show when={sendFailure()}>
                  {(failure) => (
                    <div ref={failureBox} class="notice" tabindex="-1" role="alert">
                      <p>{failureText(failure())}</p>
                    </div>
                  )}
                </Show>
                <Show
                  when={declining()}
                  fallback={
                    <section aria-labelledby="answer-title" class="answer">
                      <h2 id="answer-title">{tr("links.offer.question")}</h2>
                      <div class="answer__buttons">
                        <button
                          type="button"
                          id="offer-accept"
                          class="button button--large"
                          disabled={busy()}
                          aria-busy={busy()}
                          onClick={() => void answer("accept")}
                        >
                          {busy() ? tr("links.working") : tr("links.offer.accept")}
                        </button>
                        <button
                          type="button"
                          id="offer-decline"
                          ref={declineButton}
                          class="button button--secondary button--large"
                          aria-expanded="false"
                          disabled={busy()}
                          onClick={openDecline}
                        >
                          {tr("links.offer.decline")}
                        </button>
                      </div>
                      <p class="hint">{tr("links.offer.noChange")}</p>
                    </section>
                  }
                >
                  <form
                    id="decline-form"
                    class="answer"
                    aria-labelledby="decline-title"
                    novalidate
                    onSubmit={(event) => {
                      event.preventDefault();
                      void answer("decline");
                    }}
                    onKeyDown={(event) => {
                      if (event.key === "Escape" && !busy()) {
                        event.preventDefault();
                        closeDecline();
                      }
                    }}
                  >
                    <h2 id="decline-title" ref={declineHeading} tabindex="-1">
                      {tr("links.offer.decline.title")}
                    </h2>
                    <div class="field" classList={{ "field--error": !!reasonError() }}>
                      <label class="label" for="decline-reason">
                        {tr("links.offer.decline.reason")}{" "}
                        <span class="optional-mark">{tr("form.optional")}</span>
                      </label>
                      <p id="decline-reason-hint" class="hint">
                        {tr("links.offer.decline.hint")}
                      </p>
                      <ErrorMessage id="decline-reason-error" text={reasonError()} />
                      <textarea
                        id="decline-reason"
                        name="reason"
                        rows={3}
                        maxlength={1000}
                        aria-invalid={reasonError() ? "true" : undefined}
                        aria-describedby={`decline-reason-hint${reasonError() ? " decline-reason-error" : ""}`}
                        value={reason()}
                        onInput={(e) => setReason(e.currentTarget.value)}
                      />
                    </div>
                    <div class="answer__buttons">
                      <button
                        type="submit"
                        id="decline-confirm"
                        class="button button--large"
                        disabled={busy()}
                        aria-busy={busy()}
                      >
                        {busy() ? tr("links.working") : tr("links.offer.decline.confirm")}
                      </button>
                      <button
                        type="button"
                        id="decline-back"
                        class="button button--secondary button--large"
                        disabled={busy()}
                        onClick={closeDecline}
                      >
                        {tr("links.back")}
                      </button>
                    </div>
                  </form>
                </Show>
              </>
            }
          >
            {(shown) => (
              <>
                <ResultPanel
                  kind={shown().kind}
                  title={shown().title}
                  body={shown().body}
                  ref={(el) => {
                    resultBox = el;
                  }}
                />
                <Show when={loaded().details}>
                  {(details) => <Details details={details()} visit={loaded().visit} />}
                </Show>
              </>
            )}
          </Show>
        )}
      </Show>
    </div>
  );
}
