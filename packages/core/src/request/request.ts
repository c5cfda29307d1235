/** Everything about one support request, as one namespace (`Request.submit`, `Request.detail` …). */
export * from "./contact.ts";
export * from "./figures.ts";
export * from "./intake.ts";
export * from "./manage.ts";
export * from "./owner.ts";
export * from "./store.ts";
