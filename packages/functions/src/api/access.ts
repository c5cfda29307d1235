import * as Actor from "@rinnalla/core/actor";
import { Session } from "@rinnalla/core/auth";
import { config } from "@rinnalla/core/config";
import { VisibleError } from "@rinnalla/core/util";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { matchedRoutes } from "hono/route";

/**
 * Who may call a route, declared on the route itself:
 * - `public`: anyone (the request form, asking for a sign-in link);
 * - `signing-in`: a session whose second factor is still open (TOTP code or enrolment);
 * - `coordinator`: a fully signed-in coordinator;
 * - `admin`: a fully signed-in admin;
 * - `volunteer`: a volunteer signed in to their own self-service pages.
 * A route without a declaration is refused (see `denyUndeclared`).
 */
export type Access = "public" | "signing-in" | "coordinator" | "admin" | "volunteer";

type Guard = MiddlewareHandler & { access: Access };

export const cookieName = () => (config().cookieSecure ? "__Host-rinnalla" : "rinnalla_session");

export function setSessionCookie(c: Context, value: string) {
  setCookie(c, cookieName(), value, {
    path: "/",
    httpOnly: true,
    secure: config().cookieSecure,
    sameSite: "Lax",
    maxAge: Session.ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, cookieName(), { path: "/", secure: config().cookieSecure });
}

export function access(level: Access): Guard {
  const guard: MiddlewareHandler = async (c, next) => {
    if (level === "public") return next();
    const cookie = getCookie(c, cookieName());
    const resolved = cookie ? await Session.resolve(cookie) : undefined;
    if (!resolved) {
      if (cookie) clearSessionCookie(c);
      throw new VisibleError(401, "unauthorized", "error.signInNeeded");
    }
    c.set("session", resolved.session);
    if (resolved.kind === "volunteer") {
      if (level !== "volunteer") throw new VisibleError(403, "forbidden", "error.forbidden");
      const { session, volunteer } = resolved;
      return Actor.provide(
        {
          type: "volunteer",
          volunteerId: volunteer.id,
          email: volunteer.email,
          name: volunteer.name,
          sessionId: session.id,
        },
        next,
      );
    }
    if (level === "volunteer") throw new VisibleError(403, "forbidden", "error.forbidden");
    const { session, coordinator } = resolved;
    if (level !== "signing-in" && session.secondFactor !== "done") {
      throw new VisibleError(403, "second_factor", "error.secondFactorNeeded");
    }
    if (level === "admin" && coordinator.role !== "admin") {
      throw new VisibleError(403, "forbidden", "error.forbidden");
    }
    return Actor.provide(Session.coordinatorActor(coordinator, session), next);
  };
  return Object.assign(guard, { access: level });
}

export function declaredAccess(handler: unknown): Access | undefined {
  return (handler as Partial<Guard>)?.access;
}

/** Default deny: a route that forgot to declare who may call it answers 403. */
export const denyUndeclared: MiddlewareHandler = async (c, next) => {
  const routes = matchedRoutes(c);
  const endpoint = routes.some((r) => r.method !== "ALL");
  if (endpoint && !routes.some((r) => declaredAccess(r.handler))) {
    throw new VisibleError(403, "forbidden", "error.forbidden");
  }
  return next();
};

/**
 * State changes only from the site's own pages. Browsers always send Origin on cross-site
 * POSTs; a request with neither Origin nor a same-origin Sec-Fetch-Site is refused too.
 */
export const sameOrigin: MiddlewareHandler = async (c, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
  const origin = c.req.header("origin");
  const fetchSite = c.req.header("sec-fetch-site");
  const allowed = origin ? config().allowedOrigins.includes(origin) : fetchSite === "same-origin";
  if (!allowed) throw new VisibleError(403, "cross_origin", "error.crossOrigin");
  return next();
};
