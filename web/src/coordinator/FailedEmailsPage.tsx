import { A } from "@solidjs/router";
import { createSignal, onMount, Show } from "solid-js";
import { api } from "../lib/api.ts";
import { failureText, redirected } from "../lib/failure.ts";
import { formatDateTime } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../lib/ui.tsx";
import { useApi } from "./api.ts";
import { requestIdOf, retryEmail, templateLabels } from "./emails.ts";
import { DataTable } from "./table.tsx";
import type { Email } from "./types.ts";

/** Emails that could not be delivered after every attempt, newest first, to retry. */
export default function FailedEmailsPage() {
  const call = useApi();
  const emails = createLoader(() => call(api.emails.failed.$get()));
  const [retrying, setRetrying] = createSignal<string>();
  const [message, setMessage] = createSignal<Flash>();
  let heading: HTMLHeadingElement | undefined;
  onMount(() => void emails.reload());

  async function retry(email: Email) {
    const requestId = requestIdOf(email.owner);
    if (!requestId || retrying()) return;
    setRetrying(email.id);
    setMessage(undefined);
    const result = await call(retryEmail(requestId, email.id));
    setRetrying(undefined);
    if (!result.ok && redirected(result)) return;
    await emails.reload();
    setMessage(
      result.ok
        ? { kind: "success", text: tr("emails.retry.done", { to: email.to }) }
        : { kind: "error", text: failureText(result) },
    );
    // The row is gone once the email is back in line: continue from the page heading.
    heading?.focus();
  }

  return (
    <>
      <PageHeading
        title={tr("emails.title")}
        ref={(el) => {
          heading = el;
        }}
      />
      <p>{tr("emails.intro")}</p>
      <StatusMessage message={message()} id="emails-message" />
      <Loaded loader={emails}>
        {(data) => (
          <OrEmpty when={data().emails.length > 0} text={tr("emails.empty")} testId="emails-empty">
            <DataTable
              testId="failed-emails-table"
              caption={tr("emails.caption")}
              columns={[
                "emails.subject",
                "emails.to",
                "emails.template",
                "emails.created",
                "emails.lastError",
                "emails.actions",
              ]}
              rows={data().emails}
            >
              {(email) => {
                const requestId = requestIdOf(email.owner);
                const template = templateLabels[email.template];
                return (
                  <tr data-testid="failed-email-row">
                    <th scope="row">{email.subject}</th>
                    <td class="break">{email.to}</td>
                    <td>{template ? tr(template) : email.template}</td>
                    <td>
                      <time datetime={email.createdAt}>{formatDateTime(email.createdAt)}</time>
                    </td>
                    <td>
                      <span class="break">{email.lastError}</span>
                      <span class="muted">
                        {" "}
                        ({tr("emails.attempts", { count: email.attempts })})
                      </span>
                    </td>
                    <td>
                      <Show when={requestId} fallback={<span class="muted">–</span>}>
                        {(id) => (
                          <div class="cell-actions">
                            <A href={`/coordinator/requests/${encodeURIComponent(id())}`}>
                              {tr("emails.openRequest")}
                              <span class="visually-hidden">
                                {" "}
                                {tr("emails.retry.context", { subject: email.subject })}
                              </span>
                            </A>
                            <button
                              type="button"
                              class="button button--secondary button--small"
                              data-testid="email-retry"
                              id={`retry-${email.id}`}
                              disabled={retrying() !== undefined}
                              aria-busy={retrying() === email.id}
                              onClick={() => void retry(email)}
                            >
                              {retrying() === email.id ? tr("ui.working") : tr("emails.retry")}
                              <span class="visually-hidden">
                                {" "}
                                {tr("emails.retry.context", { subject: email.subject })}
                              </span>
                            </button>
                          </div>
                        )}
                      </Show>
                    </td>
                  </tr>
                );
              }}
            </DataTable>
          </OrEmpty>
        )}
      </Loaded>
    </>
  );
}
