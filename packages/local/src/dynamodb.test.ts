import { afterEach, describe, expect, it } from "vitest";
import { assertJava, JavaMissingError, startDynamo } from "./dynamodb.ts";

describe("starting DynamoDB Local without Java", () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it("stops at once and says how to install Java", async () => {
    process.env.PATH = "/nonexistent";
    expect(() => assertJava()).toThrow(JavaMissingError);
    await expect(startDynamo({ port: 1 })).rejects.toThrow(/openjdk-17-jre-headless/);
  });
});
