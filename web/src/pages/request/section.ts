import type { SetStoreFunction } from "solid-js/store";
import type { bindFields, TextPath } from "../../lib/form.ts";
import type { FormDraft } from "./draft.ts";

/** What each of the request form's sections gets: the draft, its setter, problems and fields. */
export type SectionProps = {
  draft: FormDraft;
  setDraft: SetStoreFunction<FormDraft>;
  error: (path: string) => string | undefined;
  field: ReturnType<typeof bindFields<TextPath<FormDraft>>>;
};
