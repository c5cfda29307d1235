import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { queryEvery, transact } from "../db/index.ts";
import type { Locale } from "../i18n/locale.ts";
import { Request } from "../request/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { Volunteer } from "../volunteer/index.ts";
import { settings } from "./retention.ts";

/**
 * A person's right of access: everything held about them, as JSON (to take elsewhere) and as a
 * page they can read and print. Only theirs: the names of volunteers, coordinators and other
 * clients that appear beside their data are left out (GDPR art. 15(4)), and so are the
 * coordinators' internal notes about a volunteer, which may name clients — a coordinator can
 * add them by hand after reading them through. Every export is audited.
 */

type Raw = Record<string, unknown>;

export interface Section {
  id: string;
  rows: Raw[];
}

export interface PersonalExport {
  kind: "client" | "volunteer";
  exportedAt: string;
  sections: Section[];
}

const INTERNAL = new Set([
  "pk",
  "sk",
  "type",
  "gsi1pk",
  "gsi1sk",
  "expiresAt",
  "version",
  "claimToken",
  "letter",
  "attachments",
  // Other people: whoever handled, went along or was asked.
  "actorName",
  "ownerId",
  "ownerName",
  "volunteerId",
  "volunteerIds",
  "volunteerName",
  "volunteerNames",
  "issuedBy",
  "revokedBy",
  "by",
]);

/** An item as its owner reads it: their data, without the table's machinery or other people. */
export function own(raw: Raw): Raw {
  const out: Raw = {};
  for (const [name, value] of Object.entries(raw)) {
    if (INTERNAL.has(name) || value === undefined) continue;
    out[name] =
      value && typeof value === "object" && !Array.isArray(value) ? own(value as Raw) : value;
  }
  return out;
}

const of = (items: Raw[], type: string) => items.filter((i) => i.type === type);

/** Everything about the client of a request, and of the requests linked to it as theirs. */
export const client = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    Actor.coordinator();
    const request = await Request.load(id);
    const ids = request.clientKey
      ? (await queryEvery({ partition: `client#${request.clientKey}`, project: ["sk"] })).map((m) =>
          String(m.sk).replace(/^request#/, ""),
        )
      : [];
    const all = [...new Set([id, ...ids])];
    const partitions = (await Promise.all(all.map((r) => Request.partition(r)))).flat();
    await transact([Audit.entry("person.export", `request#${id}`, { requests: all.length }, now)]);
    const result: PersonalExport = {
      kind: "client",
      exportedAt: now.toISOString(),
      sections: [
        { id: "requests", rows: of(partitions, "request").map(own) },
        {
          id: "timeline",
          rows: of(partitions, "event").map((e) => own({ ...(e.event as Raw) })),
        },
        { id: "reports", rows: of(partitions, "report").map((r) => own(r.report as Raw)) },
        {
          id: "emails",
          rows: of(partitions, "outbox").map((e) =>
            own({ to: e.to, subject: e.subject, status: e.status, sentAt: e.sentAt }),
          ),
        },
      ],
    };
    return result;
  },
);

/** Everything about a volunteer: asked by a coordinator, or by the volunteer themselves. */
async function volunteerExport(id: string, now: Date): Promise<PersonalExport> {
  if (!(await Volunteer.get(id))) throw new VisibleError(404, "not_found", "error.notFound");
  const [partition, certificates, { exportInterview }] = await Promise.all([
    queryEvery({ partition: `volunteer#${id}`, consistent: true }),
    queryEvery({ index: "gsi1", partition: `certificates#${id}` }),
    settings(),
  ]);
  await transact([Audit.entry("person.export", `volunteer#${id}`, undefined, now)]);
  const interview = exportInterview
    ? of(partition, "interview").map((i) => own(i.interview as Raw))
    : [];
  return {
    kind: "volunteer",
    exportedAt: now.toISOString(),
    sections: [
      { id: "profile", rows: of(partition, "volunteer").map(own) },
      { id: "interview", rows: interview },
      { id: "history", rows: of(partition, "volunteer-history").map(own) },
      { id: "visits", rows: of(partition, "volunteer-visit").map(own) },
      { id: "training", rows: of(partition, "training-attended").map(own) },
      { id: "gatherings", rows: of(partition, "gathered").map(own) },
      { id: "certificates", rows: certificates.map(own) },
    ],
  };
}

export const volunteer = fn(
  z.object({ id: z.string().min(1).max(64) }),
  async ({ id }, now: Date = new Date()) => {
    Actor.coordinator();
    return volunteerExport(id, now);
  },
);

/** The volunteer's own, through their page. */
export async function mine(now: Date = new Date()) {
  return volunteerExport(Actor.volunteer().volunteerId, now);
}

const titles: Record<Locale, Record<string, string>> = {
  fi: {
    title: "Sinusta tallennetut tiedot",
    requests: "Tukipyynnöt",
    timeline: "Tapahtumat",
    reports: "Käyntiraportit",
    emails: "Lähetetyt viestit",
    profile: "Perustiedot",
    interview: "Haastattelu",
    history: "Tilan muutokset",
    visits: "Käynnit",
    training: "Koulutukset",
    gatherings: "Tapaamiset",
    certificates: "Todistukset",
    none: "Ei tietoja.",
    exported: "Koottu",
  },
  sv: {
    title: "Uppgifter som sparats om dig",
    requests: "Stödförfrågningar",
    timeline: "Händelser",
    reports: "Besöksrapporter",
    emails: "Skickade meddelanden",
    profile: "Grunduppgifter",
    interview: "Intervju",
    history: "Ändringar i status",
    visits: "Besök",
    training: "Utbildningar",
    gatherings: "Träffar",
    certificates: "Intyg",
    none: "Inga uppgifter.",
    exported: "Sammanställt",
  },
  en: {
    title: "The data held about you",
    requests: "Support requests",
    timeline: "Events",
    reports: "Visit reports",
    emails: "Messages sent",
    profile: "Basic details",
    interview: "Interview",
    history: "Status changes",
    visits: "Visits",
    training: "Training",
    gatherings: "Gatherings",
    certificates: "Certificates",
    none: "Nothing held.",
    exported: "Compiled",
  },
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

const show = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(show).join(", ")
    : value && typeof value === "object"
      ? Object.entries(value as Raw)
          .map(([k, v]) => `${k}: ${show(v)}`)
          .join("; ")
      : String(value);

/** The export as a page to read and print: one table per section, every value as text. */
export function html(data: PersonalExport, locale: Locale): string {
  const t = titles[locale];
  const sections = data.sections.map((s) => {
    const rows = s.rows.map(
      (row) =>
        `<dl>${Object.entries(row)
          .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(show(v))}</dd>`)
          .join("")}</dl>`,
    );
    return `<section><h2>${escapeHtml(t[s.id] ?? s.id)}</h2>${rows.join("") || `<p>${t.none}</p>`}</section>`;
  });
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title><style>body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;border-top:1px solid #767676;padding-top:.5rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}</style></head><body><main><h1>${t.title}</h1><p>${t.exported}: ${escapeHtml(data.exportedAt)}</p>${sections.join("")}</main></body></html>`;
}
