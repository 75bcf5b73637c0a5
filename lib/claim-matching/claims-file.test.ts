import { describe, expect, it } from "vitest";
import { parseClaimsTsv } from "./claims-file";
import { parseTsv } from "./tsv";

describe("parseTsv", () => {
  it.each([
    [
      "plain rows",
      "a\tb\n1\t2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "CRLF and a missing final newline",
      "a\tb\r\n1\t2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "a quoted field with a line break, a tab and a quote",
      'x\t"one\ntwo\t""three"""\n',
      [["x", 'one\ntwo\t"three"']],
    ],
    ["quotes inside an unquoted field stay", 'x\tsaid "no"\n', [["x", 'said "no"']]],
    ["blank lines are skipped", "a\n\nb\n", [["a"], ["b"]]],
  ])("%s", (_, input, rows) => {
    expect(parseTsv(input)).toEqual(rows);
  });
});

describe("parseClaimsTsv", () => {
  it("reads id, text and an optional title, in any column order", () => {
    expect(parseClaimsTsv("title\tid\ttext\nT1\t1\tFirst claim.\n\t2\tSecond claim.\n", "c.tsv")).toEqual([
      { id: "1", text: "First claim.", title: "T1" },
      { id: "2", text: "Second claim." },
    ]);
  });

  it.each([
    ["no header", "", /c\.tsv: the first row must name the tab-separated columns "id" and "text"/],
    ["no text column", "id\tclaim\n1\tx\n", /c\.tsv: the first row must name .*it has "id", "claim"/],
    ["a row without text", "id\ttext\n1\tGood.\n2\t\n", /c\.tsv row 3: needs an id and a text/],
    ["an id twice", "id\ttext\n1\tA.\n1\tB.\n", /c\.tsv row 3: the id "1" is used twice/],
  ])("refuses %s, naming what to fix", (_, content, message) => {
    expect(() => parseClaimsTsv(content, "c.tsv")).toThrow(message);
  });
});
