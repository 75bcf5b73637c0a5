import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn-ts with its common and English dictionaries: it estimates how many
 * guesses a cracker needs, knowing common passwords, words, names, keyboard
 * patterns, dates and l33t speak. Built on first use (about a second: the
 * dictionaries are ranked then), then kept for the process.
 */
export function estimateStrength(password: string, userInputs: string[]): ZxcvbnResult {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator.check(password, userInputs);
}
