import { describe, expect, it } from "vitest";
import { figuresCsv, inert, tableCsv } from "./csv.ts";
import type { ReportTable } from "./shape.ts";

const table: ReportTable = {
  id: "t",
  title: "T",
  basis: "recorded",
  columns: [
    { id: "a", label: "Käyntejä" },
    { id: "b", label: "Tunteja" },
  ],
  rows: [
    { id: "x", label: "=SUM(A1)", cells: [3, 1.5] },
    { id: "y", label: 'Åbo; "quoted"', cells: [null, -2] },
  ],
};

describe("CSV for spreadsheets", () => {
  it("makes formulas inert and leaves other text alone", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(inert(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(inert("Helsinki")).toBe("Helsinki");
    expect(inert("")).toBe("");
    expect(inert("a=b")).toBe("a=b");
  });

  it("writes Finnish with a BOM, semicolons, decimal commas and empty hidden cells", () => {
    const csv = tableCsv(table, "fi");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      ";Käyntejä;Tunteja",
      "'=SUM(A1);3;1,5",
      '"Åbo; ""quoted""";;-2',
      "",
    ]);
  });

  it("writes English with commas and decimal points", () => {
    expect(tableCsv(table, "en").slice(1).split("\r\n")[1]).toBe("'=SUM(A1),3,1.5");
  });

  it("lists a funder's figures with their basis in the reader's language", () => {
    const csv = figuresCsv(
      [
        { label: "Käyntejä", value: 12, basis: "recorded" },
        { label: "Keskiarvo", value: null, basis: "sample" },
      ],
      "fi",
    );
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Luku;Arvo;Peruste",
      "Käyntejä;12;kirjattu",
      "Keskiarvo;;otos",
      "",
    ]);
  });
});
