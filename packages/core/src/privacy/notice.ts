import { createHash } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem, run } from "../db/store.ts";
import type { Locale } from "../i18n/index.ts";
import { Organisation, type OrganisationDetails } from "../organisation/index.ts";
import { published } from "./published.ts";
import { en } from "./texts/en.ts";
import { fi } from "./texts/fi.ts";
import { sv } from "./texts/sv.ts";

/**
 * The privacy notice people consent under, as a versioned record. The built-in notice's version
 * is a hash of its exact text in every language, so the web page, the API and a stored consent
 * all name the same words; each version's text is stored once (`notice#<version>`), so the terms
 * someone was given can be shown later, after the text has moved on.
 *
 * An association may point to a notice of its own (`privacyUrl`). Its content is not ours to
 * read, so we do not pretend to know it: that notice's version stands for "the page at this
 * address, as the association pointed to it from this date" — a hash of the address and the
 * date it was set. Changing the address (or setting it again) makes a new version.
 */

export type NoticeKey = keyof typeof fi;
export type NoticeTexts = Record<Locale, Record<NoticeKey, string>>;

export const texts: NoticeTexts = { fi, sv, en };

/** One line per text, languages and keys in a fixed order: the same words always hash alike. */
export function canonical(all: NoticeTexts): string {
  return JSON.stringify(
    (Object.keys(all) as Locale[])
      .sort()
      .map((locale) => [
        locale,
        Object.entries(all[locale]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ]),
  );
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** The built-in notice's version: the first 16 hex digits of SHA-256 over its canonical text. */
export const versionOf = (all: NoticeTexts) => hash(canonical(all));

export type Notice =
  | {
      kind: "built-in";
      version: string;
      /** The Helsinki date this text came into use (`published.ts`). */
      since: string;
      texts: NoticeTexts;
    }
  | {
      kind: "own";
      version: string;
      /** The day the association pointed to this address. */
      since: string;
      url: string;
    };

export const builtIn: Extract<Notice, { kind: "built-in" }> = {
  kind: "built-in",
  version: versionOf(texts),
  since: published.since,
  texts,
};

/** The notice the association's settings point to: its own address, or the built-in one. */
export function noticeOf(
  o: Pick<OrganisationDetails, "privacyUrl" | "privacyUrlSince" | "updatedAt">,
): Notice {
  if (!o.privacyUrl) return builtIn;
  const since = (o.privacyUrlSince ?? o.updatedAt ?? "").slice(0, 10);
  return {
    kind: "own",
    version: `own-${hash(`${o.privacyUrl}\n${since}`)}`,
    since,
    url: o.privacyUrl,
  };
}

export async function current(): Promise<Notice> {
  return noticeOf(await Organisation.current());
}

/** What the public pages need to know of the current notice (no texts: the page asks for them). */
export const summary = (n: Notice) => ({
  version: n.version,
  since: n.since,
  ...(n.kind === "own" && { url: n.url }),
});
export type NoticeSummary = ReturnType<typeof summary>;

// —— Each version kept once ——

const StoredNotice = z.object({
  version: z.string(),
  kind: z.enum(["built-in", "own"]),
  since: z.string(),
  /** The built-in notice's exact texts, as JSON (one attribute, read whole). */
  texts: z.string().optional(),
  url: z.string().optional(),
});

const Notices = defineItem({
  type: "notice",
  schema: StoredNotice,
  key: (version: string) => ({ pk: `notice#${version}`, sk: "notice" }),
  id: (n) => n.version,
});

const stored = new Set<string>();

/**
 * Keeps this version's text, once: a put only if absent (the same version is the same text, so
 * a failed condition means it is already there). Done before the consent that names it is
 * written, outside that transaction — a condition that fails inside it would cancel the consent.
 * Remembered per process, so a busy form costs one write per version, not one per request.
 */
export async function keep(n: Notice): Promise<void> {
  if (stored.has(n.version)) return;
  const item =
    n.kind === "built-in"
      ? { version: n.version, kind: n.kind, since: n.since, texts: JSON.stringify(n.texts) }
      : { version: n.version, kind: n.kind, since: n.since, url: n.url };
  try {
    await run(Notices.put(item, when.notExists("pk")));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  stored.add(n.version);
}

/** A version as it was given: the current one, or one kept earlier. */
export async function find(version: string): Promise<Notice | undefined> {
  const now = await current();
  if (now.version === version) return now;
  if (builtIn.version === version) return builtIn;
  const found = await Notices.get(version);
  if (!found) return undefined;
  if (found.kind === "own") {
    return { kind: "own", version: found.version, since: found.since, url: found.url ?? "" };
  }
  return {
    kind: "built-in",
    version: found.version,
    since: found.since,
    texts: JSON.parse(found.texts ?? "{}") as NoticeTexts,
  };
}
