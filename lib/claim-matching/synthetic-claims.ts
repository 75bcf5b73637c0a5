import { mulberry32 } from "@/lib/random/mulberry32";
import type { MatchEntry } from "./match-index";

/**
 * `count` entries for measuring scale: the real ones, then synthetic ones whose text joins the first half of
 * one real claim's words to the second half of another's, and whose title does the same with two titles. The
 * vocabulary and its frequencies stay those of real claims, so postings grow as a real archive's would.
 */
export function synthesiseEntries(real: readonly MatchEntry[], count: number, seed = 17): MatchEntry[] {
  const random = mulberry32(seed);
  const pick = () => real[Math.floor(random() * real.length)]!;
  const halves = (text: string, first: boolean) => {
    const words = text.split(/\s+/);
    const middle = Math.ceil(words.length / 2);
    return (first ? words.slice(0, middle) : words.slice(middle)).join(" ");
  };
  const entries = [...real];
  for (let i = 0; entries.length < count; i += 1) {
    const [a, b, c, d] = [pick(), pick(), pick(), pick()];
    entries.push({
      id: `synthetic-${i}`,
      text: `${halves(a.text, true)} ${halves(b.text, false)}`,
      title: `${halves(c.title ?? "", true)} ${halves(d.title ?? "", false)}`,
    });
  }
  return entries;
}
