import { describe, it, expect } from "vitest";
import { copyDemoReport, demoReport } from "./fixtures/demo-report";
import { CSV_HEADER, renderReportCsv, toCsvField } from "./render-csv";

/**
 * A strict RFC 4180 reader, written independently of the exporter: records
 * end with CRLF, quoted fields may hold anything with "" for a quote, and a
 * bare quote, CR or LF outside quotes is an error.
 */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  const endField = () => {
    record.push(field);
    field = "";
  };
  while (i < csv.length) {
    if (csv[i] === '"' && field === "") {
      i += 1;
      for (;;) {
        if (i >= csv.length) throw new Error("unterminated quoted field");
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += csv[i];
        i += 1;
      }
      if (i < csv.length && csv[i] !== "," && csv[i] !== "\r")
        throw new Error(`text after closing quote at ${i}`);
      continue;
    }
    const character = csv[i];
    if (character === ",") {
      endField();
      i += 1;
    } else if (character === "\r") {
      if (csv[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (character === '"' || character === "\n") {
      throw new Error(`unquoted ${JSON.stringify(character)} at ${i}`);
    } else {
      field += character;
      i += 1;
    }
  }
  if (field !== "" || record.length > 0) throw new Error("last record does not end with CRLF");
  return records;
}

describe("toCsvField", () => {
  it.each([
    ["plain", "plain"],
    ["comma, inside", '"comma, inside"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["carriage\r\nreturn", '"carriage\r\nreturn"'],
    ["=1+1", "'=1+1"],
    ["+49 30 1234", "'+49 30 1234"],
    ["-4,000 casualties", '"\'-4,000 casualties"'],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tTabbed", "'\tTabbed"],
    ['=HYPERLINK("https://evil.example","Click")', '"\'=HYPERLINK(""https://evil.example"",""Click"")"'],
    ["a = b", "a = b"],
    ["Зеленський 🇨🇳", "Зеленський 🇨🇳"],
  ])("%j → %j", (value, expected) => {
    expect(toCsvField(value)).toBe(expected);
  });
});

describe("renderReportCsv", () => {
  const csv = renderReportCsv(demoReport);
  const [header, ...rows] = parseCsv(csv);

  it("parses back with a strict RFC 4180 reader, CRLF throughout", () => {
    expect(header).toEqual([...CSV_HEADER]);
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
  });

  it("has one row per claim that is not dismissed, in article order", () => {
    expect(rows.map((row) => row[0])).toEqual(["1", "2", "3", "4", "6", "7", "8", "9", "10", "11"]);
  });

  it("round-trips awkward text exactly", () => {
    const row = rows.find((candidate) => candidate[9] === "clm-12000");
    expect(row).toEqual([
      "7",
      "approved",
      "Mostly true",
      "4",
      "Estimates ranged from 10,000 to 12,000 troops in the first deployment.\nSouth Korea's NIS said about 11,000.",
      "United States, South Korea and Ukraine",
      'North Korea sent "up to 12,000" troops, by US, South Korean and Ukrainian estimates, to Kursk in autumn 2024.',
      "United States, South Korea and Ukraine saying it had sent up to 12,000 troops to fight in Kursk in the fall",
      "https://www.mnd.go.kr/mbshome/mbs/mndEN/ | https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-april-27-2025",
      "clm-12000",
    ]);
    const telegram = rows.find((candidate) => candidate[9] === "clm-telegram");
    expect(telegram?.slice(2, 4)).toEqual(["Unproven", ""]);
    expect(telegram?.[7]).toBe("Два громадянина Китаю 🇨🇳 воювали у складі армії РФ");
  });

  it("leaves rating and summary empty for claims not yet checked, and the claimant for unattributed ones", () => {
    const disputed = rows.find((candidate) => candidate[0] === "3");
    expect(disputed?.slice(1, 6)).toEqual([
      "disputed",
      "",
      "",
      "",
      "North Korea's Central Military Commission",
    ]);
    expect(rows.find((candidate) => candidate[0] === "6")?.[5]).toBe("");
  });

  it("defuses formulas in user text", () => {
    const model = copyDemoReport();
    const first = model.claims[0];
    if (!first?.verdict) throw new Error("fixture");
    first.statement = '=HYPERLINK("https://evil.example","Click")';
    first.claimant = "@cmd";
    first.verdict.summary = "-2+3";
    const [, row] = parseCsv(renderReportCsv(model));
    expect(row?.[6]).toBe('\'=HYPERLINK("https://evil.example","Click")');
    expect(row?.[5]).toBe("'@cmd");
    expect(row?.[4]).toBe("'-2+3");
  });

  it("leaves pending claims out when asked", () => {
    const [, ...checked] = parseCsv(renderReportCsv(demoReport, { includePending: false }));
    expect(checked.map((row) => row[0])).toEqual(["1", "2", "6", "7", "10", "11"]);
  });

  it("adds a byte order mark for Excel only when asked", () => {
    expect(csv.startsWith("number,")).toBe(true);
    expect(renderReportCsv(demoReport, { byteOrderMark: true }).startsWith("\uFEFFnumber,")).toBe(true);
  });
});
