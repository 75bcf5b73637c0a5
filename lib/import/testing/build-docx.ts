import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

/** One paragraph of a test document: plain text, a heading, a bullet, or runs with links. */
export type DocxBlock =
  | string
  | { heading: 1 | 2; text: string }
  | { bullet: string }
  | { runs: (string | { link: string; text: string } | { bold: string })[] };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

/** Build a real .docx in memory with the `docx` package, as Word would save it. */
export async function buildDocx(blocks: DocxBlock[]): Promise<Uint8Array> {
  const children = blocks.map((block) => {
    if (typeof block === "string") return new Paragraph({ text: block });
    if ("heading" in block) return new Paragraph({ text: block.text, heading: HEADINGS[block.heading] });
    if ("bullet" in block) return new Paragraph({ text: block.bullet, bullet: { level: 0 } });
    return new Paragraph({
      children: block.runs.map((run) => {
        if (typeof run === "string") return new TextRun(run);
        if ("bold" in run) return new TextRun({ text: run.bold, bold: true });
        return new ExternalHyperlink({
          link: run.link,
          children: [new TextRun({ text: run.text, style: "Hyperlink" })],
        });
      }),
    });
  });
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buffer);
}
