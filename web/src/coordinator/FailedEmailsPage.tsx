import { A } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { api } from "../lib/api.ts";
import { formatDateTime } from "../lib/format.ts";
import { tr } from "../lib/i18n.ts";
import { createLoader } from "../lib/load.ts";
import { PageHeading } from "../lib/PageHeading.tsx";
import { Loaded, OrEmpty, StatusMessage } from "../lib/ui.tsx";
import { useApi } from "./api.ts";
import { createEmailRetry, requestIdOf, templateLabels } from "./emails.ts";
import { RetryButton } from "./RetryButton.tsx";
import { DataTable } from "./table.tsx";

/** Emails that could not be delivered after every attempt, newest first, to retry. */
export default function FailedEmailsPage() {
  const call = useApi();
  const emails = createLoader(() => call(api.emails.failed.$get()));
  let heading: HTMLHeadingElement | undefined;
  onMount(() => void emails.reload());
  // The row is gone once the email is back in line: continue from the page heading.
  const { retrying, message, retry } = createEmailRetry({
    call,
    reload: emails.reload,
    after: () => heading?.focus(),
  });

  return (
    <>
      <PageHeading title={tr("emails.title")} ref={heading} />
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
                            <RetryButton
                              email={email}
                              busy={retrying() === email.id}
                              disabled={retrying() !== undefined}
                              onClick={() => void retry(id(), email)}
                            />
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
