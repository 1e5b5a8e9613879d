// Headlines come in Title Case or ALL CAPS, which the training corpora seldom show. Copies of some
// training sentences in those cases, with the same labels, teach the tagger to read them.
import type { LabelledDocument } from './corpus';

export interface AugmentationRates {
  titleCase: number;
  upperCase: number;
}

/**
 * English headlines are often in Title Case, and recased copies cost nothing on eng.testa; Spanish
 * headlines are written in sentence case, and recased copies cost 0.8 points on esp.testa.
 */
export const defaultAugmentation: Record<'es' | 'en', AugmentationRates> = {
  es: { titleCase: 0, upperCase: 0 },
  en: { titleCase: 0.08, upperCase: 0.05 },
};

/** One single-sentence document per recased copy, chosen by `random` (seeded, so training stays deterministic). */
export function recasedCopies(documents: readonly LabelledDocument[], rates: AugmentationRates, random: () => number): LabelledDocument[] {
  const copies: LabelledDocument[] = [];
  for (const document of documents) {
    for (const sentence of document) {
      if (sentence.tokens.length < 4 || !sentence.labels.some((label) => label !== 0)) continue;
      const draw = random();
      if (draw < rates.titleCase) copies.push([{ tokens: sentence.tokens.map(titleCaseWord), labels: sentence.labels }]);
      else if (draw < rates.titleCase + rates.upperCase)
        copies.push([{ tokens: sentence.tokens.map((token) => token.toUpperCase()), labels: sentence.labels }]);
    }
  }
  return copies;
}

// Headline style leaves short function words ("of", "de", "a") in lower case.
function titleCaseWord(token: string): string {
  return token.length > 3 ? token.charAt(0).toUpperCase() + token.slice(1) : token;
}
