// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { rememberReturn, takeReturn } from "./return-to.ts";

describe("returning after sign-in", () => {
  it("goes back to the coordinator page a lapsed session interrupted, once", () => {
    rememberReturn("/coordinator/requests/req_1");
    expect(takeReturn()).toBe("/coordinator/requests/req_1");
    expect(takeReturn()).toBe("/coordinator");
  });

  it("never goes anywhere but a coordinator page", () => {
    rememberReturn("/done");
    expect(takeReturn()).toBe("/coordinator");
    for (const path of ["//evil.example/coordinator", "https://evil.example", "/coordinatorX"]) {
      localStorage.setItem("rinnalla.returnTo", path);
      expect(takeReturn()).toBe("/coordinator");
    }
  });
});
