export type { Contact, Organisation as OrganisationDetails } from "./organisation.ts";
export * as Organisation from "./organisation.ts";
