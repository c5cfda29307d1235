import { describe, expect, it } from "vitest";
import { Expressions, when } from "./expr.ts";

describe("conditions as data", () => {
  it("compile to DynamoDB's syntax with a placeholder for every name and value", () => {
    const e = new Expressions();
    const text = e.condition(
      when.and(
        when.eq("status", "pending"),
        when.or(when.notExists("volunteerId"), when.lt("expiresAt", "2027-01-01")),
        when.in("kind", ["a", "b"]),
        when.beginsWith("sk", "outbox#"),
        when.contains("codes", "x"),
        when.not(when.exists("gone")),
      ),
    );
    expect(text).toBe(
      "(#n0 = :v0) AND ((attribute_not_exists(#n1)) OR (#n2 < :v1)) AND (#n3 IN (:v2, :v3)) AND (begins_with(#n4, :v4)) AND (contains(#n5, :v5)) AND (NOT (attribute_exists(#n6)))",
    );
    expect(e.names).toEqual({
      "#n0": "status",
      "#n1": "volunteerId",
      "#n2": "expiresAt",
      "#n3": "kind",
      "#n4": "sk",
      "#n5": "codes",
      "#n6": "gone",
    });
    expect(e.values).toEqual({
      ":v0": "pending",
      ":v1": "2027-01-01",
      ":v2": "a",
      ":v3": "b",
      ":v4": "outbox#",
      ":v5": "x",
    });
  });

  it("reuse a name's placeholder, never a value's, and leave out undefined parts of an and", () => {
    const e = new Expressions();
    expect(e.condition(when.and(when.gt("version", 1), undefined, when.lt("version", 5)))).toBe(
      "(#n0 > :v0) AND (#n0 < :v1)",
    );
    expect(new Expressions().condition(when.and(when.eq("a", 1)))).toBe("#n0 = :v0");
    expect(() => new Expressions().condition(when.and())).toThrow(/empty/);
  });

  it("write nested paths name by name", () => {
    const e = new Expressions();
    expect(e.condition(when.eq("client.email", "x"))).toBe("#n0.#n1 = :v0");
  });
});

describe("changes as data", () => {
  it("set, add, remove and delete in one update, leaving undefined values out", () => {
    const e = new Expressions();
    const text = e.update({
      set: { status: "sent", note: undefined, at: "t" },
      add: { hits: 1 },
      remove: ["claimToken", "text"],
      delete: { codes: new Set(["x"]) },
    });
    expect(text).toBe("SET #n0 = :v0, #n1 = :v1 ADD #n2 :v2 REMOVE #n3, #n4 DELETE #n5 :v3");
    expect(e.names["#n4"]).toBe("text");
    expect(e.attributes().ExpressionAttributeValues).toMatchObject({ ":v2": 1 });
  });

  it("refuses an update that changes nothing", () => {
    expect(() => new Expressions().update({ set: { a: undefined } })).toThrow(/nothing/);
  });

  it("sends no empty placeholder maps", () => {
    const e = new Expressions();
    e.update({ remove: ["a"] });
    expect(e.attributes()).toEqual({ ExpressionAttributeNames: { "#n0": "a" } });
  });
});
