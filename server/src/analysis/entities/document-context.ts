// What the rest of the article says about a word: whether it is written capitalised mid-sentence or
// in lower case elsewhere, and whether it belongs to a longer capitalised name ("Putin" after "Vladímir Putin").
import type { WordInfo } from './text-features';

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

export interface DocumentContext {
  sentenceCase: SentenceCase[];
  /** Per sentence and token: the token's position in a capitalised run of its own sentence. */
  runPositions: Uint8Array[];
  /**
   * Per sentence and token of a run of two or more words: the index of the run's first and last word.
   * Found once per run, so that a token never walks its run: in a page of capitals every token would
   * walk to both ends, and the cost would grow with the square of the run.
   */
  runHeads: Uint32Array[];
  runTails: Uint32Array[];
  capitalisedMidSentence: Set<string>;
  lowerCaseSomewhere: Set<string>;
  /** Bit 0: first word of a longer name somewhere; bit 1: last word; bit 2: a middle word. */
  longerNameMembership: Map<string, number>;
}

export function readDocumentContext(words: readonly WordInfo[][]): DocumentContext {
  const sentenceCase = words.map(classifySentenceCase);
  const capitalisedMidSentence = new Set<string>();
  const lowerCaseSomewhere = new Set<string>();
  words.forEach((sentence, s) => {
    if (sentenceCase[s] !== SentenceCase.Normal) return;
    for (let i = 0; i < sentence.length; i++) {
      const word = sentence[i];
      if (word.lowerCaseWord) lowerCaseSomewhere.add(word.lower);
      else if (i > 0 && word.capitalised && !opensClause(sentence[i - 1].form)) capitalisedMidSentence.add(word.lower);
    }
  });
  const runs = words.map((sentence) => findRuns(sentence, lowerCaseSomewhere));
  const runPositions = runs.map((run) => run.positions);
  const longerNameMembership = new Map<string, number>();
  runPositions.forEach((positions, s) => {
    if (sentenceCase[s] !== SentenceCase.Normal) return;
    for (let i = 0; i < positions.length; i++) {
      const bit = positions[i] === RunPosition.First ? 1 : positions[i] === RunPosition.Last ? 2 : positions[i] === RunPosition.Middle ? 4 : 0;
      const lower = words[s][i].lower;
      if (bit) longerNameMembership.set(lower, (longerNameMembership.get(lower) ?? 0) | bit);
    }
  });
  return {
    sentenceCase,
    runPositions,
    runHeads: runs.map((run) => run.heads),
    runTails: runs.map((run) => run.tails),
    capitalisedMidSentence,
    lowerCaseSomewhere,
    longerNameMembership,
  };
}

function classifySentenceCase(sentence: readonly WordInfo[]): SentenceCase {
  let words = 0;
  let upper = 0;
  let contentWords = 0;
  let capitalisedContent = 0;
  sentence.forEach((word, i) => {
    if (!word.hasLetter) return;
    words++;
    if (word.form.length > 1 && word.upperCaseWord) upper++;
    // The first word is capitalised in any sentence, so it says nothing about headline case.
    if (i > 0 && word.form.length > 3) {
      contentWords++;
      if (word.capitalised) capitalisedContent++;
    }
  });
  if (words >= 2 && upper >= 0.8 * words) return SentenceCase.Upper;
  if (contentWords >= 3 && capitalisedContent >= 0.8 * contentWords) return SentenceCase.Title;
  return SentenceCase.Normal;
}

function opensClause(previous: string): boolean {
  return previous === '"' || previous === ':' || previous === '(' || previous === '-' || previous === "'" || previous === '.';
}

interface SentenceRuns {
  positions: Uint8Array;
  heads: Uint32Array;
  tails: Uint32Array;
}

// A sentence's first word counts as capitalised only if the article never writes it in lower case.
function findRuns(sentence: readonly WordInfo[], lowerCaseSomewhere: Set<string>): SentenceRuns {
  const positions = new Uint8Array(sentence.length);
  const heads = new Uint32Array(sentence.length);
  const tails = new Uint32Array(sentence.length);
  const inName = (i: number) => sentence[i].capitalised && sentence[i].hasLetter && (i > 0 || !lowerCaseSomewhere.has(sentence[i].lower));
  let i = 0;
  while (i < sentence.length) {
    if (!inName(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < sentence.length) {
      if (inName(end)) end++;
      else if (nameJoiners.has(sentence[end].form) && end + 1 < sentence.length && inName(end + 1)) end += 2;
      else break;
    }
    if (end - i === 1) positions[i] = RunPosition.Single;
    else {
      positions[i] = RunPosition.First;
      for (let k = i + 1; k < end - 1; k++) positions[k] = RunPosition.Middle;
      positions[end - 1] = RunPosition.Last;
      heads.fill(i, i, end);
      tails.fill(end - 1, i, end);
    }
    i = end;
  }
  return { positions, heads, tails };
}
