/// <reference types="vite/client" />

/** A catalog's coordinator-only texts (web/plugins/lazy-messages.ts). */
declare module "*?lazy-messages" {
  export const fi: Record<string, string>;
  export const sv: Record<string, string>;
  export const en: Record<string, string>;
}
