export * as Certificate from "./certificate.ts";
export { type CertificateKind, certificateKinds } from "./store.ts";
