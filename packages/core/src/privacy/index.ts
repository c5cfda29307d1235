export type { Consent, ConsentSource } from "./consent.ts";
export type { Notice, NoticeKey, NoticeSummary, NoticeTexts } from "./notice.ts";
export * as Privacy from "./privacy.ts";
