import { randomUUID } from "node:crypto";
import { config } from "@rinnalla/core/config";
import { isLocale, negotiate } from "@rinnalla/core/i18n";
import { VisibleError } from "@rinnalla/core/util";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { denyUndeclared, sameOrigin } from "./access.ts";
import { jsonBodiesOnly, noStore, throughTheSiteOnly } from "./edge.ts";
import type { AppEnv } from "./env.ts";
import { respondToError } from "./errors.ts";
import { accessibilityFeedback } from "./routes/accessibility.ts";
import { admin } from "./routes/admin.ts";
import { alerts } from "./routes/alerts.ts";
import { auth } from "./routes/auth.ts";
import { calendar } from "./routes/calendar.ts";
import { emails } from "./routes/emails.ts";
import { feedback } from "./routes/feedback.ts";
import { gatherings, thanks } from "./routes/gatherings.ts";
import { inbox } from "./routes/inbox.ts";
import { jobs } from "./routes/jobs.ts";
import { links } from "./routes/links.ts";
import { organisation } from "./routes/organisation.ts";
import { personalData } from "./routes/personal-data.ts";
import { privacy } from "./routes/privacy.ts";
import { reports } from "./routes/reports.ts";
import { requests } from "./routes/requests.ts";
import { certificates, training } from "./routes/training.ts";
import { me, volunteerAuth, volunteers } from "./routes/volunteers.ts";

export interface AppOptions {
  /** How this runtime learns the sender's network address (Lambda event or Node socket). */
  clientAddress: (c: Context) => string;
}

/** The whole API. Lambda and the local Node server run this same app. */
export function createApp(options: AppOptions) {
  const app = new Hono<AppEnv>().basePath("/api");

  app.use(async (c, next) => {
    c.set("requestId", c.req.header("x-request-id") ?? randomUUID());
    const asked = c.req.query("lang");
    c.set("locale", isLocale(asked) ? asked : negotiate(c.req.header("accept-language")));
    c.set("clientAddress", options.clientAddress(c));
    await next();
    c.header("x-request-id", c.get("requestId"));
  });
  app.use(secureHeaders({ crossOriginResourcePolicy: "same-origin" }));
  app.use(noStore);
  app.use(throughTheSiteOnly);
  app.use(sameOrigin);
  app.use(denyUndeclared);
  app.use(
    bodyLimit({
      maxSize: config().MAX_BODY_BYTES,
      onError: () => {
        throw new VisibleError(413, "too_large", "error.tooLarge");
      },
    }),
  );
  app.use(jsonBodiesOnly);

  const routes = app
    .route("/requests", requests)
    .route("/auth", auth)
    .route("/inbox", inbox)
    .route("/emails", emails)
    .route("/admin", admin)
    .route("/volunteers", volunteers)
    .route("/volunteer-auth", volunteerAuth)
    .route("/me", me)
    .route("/links", links)
    .route("/alerts", alerts)
    .route("/jobs", jobs)
    .route("/calendar", calendar)
    .route("/organisation", organisation)
    .route("/privacy", privacy)
    .route("/personal-data", personalData)
    .route("/training", training)
    .route("/certificates", certificates)
    .route("/gatherings", gatherings)
    .route("/thanks", thanks)
    .route("/feedback", feedback)
    .route("/reports", reports)
    .route("/accessibility-feedback", accessibilityFeedback);

  app.notFound((c) => respondToError(new VisibleError(404, "not_found", "error.notFound"), c));
  app.onError(respondToError);
  return routes;
}

export type Api = ReturnType<typeof createApp>;
export type { AppEnv };
