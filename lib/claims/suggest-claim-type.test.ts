import { describe, expect, it } from "vitest";
import type { ClaimType } from "./claim-types";
import { suggestClaimType } from "./suggest-claim-type";

describe("suggestClaimType", () => {
  it.each<[string, ClaimType]>([
    ["Unemployment fell to 4.2 per cent in March", "statistic"],
    ["Prices rose 12% last year", "statistic"],
    ["The scheme cost $3bn", "statistic"],
    ["It cost £40 a head", "statistic"],
    ["4,000 soldiers were deployed to the border region", "statistic"],
    ["Turnout doubled compared with the last vote", "statistic"],
    ['"We have never lost a case," the minister said', "quotation"],
    ["She called it “a disgrace”", "quotation"],
    ["He said it was 'utterly false' on Monday", "quotation"],
    ['"Growth will reach 5%," he said', "quotation"],
    ["The economy will grow next year", "prediction"],
    ["The company expects to hire 500 people", "prediction"],
    ["The bank's forecast shows a recession in 2027", "prediction"],
    ["Exports fell because the currency rose", "causal"],
    ["The closure was due to flooding", "causal"],
    ["The policy led to 300 job losses", "causal"],
    ["The minister visited the factory", "other"],
    ["The government's position hasn't changed", "other"],
    ["", "other"],
  ])("%j → %s", (text, expected) => {
    expect(suggestClaimType(text)).toBe(expected);
  });
});
