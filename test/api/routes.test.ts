import { describe, expect, it } from "vitest";
import { declaredAccess } from "../../packages/functions/src/api/access.ts";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import { app, call } from "../support/harness.ts";
import { deliveringMail } from "../support/setup.ts";
import { applyAs, volunteerSignIn } from "../support/volunteers.ts";

deliveringMail();

/** Every endpoint of the app with the access its handlers declare. */
function endpoints() {
  const byRoute = new Map<string, { method: string; path: string; access: Set<string> }>();
  for (const route of app.routes) {
    if (route.method === "ALL") continue;
    const id = `${route.method} ${route.path}`;
    const entry = byRoute.get(id) ?? { method: route.method, path: route.path, access: new Set() };
    const access = declaredAccess(route.handler);
    if (access) entry.access.add(access);
    byRoute.set(id, entry);
  }
  return [...byRoute.values()];
}

const concrete = (path: string) => path.replace(/:(\w+)/g, "x");

describe("the route table", () => {
  const routes = endpoints();

  it("covers the whole API, and every route declares exactly one access level", () => {
    expect(routes.length).toBeGreaterThan(20);
    const undeclared = routes
      .filter((r) => r.access.size !== 1)
      .map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it("keeps the public list short and explicit", () => {
    const publicRoutes = routes
      .filter((r) => r.access.has("public"))
      .map((r) => `${r.method} ${r.path}`);
    expect(publicRoutes.sort()).toEqual([
      "GET /api/certificates/verify/:id",
      "GET /api/links/cancel",
      "GET /api/links/feedback",
      "GET /api/links/gathering",
      "GET /api/links/offer",
      "GET /api/links/short",
      "GET /api/links/survey",
      "GET /api/links/training",
      "GET /api/links/visit",
      "GET /api/organisation",
      "GET /api/privacy",
      "GET /api/privacy/:version",
      "POST /api/accessibility-feedback",
      "POST /api/auth/link",
      "POST /api/auth/verify",
      "POST /api/links/cancel",
      "POST /api/links/feedback",
      "POST /api/links/gathering",
      "POST /api/links/offer/accept",
      "POST /api/links/offer/decline",
      "POST /api/links/survey",
      "POST /api/links/survey/stop",
      "POST /api/links/training/accept",
      "POST /api/links/training/decline",
      "POST /api/links/visit/cant-come",
      "POST /api/links/visit/report",
      "POST /api/requests",
      "POST /api/volunteer-auth/link",
      "POST /api/volunteer-auth/verify",
      "POST /api/volunteers/apply",
    ]);
  });

  it("answers 401 without a session on every route that is not public", async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => !r.access.has("public"))) {
      const response = await call(route.method, concrete(route.path), {
        body: route.method === "GET" ? undefined : {},
      });
      if (response.status !== 401)
        failures.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers 403 to a coordinator on every admin route", async () => {
    const { email } = await addCoordinator();
    const cookie = await signIn(email);
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access.has("admin"))) {
      const response = await call(route.method, concrete(route.path), {
        cookie,
        body: route.method === "GET" ? undefined : {},
      });
      if (response.status !== 403)
        failures.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(routes.filter((r) => r.access.has("admin")).length).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });

  it("keeps coordinators out of volunteers' pages and volunteers out of everything else", async () => {
    const coordinator = await signIn((await addCoordinator()).email);
    const { id, email } = await applyAs(coordinator);
    expect(id).toBeTruthy();
    const volunteer = await volunteerSignIn(email);
    const failures: string[] = [];
    for (const route of routes.filter((r) => !r.access.has("public"))) {
      const isVolunteers = route.access.has("volunteer");
      const cookie = isVolunteers ? coordinator : volunteer;
      const response = await call(route.method, concrete(route.path), {
        cookie,
        body: route.method === "GET" ? undefined : {},
      });
      if (response.status !== 403)
        failures.push(`${route.method} ${route.path} → ${response.status}`);
    }
    expect(routes.filter((r) => r.access.has("volunteer")).length).toBeGreaterThanOrEqual(5);
    expect(failures).toEqual([]);
  });
});
