// What the rest of the article says about a word: whether it is written capitalised mid-sentence or
// in lower case elsewhere, and whether it belongs to a longer capitalised name ("Putin" after "Vladímir Putin").
import { hasLetter, isCapitalised, isLowerCaseWord, isUpperCaseWord } from './text-features';

export enum SentenceCase {
  Normal = 0,
  /** Headline case: most content words capitalised. */
  Title = 1,
  /** All capitals, as in some headlines and datelines. */
  Upper = 2,
}

export enum RunPosition {
  None = 0,
  Single = 1,
  First = 2,
  Middle = 3,
  Last = 4,
}

/** Lower-case joiners that may sit inside a name: "Cancillería de Venezuela", "Bank of England". */
const nameJoiners = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'of', 'the', 'and', 'for', 'von', 'van', 'da', 'do', 'dos', 'di', 'le']);

export interface DocumentWords {
  forms: string[][];
  lowers: string[][];
}

export interface DocumentContext {
  sentenceCase: SentenceCase[];
  /** Per sentence and token: the token's position in a capitalised run of its own sentence. */
  runPositions: Uint8Array[];
  capitalisedMidSentence: Set<string>;
  lowerCaseSomewhere: Set<string>;
  /** Bit 0: first word of a longer name somewhere; bit 1: last word; bit 2: a middle word. */
  longerNameMembership: Map<string, number>;
}

export function readDocumentContext({ forms, lowers }: DocumentWords): DocumentContext {
  const sentenceCase = forms.map(classifySentenceCase);
  const capitalisedMidSentence = new Set<string>();
  const lowerCaseSomewhere = new Set<string>();
  forms.forEach((sentence, s) => {
    if (sentenceCase[s] !== SentenceCase.Normal) return;
    for (let i = 0; i < sentence.length; i++) {
      const lower = lowers[s][i];
      if (isLowerCaseWord(sentence[i], lower)) lowerCaseSomewhere.add(lower);
      else if (i > 0 && isCapitalised(sentence[i]) && !opensClause(sentence[i - 1])) capitalisedMidSentence.add(lower);
    }
  });
  const runPositions = forms.map((sentence, s) => findRuns(sentence, lowers[s], lowerCaseSomewhere));
  const longerNameMembership = new Map<string, number>();
  runPositions.forEach((positions, s) => {
    if (sentenceCase[s] !== SentenceCase.Normal) return;
    for (let i = 0; i < positions.length; i++) {
      const bit = positions[i] === RunPosition.First ? 1 : positions[i] === RunPosition.Last ? 2 : positions[i] === RunPosition.Middle ? 4 : 0;
      if (bit) longerNameMembership.set(lowers[s][i], (longerNameMembership.get(lowers[s][i]) ?? 0) | bit);
    }
  });
  return { sentenceCase, runPositions, capitalisedMidSentence, lowerCaseSomewhere, longerNameMembership };
}

function classifySentenceCase(sentence: string[]): SentenceCase {
  let words = 0;
  let upper = 0;
  let contentWords = 0;
  let capitalisedContent = 0;
  sentence.forEach((form, i) => {
    if (!hasLetter(form)) return;
    words++;
    if (form.length > 1 && isUpperCaseWord(form)) upper++;
    // The first word is capitalised in any sentence, so it says nothing about headline case.
    if (i > 0 && form.length > 3) {
      contentWords++;
      if (isCapitalised(form)) capitalisedContent++;
    }
  });
  if (words >= 2 && upper >= 0.8 * words) return SentenceCase.Upper;
  if (contentWords >= 3 && capitalisedContent >= 0.8 * contentWords) return SentenceCase.Title;
  return SentenceCase.Normal;
}

function opensClause(previous: string): boolean {
  return previous === '"' || previous === ':' || previous === '(' || previous === '-' || previous === "'" || previous === '.';
}

// A sentence's first word counts as capitalised only if the article never writes it in lower case.
function findRuns(sentence: string[], lowers: string[], lowerCaseSomewhere: Set<string>): Uint8Array {
  const positions = new Uint8Array(sentence.length);
  const inName = (i: number) => isCapitalised(sentence[i]) && hasLetter(sentence[i]) && (i > 0 || !lowerCaseSomewhere.has(lowers[i]));
  let i = 0;
  while (i < sentence.length) {
    if (!inName(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < sentence.length) {
      if (inName(end)) end++;
      else if (nameJoiners.has(sentence[end]) && end + 1 < sentence.length && inName(end + 1)) end += 2;
      else break;
    }
    if (end - i === 1) positions[i] = RunPosition.Single;
    else {
      positions[i] = RunPosition.First;
      for (let k = i + 1; k < end - 1; k++) positions[k] = RunPosition.Middle;
      positions[end - 1] = RunPosition.Last;
    }
    i = end;
  }
  return positions;
}
