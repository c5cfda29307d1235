import { Privacy } from "@rinnalla/core/privacy";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import {
  call,
  mailsTo,
  type StoredMail,
  sessionCookie,
  uniqueEmail,
  waitForMatching,
} from "./harness.ts";

let applicants = 0;

export function validApplication(overrides: Record<string, unknown> = {}) {
  applicants += 1;
  return {
    locale: "fi",
    name: `Vilma Vapaaehtoinen ${applicants}${Date.now().toString(36)}`,
    email: uniqueEmail("volunteer"),
    phone: "050 111 2222",
    municipality: "Espoo",
    languages: [
      { code: "fi", level: "native" },
      { code: "sv", level: "fluent" },
    ],
    motivation: "Haluan auttaa ihmisiä asioimaan.",
    heardFrom: "friend",
    consent: true,
    noticeVersion: Privacy.builtIn.version,
    ...overrides,
  };
}

/** A whole week of afternoons, away for one week from `awayFrom`. */
export function profile(overrides: Record<string, unknown> = {}) {
  const today = helsinkiDate(new Date());
  return {
    availability: {
      weekly: [1, 2, 3, 4, 5].map((day) => ({ day, from: "12:00", to: "16:00" })),
      away: [{ from: addDays(today, 30), to: addDays(today, 37) }],
      maxVisitsPerMonth: 4,
    },
    strengths: "Rauhallinen",
    interests: "Sosiaalipalvelut",
    challenges: "",
    avoidSectors: ["child_protection"],
    sectors: ["disability", "immigration"],
    languages: [
      { code: "fi", level: "native" },
      { code: "so", level: "fluent" },
    ],
    areas: ["Espoo", "Kauniainen"],
    travel: ["public_transport"],
    ...overrides,
  };
}

/** Applies through the API and returns the new volunteer's id (found by name in the bank). */
export async function applyAs(cookie: string, overrides: Record<string, unknown> = {}) {
  const body = validApplication(overrides);
  const response = await call("POST", "/api/volunteers/apply", {
    body,
    headers: { "x-test-address": uniqueEmail("address") },
  });
  if (response.status !== 201)
    throw new Error(`apply: ${response.status} ${await response.text()}`);
  const list = await (
    await call("GET", "/api/volunteers?status=applicant&limit=200", { cookie })
  ).json();
  const found = list.volunteers.find((v: { name: string; id: string }) => v.name === body.name);
  return { id: found?.id as string, email: body.email, name: body.name };
}

const SELF_LINK = /\/volunteer\/sign-in#(\S+)/;

/** A volunteer's self-service session, through the real link. */
export async function volunteerSignIn(email: string): Promise<string> {
  const withLink = (mail: StoredMail) => SELF_LINK.test(mail.body.text);
  const before = (await mailsTo(email)).filter(withLink).length;
  await call("POST", "/api/volunteer-auth/link", {
    body: { email, locale: "fi" },
    headers: { "x-test-address": uniqueEmail("address") },
  });
  const mails = await waitForMatching(email, withLink, before + 1);
  const token = mails.at(-1)?.body.text.match(SELF_LINK)?.[1];
  if (!token) throw new Error(`no volunteer link for ${email}`);
  const verified = await call("POST", "/api/volunteer-auth/verify", { body: { token } });
  if (verified.status !== 200) throw new Error(`verify: ${verified.status}`);
  return sessionCookie(verified);
}

/** Interview → training → active, with a profile, through the API as a coordinator does it. */
export async function activate(
  cookie: string,
  id: string,
  overrides: Record<string, unknown> = {},
) {
  const interviewed = await (
    await call("PUT", `/api/volunteers/${id}/interview`, {
      cookie,
      body: {
        version: 1,
        interview: {
          workHistory: "Sairaanhoitaja 30 vuotta",
          lifeSituation: "Eläkkeellä",
          earlierVolunteering: "Ystäväpalvelu",
          languages: [{ code: "fi", level: "native" }],
          sectors: ["healthcare"],
          suitability: "Sopii hyvin",
          decision: "to_training",
        },
      },
    })
  ).json();
  const active = await (
    await call("POST", `/api/volunteers/${id}/status`, {
      cookie,
      body: { version: interviewed.volunteer.version, change: { to: "active" } },
    })
  ).json();
  return (
    await call("PUT", `/api/volunteers/${id}/profile`, {
      cookie,
      body: { version: active.volunteer.version, profile: profile(overrides) },
    })
  ).json();
}

/** Free every day of the week, in Helsinki and Espoo: fits the default `validRequest`. */
export const everyDay = (overrides: Record<string, unknown> = {}) => ({
  availability: {
    weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, from: "08:00", to: "18:00" })),
    away: [],
    maxVisitsPerMonth: 8,
  },
  areas: ["Helsinki", "Espoo"],
  ...overrides,
});

/** A new active volunteer with a profile, through the real API. */
export async function activeVolunteer(
  cookie: string,
  profileOverrides: Record<string, unknown> = {},
  applicationOverrides: Record<string, unknown> = {},
) {
  const applied = await applyAs(cookie, applicationOverrides);
  await activate(cookie, applied.id, everyDay(profileOverrides));
  return applied;
}

/** An applicant interviewed into training, with a profile written (as the course asks). */
export async function inTraining(
  cookie: string,
  applicationOverrides: Record<string, unknown> = {},
) {
  const applied = await applyAs(cookie, applicationOverrides);
  const interviewed = await (
    await call("PUT", `/api/volunteers/${applied.id}/interview`, {
      cookie,
      body: {
        version: 1,
        interview: {
          workHistory: "",
          lifeSituation: "",
          earlierVolunteering: "",
          suitability: "",
          decision: "to_training",
        },
      },
    })
  ).json();
  await call("PUT", `/api/volunteers/${applied.id}/profile`, {
    cookie,
    body: { version: interviewed.volunteer.version, profile: profile(everyDay()) },
  });
  return applied;
}
