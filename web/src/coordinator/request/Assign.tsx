import { createSignal, Show } from "solid-js";
import { ConfirmPanel, OpenButton } from "../../lib/actions.tsx";
import { type ApiFailure, api, params } from "../../lib/api.ts";
import { failureText, redirected } from "../../lib/failure.ts";
import { Select, TextArea } from "../../lib/fields.tsx";
import { focusSoon } from "../../lib/focus.ts";
import { tr } from "../../lib/i18n.ts";
import type { Flash } from "../../lib/ui.tsx";
import type { Caller } from "../api.ts";
import type { Request } from "../types.ts";
import { FirstMeetingFields } from "./FirstMeetingFields.tsx";
import type { Suggestion } from "./matching.ts";
import { focusFirst, noMeeting, placeErrors } from "./suggest.ts";

/**
 * Confirming a volunteer directly, after agreeing by phone: the volunteer, a note for them and
 * an optional first meeting, after a confirm step.
 */
export function Assign(props: {
  request: Request;
  suggestions: readonly Suggestion[];
  call: Caller;
  /** Chosen in the list: one chosen is who is assigned, unless changed. */
  picked: string[];
  busy: boolean;
  setBusy: (busy: boolean) => void;
  assigning: boolean;
  setAssigning: (assigning: boolean) => void;
  say: (message: Flash | undefined) => void;
  finished: (message: Flash) => Promise<void>;
  refused: (failure: ApiFailure) => Promise<void>;
}) {
  const [assignee, setAssignee] = createSignal("");
  const [note, setNote] = createSignal("");
  const [meeting, setMeeting] = createSignal(noMeeting());
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  let openButton: HTMLButtonElement | undefined;
  const nameOf = (id: string) => props.suggestions.find((s) => s.volunteerId === id)?.name ?? id;

  const open = () => {
    props.say(undefined);
    setErrors({});
    setAssignee(props.picked.length === 1 ? (props.picked[0] ?? "") : "");
    setNote("");
    setMeeting(noMeeting());
    props.setAssigning(true);
  };
  const close = () => {
    props.setAssigning(false);
    focusSoon(() => openButton);
  };

  async function assign() {
    if (props.busy) return;
    const volunteerId = assignee();
    const found: Record<string, string> = {};
    if (!volunteerId) found["assign-volunteer"] = tr("error.required");
    const m = meeting();
    const given = [m.date, m.time, m.place].filter((v) => v.trim()).length;
    if (given > 0 && given < 3)
      found["assign-meeting"] = tr("detail.offer.firstMeeting.incomplete");
    setErrors(found);
    if (Object.keys(found).length > 0)
      return focusFirst(found, ["assign-volunteer", "assign-meeting"]);
    props.setBusy(true);
    const result = await props.call(
      api.requests[":id"].assign.$post({
        param: params({ id: props.request.id }),
        json: {
          version: props.request.version,
          volunteerId,
          ...(note().trim() ? { note: note().trim() } : {}),
          ...(given === 3
            ? { firstMeeting: { date: m.date, time: m.time, place: m.place.trim() } }
            : {}),
        },
      }),
    );
    props.setBusy(false);
    if (result.ok) {
      props.setAssigning(false);
      await props.finished({
        kind: "success",
        text: tr("detail.assign.done", { name: nameOf(volunteerId) }),
      });
      return;
    }
    if (redirected(result)) return;
    if (result.kind === "validation") {
      const { placed, rest } = placeErrors(result.fields, "assign");
      setErrors(placed);
      if (rest.length > 0 || Object.keys(placed).length === 0)
        props.say({ kind: "error", text: rest.join(" ") || failureText(result) });
      return focusFirst(placed, ["assign-volunteer", "assign-note", "assign-meeting"]);
    }
    props.setAssigning(false);
    await props.refused(result);
    focusSoon(() => openButton);
  }

  return (
    <>
      <p>
        <OpenButton
          id="assign-open"
          ref={openButton}
          expanded={props.assigning}
          disabled={props.busy}
          onClick={open}
          label={tr("detail.assign.open")}
        />
      </p>
      <Show when={props.assigning}>
        <ConfirmPanel
          id="assign-panel"
          tone="plain"
          title={tr("detail.assign.title")}
          confirmId="assign-confirm"
          confirmLabel={tr("detail.assign.confirm")}
          busy={props.busy}
          onConfirm={() => void assign()}
          onCancel={close}
        >
          <p>{tr("detail.assign.intro")}</p>
          <Select
            id="assign-volunteer"
            label={tr("detail.assign.volunteer")}
            error={errors()["assign-volunteer"]}
            required
            value={assignee()}
            options={props.suggestions.map((s) => s.volunteerId)}
            optionLabel={nameOf}
            placeholder={tr("detail.assign.choose")}
            onChange={setAssignee}
          />
          <TextArea
            id="assign-note"
            label={tr("detail.assign.note")}
            hint={tr("detail.assign.note.hint")}
            error={errors()["assign-note"]}
            optional
            rows={3}
            maxlength={4000}
            value={note()}
            onInput={setNote}
          />
          <FirstMeetingFields
            prefix="assign"
            value={meeting()}
            onChange={setMeeting}
            error={errors()["assign-meeting"]}
          />
        </ConfirmPanel>
      </Show>
    </>
  );
}
