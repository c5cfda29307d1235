import { parsePhoneNumberFromString } from "libphonenumber-js/min";
export const f = (v: string) => parsePhoneNumberFromString(v, "FI")?.isValid();
