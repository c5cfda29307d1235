import { Secret, TOTP } from "otpauth";

/** The code an authenticator app shows for `secret` right now (on the test clock). */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")) }).generate({
    timestamp: at,
  });
}
