import { isValidPhoneNumber, parsePhoneNumberWithError } from "libphonenumber-js/mobile";
export const f = (v: string) => isValidPhoneNumber(v, "FI");
