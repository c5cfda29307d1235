import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { AccessibilityFeedback } from "../../packages/core/src/accessibility-feedback/index.ts";
import * as Alert from "../../packages/core/src/alert/index.ts";
import { noticeLetter } from "../../packages/core/src/auth/notice.ts";
import { signInLetter } from "../../packages/core/src/auth/sign-in.ts";
import * as SurveyLetters from "../../packages/core/src/feedback/letters.ts";
import * as GatheringLetters from "../../packages/core/src/gathering/letters.ts";
import type { Gathering } from "../../packages/core/src/gathering/store.ts";
import {
  type ClientLocale,
  extraLocales,
  type Locale,
} from "../../packages/core/src/i18n/index.ts";
import { Digest, MonthlyReport } from "../../packages/core/src/jobs/index.ts";
import { Letters } from "../../packages/core/src/letters/index.ts";
import { Closing } from "../../packages/core/src/lifecycle/index.ts";
import {
  type Letter,
  layout,
  type Template,
  templates,
} from "../../packages/core/src/mail/index.ts";
import { Organisation } from "../../packages/core/src/organisation/index.ts";
import { thanksLetter } from "../../packages/core/src/recognition/recognition.ts";
import { Request } from "../../packages/core/src/request/index.ts";
import * as TrainingLetters from "../../packages/core/src/training/letters.ts";
import { applicationLetter } from "../../packages/core/src/volunteer/application.ts";
import { selfLinkLetter } from "../../packages/core/src/volunteer/self.ts";

/**
 * Every email the system sends, laid out as it is delivered: valid HTML, every address a real
 * link, the main action a button, the association's contact in the footer.
 */

process.env.TABLE_NAME ??= "emails-test";

const organisation: Organisation.Organisation = {
  name: "Tukihenkilöyhdistys Rinnalla ry",
  phone: "+358 40 1234567",
  email: "toimisto@rinnalla.example",
  openingHours: "ma–to 9–15",
  address: "Esimerkkikatu 1\n00100 Helsinki",
  website: "https://rinnalla.example",
  replies: "organisation",
  version: 3,
};

const request = (locale: ClientLocale): Request.Request => ({
  id: "req_01",
  reference: "R-2027-0042",
  status: "confirmed",
  locale,
  requesterRole: "professional",
  requester: { name: "Sari Sosiaali", organisation: "Kaupunki", email: "sari@example.org" },
  client: {
    name: "Amina Ali",
    phone: "+358 40 7654321",
    email: "amina@example.org",
    languages: ["so", "fi"],
  },
  preferredContact: "email",
  sector: "immigration",
  description: "Terveystieto, joka ei saa näkyä sähköpostissa",
  place: "Maistraatti, Katu 2",
  municipality: "Helsinki",
  date: "2027-03-02",
  startTime: "09:30",
  durationMinutes: 60,
  startsAt: "2027-03-02T07:30:00.000Z",
  consentAt: "2027-02-20T10:00:00.000Z",
  createdAt: "2027-02-20T10:00:00.000Z",
  updatedAt: "2027-02-20T10:00:00.000Z",
  version: 4,
  volunteerId: "vol_01",
  volunteerName: "Hodan Tukija",
});

const volunteer = (locale: Locale) => ({ name: "Hodan Tukija", locale });
const url = (path: string) => `https://rinnalla.example${path}#token-abc`;
const now = new Date("2027-02-27T10:00:00.000Z");

const session = {
  n: 1,
  topic: "role",
  date: "2027-03-02",
  startTime: "17:00",
  startsAt: "2027-03-02T15:00:00.000Z",
  minutes: 210,
  place: "Järjestötalo, Kokoushuone 2",
  trainer: "Esteri",
};
const cohort = {
  name: "Kevät 2027",
  sessions: [session, { ...session, n: 2, topic: "serviceSystem" }],
};

const gathering: Gathering = {
  id: "gat_1",
  season: "2027-spring",
  status: "published",
  title: "Kevään tapaaminen 2027",
  date: "2027-04-20",
  startTime: "17:00",
  endTime: "19:30",
  startsAt: "2027-04-20T14:00:00.000Z",
  place: "Järjestötalo, Esimerkkikatu 1, Helsinki",
  accessibility: "Katutasossa, esteetön wc, induktiosilmukka.",
  programme: "Kuulumiset, vertaistukea ja kevään koulutustoiveet.",
  capacity: 30,
  answerBy: "2027-04-13",
  alsoInvite: [],
  seated: 12,
  waiting: 0,
  createdAt: "2027-02-01T06:00:00.000Z",
  version: 3,
};

/** The emails a client or requester gets: in every client language, Arabic right to left too. */
const clientTemplates = [
  "request-received",
  "request-cancelled",
  "request-no_volunteer",
  "support-found",
  "support-found-client",
  "client-reminder",
  "survey-after-client",
] as const satisfies Template[];
type ClientTemplate = (typeof clientTemplates)[number];

const clientExamples: Record<ClientTemplate, (locale: ClientLocale) => Letter> = {
  "request-received": (l) => Request.receivedLetter(request(l)),
  "request-cancelled": (l) => Closing.requesterLetter("cancelled")(request(l)),
  "request-no_volunteer": (l) => Closing.requesterLetter("noVolunteer")(request(l)),
  "support-found": (l) => Letters.supportFound(request(l), "Hodan Tukija", url("/cancel")),
  "support-found-client": (l) =>
    Letters.supportFound(request(l), "Hodan Tukija", url("/cancel"), "Amina Ali"),
  "client-reminder": (l) => Letters.clientReminder(request(l), "Hodan Tukija"),
  "survey-after-client": (l) => SurveyLetters.survey("client-after", l, url("/survey")),
};

/** One example of each template; the Record makes a new template fail here until it has one. */
const examples: Record<Template, (locale: Locale) => Letter> = {
  ...clientExamples,
  "sign-in-link": (l) => signInLetter(l, "Kaisa Koordinaattori", url("/sign-in/verify")),
  "volunteer-link": (l) => selfLinkLetter(l, "Hodan Tukija", url("/volunteer/sign-in")),
  "volunteer-application": (l) => applicationLetter(l),
  "security-notice": (l) => noticeLetter("Kaisa", "appAdded", {}, now, l),
  digest: (l) =>
    Digest.digestLetter(
      "Kaisa",
      { today: "2027-02-27", open: [request(l)], offers: 2, unreported: 1, a11yOverdue: 1 },
      l,
    ),
  "urgent-alert": (l) => Alert.urgentLetter("Kaisa", "safety_concern", request(l), l),
  offer: (l) =>
    Letters.offer(request(l), volunteer(l), url("/offer"), new Date("2027-03-01T06:00:00Z")),
  "offer-withdrawn": (l) => Letters.offerWithdrawn(request(l), volunteer(l)),
  "visit-confirmed": (l) => Letters.visitConfirmed(request(l), volunteer(l), url("/visit")),
  "visit-cancelled": (l) => Letters.visitCancelled(request(l), volunteer(l)),
  "visit-reminder": (l) => Letters.reminder(request(l), volunteer(l), url("/visit")),
  "report-ask": (l) => Letters.reportAsk(request(l), volunteer(l), url("/report"), false),
  "report-reminder": (l) => Letters.reportAsk(request(l), volunteer(l), url("/report"), true),
  "training-invitation": (l) =>
    TrainingLetters.invitation(l, "Hodan Tukija", cohort, url("/training")),
  "training-reminder": (l) => TrainingLetters.reminder(l, "Hodan Tukija", session),
  "course-feedback": (l) =>
    TrainingLetters.feedbackAsk(l, "Hodan Tukija", cohort.name, url("/feedback")),
  "gathering-invitation": (l) =>
    GatheringLetters.invitation(l, "Hodan Tukija", gathering, {
      base: "https://rinnalla.example",
      token: "t0k3n",
    }),
  "gathering-moved-up": (l) =>
    GatheringLetters.movedUp(l, "Hodan Tukija", gathering, url("/gathering")),
  "gathering-reminder": (l) =>
    GatheringLetters.reminder(l, "Hodan Tukija", gathering, url("/gathering")),
  "gathering-cancelled": (l) => GatheringLetters.cancelled(l, "Hodan Tukija", gathering),
  "gathering-thanks": (l) =>
    GatheringLetters.thanks(l, "Hodan Tukija", gathering, url("/feedback")),
  thanks: (l) =>
    thanksLetter(l, "Hodan Tukija", "Kiitos kymmenestä käynnistä!\n\nOlet meille tärkeä."),
  "survey-after-professional": (l) =>
    SurveyLetters.survey("professional-after", l, url("/survey"), { reference: "R-2027-0042" }),
  "survey-round-volunteer": (l) =>
    SurveyLetters.survey("volunteer-round", l, url("/survey"), { name: "Hodan Tukija" }),
  "survey-round-partner": (l) => SurveyLetters.survey("partner-round", l, url("/survey")),
  "monthly-report": (l) =>
    MonthlyReport.monthlyLetter(
      "Kaisa",
      "2027-02",
      [
        { id: "requests", label: "Pyyntöjä", value: 42 },
        { id: "hours", label: "Vapaaehtoistunteja", value: 1234.5, unit: "h" },
        { id: "clients", label: "Tavoitettuja asiakkaita", value: null },
      ],
      l,
    ),
  "accessibility-feedback-received": (l) =>
    AccessibilityFeedback.receivedLetter({
      locale: l,
      receivedAt: "2027-02-27T22:30:00.000Z",
      due: "2027-03-14",
    }),
};

/** The emails that ask the reader to do one thing: that thing is a button. */
const withMainAction: Template[] = [
  "gathering-invitation",
  "gathering-moved-up",
  "gathering-thanks",
  "training-invitation",
  "course-feedback",
  "sign-in-link",
  "volunteer-link",
  "digest",
  "urgent-alert",
  "offer",
  "visit-confirmed",
  "report-ask",
  "report-reminder",
  "survey-after-client",
  "survey-after-professional",
  "survey-round-volunteer",
  "survey-round-partner",
  "monthly-report",
];

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Mail apps drop <style> elements: an email's styles can only be inline.
    "no-inline-style": "off",
    // Layout tables are how mail apps get a centred column; screen readers in mail apps know
    // role="presentation" more widely than its newer synonym "none".
    "presentation-role-style": "off",
    // An email's <title> is its subject, as long as the subject is (no search engine reads it).
    "long-title": "off",
  },
});

const anchors = (html: string) =>
  [...html.matchAll(/<a href="([^"]*)"( style="[^"]*")?>(.*?)<\/a>/g)].map((m) => ({
    href: m[1]?.replace(/&amp;/g, "&") ?? "",
    style: m[2] ?? "",
    text: m[3] ?? "",
  }));

const cases: { template: Template; locale: ClientLocale }[] = [
  ...templates.flatMap((template) =>
    (["fi", "sv", "en"] as const).map((locale) => ({ template, locale })),
  ),
  ...clientTemplates.flatMap((template) => extraLocales.map((locale) => ({ template, locale }))),
];

const exampleOf = (template: Template, locale: ClientLocale): Letter =>
  (clientTemplates as readonly Template[]).includes(template)
    ? clientExamples[template as ClientTemplate](locale)
    : examples[template](locale as Locale);

describe("every email", () => {
  it.each(cases)(
    "$template ($locale) is valid HTML with real links",
    async ({ template, locale }) => {
      const letter = exampleOf(template, locale);
      const { html, text } = layout(letter, organisation);

      const report = await validator.validateString(html);
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
      ).toEqual([]);

      // Every address in the plain text is a link in the HTML, and none is left as bare text.
      const links = anchors(html);
      for (const address of text.match(/https?:\/\/\S+/g) ?? []) {
        expect(links.map((a) => a.href)).toContain(address);
      }
      const outsideLinks = html.replace(/<a [^>]*>.*?<\/a>/g, "").replace(/<[^>]+>/g, " ");
      expect(outsideLinks).not.toMatch(/https?:\/\/|mailto:|tel:/);

      // The footer: who sent it and how to reach them, by a tap.
      expect(links).toContainEqual(expect.objectContaining({ href: "tel:+358401234567" }));
      expect(links).toContainEqual(
        expect.objectContaining({ href: "mailto:toimisto@rinnalla.example" }),
      );
      expect(html).toContain("Tukihenkilöyhdistys Rinnalla ry");
      expect(html).toContain("ma–to 9–15");
      expect(text).toContain("+358 40 1234567");
      expect(html).toContain('<meta name="viewport"');
      expect(html).toContain(`lang="${locale}"`);
      expect(html).toContain(locale === "ar" ? 'dir="rtl"' : 'dir="ltr"');
      // In the client's language: its own words for the greeting, not the fallback's.
      if (locale === "ar" || locale === "uk" || locale === "ru") {
        expect(text.split("\n")[0]).not.toMatch(/^[\x20-\x7e]+$/);
      }
    },
  );

  it("runs an Arabic email right to left, the body and the column too", () => {
    const { html } = layout(clientExamples["request-received"]("ar"), organisation);
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toMatch(/<body dir="rtl" style="[^"]*direction:rtl;text-align:right/);
    const { html: finnish } = layout(clientExamples["request-received"]("fi"), organisation);
    expect(finnish).not.toContain("direction:rtl");
  });

  it.each(withMainAction)("%s has its main action as a button-styled link", (template) => {
    const letter = examples[template]("fi");
    const action = letter.body.find((b) => typeof b === "object" && "action" in b);
    if (typeof action !== "object" || !("action" in action)) throw new Error("no main action");
    const buttons = anchors(layout(letter, organisation).html).filter((a) =>
      a.style.includes("display:inline-block"),
    );
    expect(buttons).toEqual([
      expect.objectContaining({ href: action.action.url, text: action.action.label }),
    ]);
    expect(buttons[0]?.style).toMatch(/background:#[0-9a-f]{6}/);
  });

  it("has at most one button in any email", () => {
    for (const template of templates) {
      const body = examples[template]("fi").body;
      expect(body.filter((b) => typeof b === "object" && "action" in b).length).toBeLessThanOrEqual(
        1,
      );
    }
  });

  it("never carries the matter itself (it may hold health details)", () => {
    for (const template of templates) {
      const { text } = layout(examples[template]("fi"), organisation);
      expect(text).not.toContain("Terveystieto");
    }
  });

  it("says whether a reply reaches anyone", () => {
    const letter = examples.offer("fi");
    expect(layout(letter, organisation).text).toContain("Voit vastata tähän viestiin");
    const closed = layout(letter, { ...organisation, replies: "none" }).text;
    expect(closed).toContain("Tähän viestiin ei voi vastata. Ota yhteyttä");
    const unnamed = layout(letter, Organisation.unnamed).text;
    expect(unnamed).toContain("Tähän viestiin ei voi vastata.");
    expect(unnamed).not.toContain("Ota yhteyttä");
  });

  it("shows a preheader: the letter's first paragraph, on one line", () => {
    const letter = { ...examples["request-received"]("fi") };
    const { html } = layout(letter, organisation);
    const hidden = html.match(/<div style="display:none[^>]*>(.*?)<\/div>/)?.[1];
    expect(hidden).toBe(letter.body[0]);
    expect(layout({ ...letter, preheader: "Lyhyesti" }, organisation).html).toContain(">Lyhyesti<");
  });

  it("escapes what people typed, in text and in links", () => {
    const letter: Letter = {
      locale: "fi",
      subject: "<script>",
      name: 'Eve "<b>"',
      body: [
        "a <i>b</i> & https://x.example/?a=1&b=<2>",
        { link: { label: "<x>", url: 'https://x.example/"onmouseover' } },
      ],
    };
    const { html } = layout(letter, organisation);
    expect(html).not.toMatch(/<script>|<i>|<b>|<x>|"onmouseover/);
    expect(html).toContain('href="https://x.example/?a=1&amp;b="');
  });
});
