import { clientLanguages, type Sector, sectors } from "@rinnalla/core/request";
import { Checkboxes, type CheckboxesProps, Select, type SelectProps } from "./fields.tsx";
import { languageName, sectorName } from "./i18n.ts";

/** The lists every part offers (sectors, the client languages), by their names in the UI language. */

type ClientLanguage = (typeof clientLanguages)[number];
type Named<P> = Omit<P, "options" | "optionLabel">;

export function SectorCheckboxes(props: Named<CheckboxesProps<Sector>>) {
  return <Checkboxes {...props} options={sectors} optionLabel={sectorName} />;
}

export function SectorSelect(props: Named<SelectProps<Sector>>) {
  return <Select {...props} options={sectors} optionLabel={sectorName} />;
}

export function LanguageCheckboxes(props: Named<CheckboxesProps<ClientLanguage>>) {
  return <Checkboxes {...props} options={clientLanguages} optionLabel={languageName} />;
}

export function LanguageSelect(props: Named<SelectProps<ClientLanguage>>) {
  return <Select {...props} options={clientLanguages} optionLabel={languageName} />;
}
