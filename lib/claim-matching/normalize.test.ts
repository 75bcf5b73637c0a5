import { describe, expect, it } from "vitest";
import { capitalisedNames, cleanText, matchTerms, normalizeText, numbersOf } from "./normalize";
import { stem } from "./stem";

describe("cleanText", () => {
  it.each([
    ["URLs go", "Read this https://t.co/bKuLiMup0Y now", "Read this now"],
    ["www. URLs go", "See www.example.org/a?b=1 today", "See today"],
    [
      "pic.twitter.com goes, even glued to a word",
      "Wow #TicketTuesdaypic.twitter.com/TlOXWtvgOW",
      "Wow Ticket Tuesday",
    ],
    ["a handle becomes its words", "Ask @SpeakerPelosi & @RepCummings", "Ask Speaker Pelosi & Rep Cummings"],
    ["glued handles are split", "cc: @juliegraceb@mkraju", "cc: juliegraceb mkraju"],
    ["hashtags become words", "#FakeNews about #COVID19", "Fake News about COVID 19"],
    [
      "the tweet signature keeps the author and the month",
      "Vote to save our NHS. — Jeremy Corbyn (@jeremycorbyn) December 11, 2019",
      "Vote to save our NHS. Jeremy Corbyn December 2019",
    ],
    ["curly quotes and dashes are straightened", "It’s “fake” – really", 'It\'s "fake" - really'],
    ["NFKC folds compatibility forms", "ﬁnal ＡＢＣ", "final ABC"],
  ])("%s", (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe("normalizeText", () => {
  it.each([
    ["case and diacritics fold", "Café in SÃO Paulo", "cafe in sao paulo"],
    ["thousands separators go", "1,000 people and 2,500,000 dollars", "1000 people and 2500000 dollars"],
    ["percent signs become words", "70% of them", "70 percent of them"],
    ["per cent becomes percent", "70 per cent of them", "70 percent of them"],
    ["possessives drop", "Obama's plan and the officers' cars", "obama plan and the officers cars"],
    ["contractions join", "don't", "dont"],
    ["decimals stay", "3.5 million", "3.5 million"],
  ])("%s", (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("matchTerms", () => {
  it("drops stopwords, keeps negations and numbers, stems lightly", () => {
    expect(matchTerms("The vaccines were NOT tested on 1,000 children")).toEqual([
      "vaccin",
      "not",
      "test",
      "1000",
      "children",
    ]);
  });

  it("makes a tweet and the claim it repeats share their terms", () => {
    const tweet = matchTerms("70% of arrested #Charlotte protesters had out-of-state IDs https://t.co/x");
    const claim = matchTerms(
      "70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.",
    );
    for (const term of ["70", "percent", "arrest", "charlott", "stat", "ids"]) {
      expect(tweet).toContain(term);
      expect(claim).toContain(term);
    }
  });
});

describe("stem", () => {
  it.each([
    ["vaccines", "vaccin"],
    ["vaccine", "vaccin"],
    ["arrested", "arrest"],
    ["arresting", "arrest"],
    ["arrests", "arrest"],
    ["released", "releas"],
    ["releases", "releas"],
    ["stopped", "stop"],
    ["called", "call"],
    ["stories", "story"],
    ["boxes", "box"],
    ["virus", "virus"],
    ["covid19", "covid19"],
    ["gas", "gas"],
  ])("%s → %s", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe("cues", () => {
  it("finds capitalised names and normalized numbers", () => {
    expect([...capitalisedNames("Did Chelsea Clinton say the Pope's visit cost $1,000?")]).toEqual([
      "chelsea",
      "clinton",
      "pope",
    ]);
    expect([...numbersOf(normalizeText("1,000 votes, 70% turnout, 3.5 hours"))]).toEqual([
      "1000",
      "70",
      "3.5",
    ]);
  });
});
