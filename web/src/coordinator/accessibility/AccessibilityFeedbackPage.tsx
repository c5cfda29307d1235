import { createSignal, For, onMount, Show } from "solid-js";
import { type Answer, api, params } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { TextField } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { formatDateTime, formatDay } from "../../lib/format.ts";
import { tr } from "../../lib/i18n.ts";
import { createLoader } from "../../lib/load.ts";
import { PageHeading } from "../../lib/PageHeading.tsx";
import { type Flash, Loaded, OrEmpty, StatusMessage } from "../../lib/ui.tsx";
import { EmailLink, PhoneLink } from "../../pages/contact.tsx";
import { useApi } from "../api.ts";

type Listed = Answer<(typeof api)["accessibility-feedback"]["$get"]>;
type Open = Listed["open"][number];
type Answered = Listed["answered"][number];

/** "3 days left", "Last day today", "2 days overdue": the 14-day clock in words. */
export const clockText = (daysLeft: number) =>
  daysLeft > 0
    ? tr("coord.a11y.daysLeft", { count: daysLeft })
    : daysLeft === 0
      ? tr("coord.a11y.dueToday")
      : tr("coord.a11y.overdue", { count: -daysLeft });

/**
 * Feedback on accessibility from the statement's form, each with its 14 days to answer: the
 * one due first at the top, overdue ones marked. Answering happens by email or phone; here the
 * coordinator records that it was done and what was said, and it moves to the answered list.
 */
export default function AccessibilityFeedbackPage() {
  const call = useApi();
  const list = createLoader(() => call(api["accessibility-feedback"].$get()));
  onMount(() => void list.reload());
  const [flash, setFlash] = createSignal<Flash>();
  let region: HTMLDivElement | undefined;
  const answered = (item: Answered) => {
    const current = list.data();
    if (current) {
      list.set({
        open: current.open.filter((f) => f.id !== item.id),
        answered: [item, ...current.answered],
      });
    }
    setFlash({ kind: "success", text: tr("coord.a11y.answered") });
    focusSoon(() => region);
  };

  return (
    <div>
      <PageHeading title={tr("coord.a11y.title")} />
      <p class="lead">{tr("coord.a11y.lead")}</p>
      <div ref={region} tabindex="-1" class="focus-target">
        <StatusMessage message={flash()} testId="a11y-message" />
      </div>
      <Loaded loader={list}>
        {(data) => (
          <>
            <section aria-labelledby="a11y-open-title">
              <h2 id="a11y-open-title">{tr("coord.a11y.open")}</h2>
              <OrEmpty
                when={data().open.length > 0}
                text={tr("coord.a11y.empty")}
                testId="a11y-empty"
              >
                <ul class="a11y-feedback-list" data-testid="a11y-open">
                  <For each={data().open}>
                    {(item) => <OpenItem item={item} call={call} answered={answered} />}
                  </For>
                </ul>
              </OrEmpty>
            </section>
            <Show when={data().answered.length > 0}>
              <section aria-labelledby="a11y-answered-title">
                <h2 id="a11y-answered-title">{tr("coord.a11y.answeredTitle")}</h2>
                <ul class="a11y-feedback-list" data-testid="a11y-answered">
                  <For each={data().answered}>{(item) => <AnsweredItem item={item} />}</For>
                </ul>
              </section>
            </Show>
          </>
        )}
      </Loaded>
    </div>
  );
}

/** What was sent and how to reach the sender. */
function Sent(props: { item: Open | Answered }) {
  return (
    <dl class="a11y-feedback__facts">
      <dt>{tr("coord.a11y.received")}</dt>
      <dd>{formatDateTime(props.item.receivedAt)}</dd>
      <Show when={props.item.where}>
        {(where) => (
          <>
            <dt>{tr("coord.a11y.where")}</dt>
            <dd>{where()}</dd>
          </>
        )}
      </Show>
      <dt>{tr("coord.a11y.contact")}</dt>
      <dd>
        <Show when={props.item.email || props.item.phone} fallback={tr("coord.a11y.noContact")}>
          <Show when={props.item.email}>{(email) => <EmailLink email={email()} />}</Show>
          <Show when={props.item.email && props.item.phone}>{" · "}</Show>
          <Show when={props.item.phone}>{(phone) => <PhoneLink phone={phone()} />}</Show>
        </Show>{" "}
        ({tr(`coord.a11y.language.${props.item.locale}`)})
      </dd>
    </dl>
  );
}

function OpenItem(props: {
  item: Open;
  call: ReturnType<typeof useApi>;
  answered: (item: Answered) => void;
}) {
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const id = () => `a11y-note-${props.item.id}`;
  const late = () => props.item.daysLeft < 0;
  async function answer(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    if (!note().trim()) {
      setError(tr("coord.a11y.noteMissing"));
      return focusSoon(() => document.getElementById(id()) ?? undefined);
    }
    setBusy(true);
    const result = await props.call(
      api["accessibility-feedback"][":id"].answer.$post({
        param: params({ id: props.item.id }),
        json: { note: note() },
      }),
    );
    setBusy(false);
    if (result.ok) return props.answered(result.data);
    if (redirected(result)) return;
    setError(
      result.kind === "validation" ? (result.fields.note ?? result.message) : failureText(result),
    );
    focusSoon(() => document.getElementById(id()) ?? undefined);
  }
  return (
    <li class="a11y-feedback" classList={{ "a11y-feedback--late": late() }} data-testid="a11y-item">
      <p class="a11y-feedback__clock">
        <strong>{clockText(props.item.daysLeft)}</strong>{" "}
        {tr("coord.a11y.due", { date: formatDay(props.item.due) })}
      </p>
      <p class="a11y-feedback__what">{props.item.what}</p>
      <Sent item={props.item} />
      <form novalidate onSubmit={(e) => void answer(e)} class="a11y-feedback__answer">
        <TextField
          id={id()}
          label={tr("coord.a11y.note")}
          hint={tr("coord.a11y.note.hint")}
          error={error()}
          value={note()}
          maxlength={500}
          onInput={setNote}
        />
        <button type="submit" class="button button--secondary" disabled={busy()} aria-busy={busy()}>
          {tr("coord.a11y.markAnswered")}
        </button>
      </form>
    </li>
  );
}

function AnsweredItem(props: { item: Answered }) {
  return (
    <li class="a11y-feedback" data-testid="a11y-answered-item">
      <p class="a11y-feedback__what">{props.item.what}</p>
      <Sent item={props.item} />
      <p>
        {tr("coord.a11y.answeredBy", {
          who: props.item.answeredBy ?? "",
          when: formatDateTime(props.item.answeredAt),
        })}
      </p>
      <p class="a11y-feedback__note">{props.item.answerNote}</p>
    </li>
  );
}
