import { createSignal } from "solid-js";
import type { ApiFailure, ApiResult } from "./api.ts";
import { focusSoon } from "./focus.ts";
import { tr } from "./i18n.ts";

/**
 * A form of one required field (a reference, a code, an email address): its value and error, and
 * its sending. An empty field, or the API's word on the field (its `name` in a validation
 * answer), puts the error on the field and focus there; anything else that fails goes to
 * `failed`, which can put its text on the field too (`showError`).
 */
export function createOneField<T>(options: {
  /** DOM id of the field (it may change, e.g. an app code or a recovery code). */
  fieldId: () => string;
  /** The field's name in the API's answer. */
  name: string;
  /** The value as sent (trimmed unless said otherwise). */
  read?: (value: string) => string;
  /** "Busy" when the page shares it (sign-in steps); the form's own otherwise. */
  busy?: { busy: () => boolean; setBusy: (busy: boolean) => void };
  /** Before anything else on submit, e.g. clearing what the last attempt said. */
  start?: () => void;
  send: (value: string) => Promise<ApiResult<T>>;
  sent: (data: T, value: string) => void | Promise<void>;
  failed: (failure: ApiFailure) => void;
}) {
  const [value, setValue] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [ownBusy, setOwnBusy] = createSignal(false);
  const busy = options.busy?.busy ?? ownBusy;
  const setBusy = options.busy?.setBusy ?? setOwnBusy;
  const focus = () => focusSoon(() => document.getElementById(options.fieldId()) ?? undefined);
  const showError = (text: string) => {
    setError(text);
    focus();
  };

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy()) return;
    options.start?.();
    const sent = (options.read ?? ((raw) => raw.trim()))(value());
    if (!sent) return showError(tr("error.required"));
    setError(undefined);
    setBusy(true);
    const result = await options.send(sent);
    setBusy(false);
    if (result.ok) return options.sent(result.data, sent);
    const onField = result.kind === "validation" ? result.fields[options.name] : undefined;
    if (onField) return showError(onField);
    options.failed(result);
  }

  return { value, setValue, error, setError, showError, focus, busy, submit };
}
