export { FilterFields as AuditFilterFields, MAX_MONTHS as AUDIT_MAX_MONTHS } from "./filters.ts";
export * as AuditLog from "./view.ts";
