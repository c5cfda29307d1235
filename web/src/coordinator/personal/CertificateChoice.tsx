import { Radios } from "../../lib/fields.tsx";
import { tr } from "../../lib/i18n.ts";
import type { Certificates } from "./erasure.ts";

const certificateChoices = ["keep", "remove"] as const;

/** Whether a certificate can still be verified after the erasure: keep a minimal register. */
export function CertificateChoice(props: {
  value: Certificates;
  onChange: (value: Certificates) => void;
}) {
  return (
    <Radios
      id="erase-certificates"
      legend={tr("personal.certificates")}
      hint={tr("personal.certificates.hint")}
      options={certificateChoices}
      optionLabel={(option) => tr(`personal.certificates.${option}`)}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
