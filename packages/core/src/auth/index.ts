export * as Session from "./session.ts";
export * as Settings from "./settings.ts";
export * as SignIn from "./sign-in.ts";
export * as Team from "./team.ts";
export * as Totp from "./totp.ts";
