import { createSignal, Show } from "solid-js";
import { api } from "../lib/api.ts";
import { failureText } from "../lib/failure.ts";
import { formatDate } from "../lib/format.ts";
import { locale, tr } from "../lib/i18n.ts";
import type { SelfView } from "../lib/profile/types.ts";
import { type Flash, StatusMessage } from "../lib/ui.tsx";
import { signedOut, useVolunteerApi } from "./api.ts";

/**
 * A new version of the privacy notice, shown at the volunteer's next visit to their page: since
 * when, what is new (the built-in notice says it in a sentence) and where to read it. "I have
 * read it" keeps the version and the date, and the banner goes; until then it is shown each time.
 */
export function NoticeBanner(props: {
  volunteer: SelfView;
  onChanged: (volunteer: SelfView) => void;
  reload: () => Promise<void>;
}) {
  const call = useVolunteerApi();
  const [message, setMessage] = createSignal<Flash>();
  const [busy, setBusy] = createSignal(false);
  const notice = () => props.volunteer.notice;

  async function acknowledge() {
    setBusy(true);
    const result = await call(
      api.me.volunteer.notice.$post({ json: { version: notice().version } }),
    );
    setBusy(false);
    if (result.ok) {
      props.onChanged(result.data);
      setMessage({ kind: "success", text: tr("volunteer.notice.thanks") });
      return;
    }
    if (signedOut(result)) return;
    // It changed again meanwhile: show the newer one.
    if (result.kind === "rejected" && result.code === "notice_changed") await props.reload();
    setMessage({ kind: "error", text: failureText(result) });
  }

  return (
    <>
      <Show when={notice().changed}>
        <section class="panel-note" aria-labelledby="notice-title" data-testid="notice-banner">
          <h2 id="notice-title">{tr("volunteer.notice.title")}</h2>
          <p>
            {tr("volunteer.notice.since", { date: formatDate(`${notice().since}T12:00:00Z`) })}{" "}
            {notice().changes?.[locale()]}
          </p>
          <p>
            <a href={notice().url ?? "/privacy"} id="notice-read">
              {tr("volunteer.notice.read")}
            </a>
          </p>
          <button
            type="button"
            class="button"
            id="notice-acknowledge"
            disabled={busy()}
            onClick={() => void acknowledge()}
          >
            {tr("volunteer.notice.ok")}
          </button>
        </section>
      </Show>
      <StatusMessage message={message()} testId="notice-message" />
    </>
  );
}
