// What the rest of the article says about a word: whether it is written capitalised mid-sentence or
// in lower case elsewhere, and whether it belongs to a longer capitalised name ("Putin" after "Vladímir Putin").
import type { WordFacts, WordInfo } from './text-features';

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

/** What the rest of a document says about a token's word, a bit each. */
export enum WordFact {
  /** Written capitalised mid-sentence somewhere (in a sentence of normal case). */
  CapitalisedMidSentence = 1,
  /** Written in lower case somewhere. */
  LowerCaseSomewhere = 2,
  /** The first, last or a middle word of a longer capitalised name somewhere. */
  FirstOfLongerName = 4,
  LastOfLongerName = 8,
  MiddleOfLongerName = 16,
}

/** The longer-name facts as one number: bit 0 first word, bit 1 last word, bit 2 a middle word. */
export function longerNameMembership(facts: number): number {
  return (facts >> 2) & 7;
}

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
  /** Per sentence and token: the `WordFact`s of the token's word in this document. */
  wordFacts: Uint8Array[];
}

// Each document marks its facts on the records that all the spellings of a word share
// (WordInfo.facts), under a number of its own: a field read and write per token where sets of
// words by their lower case cost a hash lookup each, several times per token.
let documentsRead = 0;

export function readDocumentContext(words: readonly WordInfo[][]): DocumentContext {
  const document = ++documentsRead;
  const factsOf = (word: WordInfo): WordFacts => {
    const shared = word.facts;
    if (shared.document !== document) {
      shared.document = document;
      shared.facts = 0;
    }
    return shared;
  };
  const sentenceCase = words.map(classifySentenceCase);
  words.forEach((sentence, s) => {
    if (sentenceCase[s] !== SentenceCase.Normal) return;
    for (let i = 0; i < sentence.length; i++) {
      const word = sentence[i];
      if (word.lowerCaseWord) factsOf(word).facts |= WordFact.LowerCaseSomewhere;
      else if (i > 0 && word.capitalised && !opensClause(sentence[i - 1].form)) factsOf(word).facts |= WordFact.CapitalisedMidSentence;
    }
  });
  const runPositions = uint8PerSentence(words);
  const runHeads = uint32PerSentence(words);
  const runTails = uint32PerSentence(words);
  words.forEach((sentence, s) =>
    findRuns(sentence, (word) => (factsOf(word).facts & WordFact.LowerCaseSomewhere) !== 0, {
      positions: runPositions[s],
      heads: runHeads[s],
      tails: runTails[s],
    }),
  );
  runPositions.forEach((positions, s) => {
    if (sentenceCase[s] !== SentenceCase.Normal) return;
    for (let i = 0; i < positions.length; i++) {
      const fact =
        positions[i] === RunPosition.First
          ? WordFact.FirstOfLongerName
          : positions[i] === RunPosition.Last
            ? WordFact.LastOfLongerName
            : positions[i] === RunPosition.Middle
              ? WordFact.MiddleOfLongerName
              : 0;
      if (fact) factsOf(words[s][i]).facts |= fact;
    }
  });
  const wordFacts = uint8PerSentence(words);
  words.forEach((sentence, s) => {
    for (let i = 0; i < sentence.length; i++) wordFacts[s][i] = factsOf(sentence[i]).facts;
  });
  return { sentenceCase, runPositions, runHeads, runTails, wordFacts };
}

// One array for all the tokens of a document, and a view of it for each sentence: an array of its
// own for every sentence cost more to make than the sentence's runs take to find.
export function uint8PerSentence(sentences: readonly (readonly unknown[])[]): Uint8Array[] {
  const all = new Uint8Array(tokenCount(sentences));
  return viewsPerSentence(sentences, (start, end) => all.subarray(start, end));
}

export function uint32PerSentence(sentences: readonly (readonly unknown[])[]): Uint32Array[] {
  const all = new Uint32Array(tokenCount(sentences));
  return viewsPerSentence(sentences, (start, end) => all.subarray(start, end));
}

function tokenCount(sentences: readonly (readonly unknown[])[]): number {
  let count = 0;
  for (const sentence of sentences) count += sentence.length;
  return count;
}

function viewsPerSentence<T>(sentences: readonly (readonly unknown[])[], view: (start: number, end: number) => T): T[] {
  const views = new Array<T>(sentences.length);
  let start = 0;
  for (let s = 0; s < sentences.length; s++) {
    views[s] = view(start, start + sentences[s].length);
    start += sentences[s].length;
  }
  return views;
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

/** A sentence's runs, written into arrays of zeros of the sentence's length. */
interface SentenceRuns {
  positions: Uint8Array;
  heads: Uint32Array;
  tails: Uint32Array;
}

// A sentence's first word counts as capitalised only if the article never writes it in lower case.
function findRuns(sentence: readonly WordInfo[], lowerCaseSomewhere: (word: WordInfo) => boolean, { positions, heads, tails }: SentenceRuns): void {
  const inName = (i: number) => sentence[i].capitalised && sentence[i].hasLetter && (i > 0 || !lowerCaseSomewhere(sentence[i]));
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
}
