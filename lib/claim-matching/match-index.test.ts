import { describe, expect, it } from "vitest";
import { addEntries, buildMatchIndex, matchClaim, removeEntry, type MatchEntry } from "./match-index";
import { relevanceLabel } from "./relevance";

const archive: MatchEntry[] = [
  {
    id: "guantanamo",
    text: "122 detainees released from confinement at Guantanamo Bay under President Obama have re-engaged in terrorist activities.",
    title: "Did 122 Prisoners Released from Guantanamo by President Obama Return to the Battlefield?",
  },
  {
    id: "charlotte",
    text: "70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.",
    title: "70% of Arrested Charlotte Protesters Are Out-of-State Criminals",
  },
  {
    id: "draft",
    text: "Text messages say the recipient has been selected for a military draft.",
    title: "Are Military Draft Text Messages Real?",
  },
  {
    id: "obama-golf",
    text: "President Obama played golf during a hurricane.",
    title: "Obama Golfed During Hurricane?",
  },
  { id: "bees", text: "Honey bees have been declared an endangered species in the United States." },
];

describe("matchClaim on a small archive", () => {
  const index = buildMatchIndex(archive);

  it.each([
    [
      "a reworded tweet",
      "Obama let 122 Gitmo prisoners out and they went right back to terrorism #Guantanamo",
      "guantanamo",
    ],
    [
      "numbers written another way",
      "Wow: 70% of those arrested at the #Charlotte riots had out of state IDs https://t.co/abc",
      "charlotte",
    ],
    [
      "a tweet with a signature",
      "Fraudulent text messages about a military draft are circulating. — Army Recruiting (@USArmy) January 8, 2020",
      "draft",
    ],
  ])("finds the claim %s repeats first", (_, tweet, expected) => {
    const matches = matchClaim(index, tweet);
    expect(matches[0]?.id).toBe(expected);
  });

  it("returns at most `top` matches, best first, with scores between 0 and 1", () => {
    const matches = matchClaim(index, "President Obama and the Guantanamo prisoners", 3);
    expect(matches.length).toBeLessThanOrEqual(3);
    expect(matches.length).toBeGreaterThan(1);
    for (let i = 1; i < matches.length; i += 1)
      expect(matches[i]!.score).toBeLessThanOrEqual(matches[i - 1]!.score);
    for (const { score } of matches) expect(score > 0 && score < 1).toBe(true);
  });

  it("gives a clear repeat a higher score than a loose one", () => {
    const [repeat] = matchClaim(
      index,
      "122 detainees released from Guantanamo Bay under Obama re-engaged in terrorist activities",
    );
    const [loose] = matchClaim(index, "Obama did something about prisoners");
    expect(repeat!.score).toBeGreaterThan(loose!.score);
  });

  it("finds nothing for text that shares no word with the archive", () => {
    expect(matchClaim(index, "Zebras quietly yodel")).toEqual([]);
    expect(matchClaim(index, "https://t.co/xyz @someone")).toEqual([]);
  });
});

describe("addEntries and removeEntry", () => {
  it("makes a new claim matchable at once, replaces one with the same id, and forgets a removed one", () => {
    const index = buildMatchIndex(archive);
    const tweet = "The moon landing was filmed in a studio";
    expect(matchClaim(index, tweet).map((match) => match.id)).not.toContain("moon");
    addEntries(index, [{ id: "moon", text: "The Apollo moon landing was filmed in a television studio." }]);
    expect(matchClaim(index, tweet)[0]?.id).toBe("moon");
    addEntries(index, [{ id: "moon", text: "Bees were declared endangered." }]);
    expect(matchClaim(index, tweet).map((match) => match.id)).not.toContain("moon");
    expect(removeEntry(index, "bees")).toBe(true);
    expect(removeEntry(index, "bees")).toBe(false);
    expect(matchClaim(index, "honey bees endangered species").map((match) => match.id)).not.toContain("bees");
  });
});

describe("relevanceLabel", () => {
  it.each([
    [0.95, "very likely the same claim"],
    [0.3, "likely the same claim"],
    [0.01, "possibly related"],
  ])("%s → %s", (score, label) => {
    expect(relevanceLabel(score, 1, { veryLikely: 0.5, likely: 0.1 })).toBe(label);
  });

  it("uses the bands chosen on train, very likely above likely", async () => {
    const { RERANKER_MODEL } = await import("./reranker-model");
    expect(RERANKER_MODEL.bands.veryLikely).toBeGreaterThan(RERANKER_MODEL.bands.likely);
    expect(relevanceLabel(RERANKER_MODEL.bands.veryLikely)).toBe("very likely the same claim");
  });
});

describe("a match that shares one rare word", () => {
  it("is at most possibly related, however it scores", async () => {
    const { shownMatch } = await import("./relevance");
    const index = buildMatchIndex([
      { id: "lighthouse", text: "The Kesiaggeked lighthouse was built in 1742 by Dutch engineers." },
      { id: "bees", text: "Honey bees have been declared an endangered species." },
    ]);
    const [lone] = matchClaim(index, "Bus fares in Kesiaggeked doubled in March.", 1);
    expect(lone?.id).toBe("lighthouse");
    expect(lone!.overlap).toBeLessThan(0.2);
    expect(relevanceLabel(lone!.score, lone!.overlap)).toBe("possibly related");
    expect(shownMatch({ ...lone!, overlap: 0.1 })).toBe(false);
    const [same] = matchClaim(index, "The lighthouse in Kesiaggeked dates from 1742.", 1);
    expect(same!.overlap).toBeGreaterThan(0.4);
    expect(relevanceLabel(same!.score, same!.overlap)).toBe("very likely the same claim");
    expect(shownMatch(same!)).toBe(true);
  });
});
