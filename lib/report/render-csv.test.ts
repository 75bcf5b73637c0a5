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
  /** A row as column → value, by the header. */
  const named = (row: string[] | undefined) =>
    Object.fromEntries((header ?? []).map((column, index) => [column, row?.[index]]));
  const byId = (id: string) => named(rows.find((row) => named(row).claim_id === id));

  it("parses back with a strict RFC 4180 reader, CRLF throughout", () => {
    expect(header).toEqual([...CSV_HEADER]);
    expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
  });

  it("has the columns a newsroom asks for", () => {
    expect(header).toEqual([
      "number",
      "claim_id",
      "quote",
      "statement",
      "claimant",
      "type",
      "status",
      "rating",
      "rating_value",
      "summary",
      "rationale",
      "source_titles",
      "source_urls",
      "approved_by",
      "approved_at",
      "claim_url",
      "based_on_url",
      "based_on_publisher",
    ]);
  });

  it("has one row per claim that is not dismissed, in article order", () => {
    expect(rows.map((row) => named(row).number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
    ]);
  });

  it("round-trips awkward text exactly, the rationale as plain text", () => {
    const row = byId("clm-12000");
    expect(row).toMatchObject({
      number: "7",
      status: "approved",
      rating: "Mostly true",
      rating_value: "4",
      summary:
        "Estimates ranged from 10,000 to 12,000 troops in the first deployment.\nSouth Korea's NIS said about 11,000.",
      claimant: "United States, South Korea and Ukraine",
      statement:
        'North Korea sent "up to 12,000" troops, by US, South Korean and Ukrainian estimates, to Kursk in autumn 2024.',
      quote:
        "United States, South Korea and Ukraine saying it had sent up to 12,000 troops to fight in Kursk in the fall",
      source_urls:
        "https://www.mnd.go.kr/mbshome/mbs/mndEN/ | https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-april-27-2025",
      claim_url: "https://factcheck.example.org/public/reports/art-kursk#claim-7",
    });
    expect(row.source_titles?.split(" | ")).toHaveLength(2);
    expect(row.rationale).not.toMatch(/[*_`]{2}|<\/?[a-z]/);
    expect(row.approved_by).not.toBe("");
    expect(row.approved_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    const telegram = byId("clm-telegram");
    expect([telegram.rating, telegram.rating_value]).toEqual(["Unproven", ""]);
    expect(telegram.quote).toBe("Два громадянина Китаю 🇨🇳 воювали у складі армії РФ");
  });

  it("leaves the verdict's columns empty for claims not yet checked, and the claimant for unattributed ones", () => {
    const disputed = named(rows.find((row) => named(row).number === "3"));
    expect(disputed).toMatchObject({
      status: "disputed",
      rating: "",
      summary: "",
      rationale: "",
      approved_by: "",
      claim_url: "",
      claimant: "North Korea's Central Military Commission",
    });
    expect(named(rows.find((row) => named(row).number === "6")).claimant).toBe("");
  });

  it("has no claim URL before the report has a public address", () => {
    const model = copyDemoReport();
    model.reportUrl = null;
    const [, ...unpublished] = parseCsv(renderReportCsv(model));
    expect(unpublished.map((row) => named(row).claim_url)).toEqual(unpublished.map(() => ""));
  });

  it("defuses formulas in user text", () => {
    const model = copyDemoReport();
    const first = model.claims[0];
    if (!first?.verdict) throw new Error("fixture");
    first.statement = '=HYPERLINK("https://evil.example","Click")';
    first.claimant = "@cmd";
    first.verdict.summary = "-2+3";
    first.verdict.rationale = "=1+1";
    const [, row] = parseCsv(renderReportCsv(model));
    expect(named(row)).toMatchObject({
      statement: '\'=HYPERLINK("https://evil.example","Click")',
      claimant: "'@cmd",
      summary: "'-2+3",
      rationale: "'=1+1",
    });
  });

  it("leaves pending claims out when asked", () => {
    const [, ...checked] = parseCsv(renderReportCsv(demoReport, { includePending: false }));
    expect(checked.map((row) => named(row).number)).toEqual(["1", "2", "6", "7", "10", "11"]);
  });

  it("adds a UTF-8 byte order mark (EF BB BF) for Excel only when asked", () => {
    expect(csv.startsWith("number,")).toBe(true);
    const bytes = Buffer.from(renderReportCsv(demoReport, { byteOrderMark: true }), "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 10).toString("utf8")).toBe("number,");
  });
});
