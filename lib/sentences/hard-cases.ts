/**
 * News-style sentences that naive splitters get wrong, with the split we
 * want. One paragraph each unless it says otherwise. Shared by the unit test
 * and by anyone measuring another splitter against ours.
 */
export const hardCases: ReadonlyArray<[name: string, text: string, sentences: string[]]> = [
  ["plain sentences", "One here. Two there! Three?", ["One here.", "Two there!", "Three?"]],
  ["titles", "Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]],
  [
    "military and political titles",
    "Gen. Mark Milley met Sen. Warren. Both spoke.",
    ["Gen. Mark Milley met Sen. Warren.", "Both spoke."],
  ],
  [
    "initialism before a name",
    "The U.S. Army left. Then the U.K. sent aid.",
    ["The U.S. Army left.", "Then the U.K. sent aid."],
  ],
  [
    "initialism ending a sentence",
    "It was made in the U.S. Then it shipped.",
    ["It was made in the U.S.", "Then it shipped."],
  ],
  [
    "initialism before a pronoun",
    "She moved to the U.K. He stayed.",
    ["She moved to the U.K.", "He stayed."],
  ],
  [
    "initialism before lower case",
    "Sales rose in the U.S. and Canada. Exports fell.",
    ["Sales rose in the U.S. and Canada.", "Exports fell."],
  ],
  [
    "organisation initialism",
    "The U.N. Security Council met. Russia vetoed.",
    ["The U.N. Security Council met.", "Russia vetoed."],
  ],
  [
    "decimals",
    "Growth was 3.5 per cent. Prices rose 0.2%.",
    ["Growth was 3.5 per cent.", "Prices rose 0.2%."],
  ],
  [
    "millions",
    "The deal is worth $3.5 million. It closes in May.",
    ["The deal is worth $3.5 million.", "It closes in May."],
  ],
  [
    "money ending a sentence",
    "Shares closed at $12.50. Analysts were surprised.",
    ["Shares closed at $12.50.", "Analysts were surprised."],
  ],
  [
    "No. before a number",
    "He lives at No. 10 Downing Street. Visitors queue.",
    ["He lives at No. 10 Downing Street.", "Visitors queue."],
  ],
  ["No. as an answer", "Was it true? No. It was not.", ["Was it true?", "No.", "It was not."]],
  [
    "p.m. mid-sentence",
    "The meeting ends at 5 p.m. on Friday. Bring notes.",
    ["The meeting ends at 5 p.m. on Friday.", "Bring notes."],
  ],
  [
    "p.m. ending a sentence",
    "The meeting ended at 5 p.m. Then everyone left.",
    ["The meeting ended at 5 p.m.", "Then everyone left."],
  ],
  [
    "month abbreviation before a day",
    "The vote is on Jan. 5. Polls open early.",
    ["The vote is on Jan. 5.", "Polls open early."],
  ],
  [
    "Sept. with a year",
    "He was born on Sept. 12, 1980. He died in 2020.",
    ["He was born on Sept. 12, 1980.", "He died in 2020."],
  ],
  ["initials", "J. K. Rowling wrote it. Sales soared.", ["J. K. Rowling wrote it.", "Sales soared."]],
  [
    "quote then attribution",
    '"We will win," he said. "Next year, too."',
    ['"We will win," he said.', '"Next year, too."'],
  ],
  [
    "curly quote then attribution",
    "“We will win,” he said. “Next year, too.”",
    ["“We will win,” he said.", "“Next year, too.”"],
  ],
  [
    "closing quote after the full stop",
    'He said, "We will win." Nobody agreed.',
    ['He said, "We will win."', "Nobody agreed."],
  ],
  ["curly closing quote", "“It is over.” She left.", ["“It is over.”", "She left."]],
  [
    "quoted exclamation mid-sentence",
    '"Stop!" she said. Then silence.',
    ['"Stop!" she said.', "Then silence."],
  ],
  [
    "quoted question mid-sentence",
    '"Is it over?" he asked. Nobody answered.',
    ['"Is it over?" he asked.', "Nobody answered."],
  ],
  ["single quotes", "She asked: 'Why now?' Nobody replied.", ["She asked: 'Why now?'", "Nobody replied."]],
  [
    "parenthetical sentence",
    "(The figures were revised.) Officials declined to comment.",
    ["(The figures were revised.)", "Officials declined to comment."],
  ],
  [
    "parenthesis inside a sentence",
    "Officials declined (they were busy). The report follows.",
    ["Officials declined (they were busy).", "The report follows."],
  ],
  [
    "ellipsis mid-sentence",
    "Wait... what happened? Nobody knows.",
    ["Wait... what happened?", "Nobody knows."],
  ],
  ["ellipsis ending a sentence", "He paused… Then he spoke.", ["He paused…", "Then he spoke."]],
  ["interrobang", "Really?! Yes.", ["Really?!", "Yes."]],
  ["numbered list item", "1. Bread prices rose by a third.", ["1. Bread prices rose by a third."]],
  [
    "place abbreviations",
    "The firm, based in St. Louis, grew 4.2%. Its rival shrank.",
    ["The firm, based in St. Louis, grew 4.2%.", "Its rival shrank."],
  ],
  [
    "Jr. and Rev.",
    "The Rev. Martin Luther King Jr. led the march. Thousands joined.",
    ["The Rev. Martin Luther King Jr. led the march.", "Thousands joined."],
  ],
  [
    "degree with commas",
    "Prof. Ada Byron, Ph.D., spoke. Others listened.",
    ["Prof. Ada Byron, Ph.D., spoke.", "Others listened."],
  ],
  [
    "et al. and approx.",
    "Smith et al. found approx. 300 cases. More followed.",
    ["Smith et al. found approx. 300 cases.", "More followed."],
  ],
  [
    "a.m. before a place",
    "It is 9 a.m. in Tokyo. Markets open.",
    ["It is 9 a.m. in Tokyo.", "Markets open."],
  ],
  ["a score then an initialism", "The score was 3-1. The U.S. won.", ["The score was 3-1.", "The U.S. won."]],
  [
    "domain names",
    "Visit example.com for details. It is free.",
    ["Visit example.com for details.", "It is free."],
  ],
  ["a single newline is whitespace", "First line.\nSecond line.", ["First line.", "Second line."]],
  ["no final stop", "First. And then the rest", ["First.", "And then the rest"]],
  [
    "abbreviation at a paragraph end, never across the break",
    "She met officials in Washington, D.C.\n\nThe talks went well.",
    ["She met officials in Washington, D.C.", "The talks went well."],
  ],
  [
    "a title at a paragraph end",
    "The winner was Mr.\n\nSmith spoke later.",
    ["The winner was Mr.", "Smith spoke later."],
  ],
  ["surrounding whitespace is trimmed", "  Lead.  Tail.  ", ["Lead.", "Tail."]],
  ["blank", "   ", []],
];
