// Feature extraction: for every token of a document, the weight rows of its active features.
// Features do not depend on labels (label history is the decoder's transition weights), so
// training computes them once per sentence.
//
// Most features look at one word only, either the token itself or a neighbour in a fixed role
// (the previous word, the one after next...). Those are `roleFeatures`, which the tagger sums once
// per distinct word and role and caches; the rest, `contextFeatures`, are computed per token.
import { combine as sharedCombine } from './hashing';
import type { Gazetteer } from './gazetteerIndex';
import {
  longerNameMembership,
  readDocumentContext,
  RunPosition as SharedRunPosition,
  SentenceCase,
  uint32PerSentence,
  uint8PerSentence,
  WordFact,
} from './document-context';
import { documentWords, wordInfo, type WordInfo } from './text-features';

// Module-local copies: imported bindings compile to property getters under CommonJS, too slow for the inner loop.
const combine = sharedCombine;
const membershipOf = longerNameMembership;
const RunPosition = SharedRunPosition;
const normalCase = SentenceCase.Normal;
const capitalisedMidSentence = WordFact.CapitalisedMidSentence;
const lowerCaseSomewhere = WordFact.LowerCaseSomewhere;

export interface FeatureSettings {
  /** Weight rows: 2^hashBits. */
  hashBits: number;
  gazetteer: Gazetteer;
}

/** Token i's feature rows are rows[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  rows: Uint32Array;
  offsets: Uint32Array;
}

/** Where a word stands relative to the token being labelled. */
export enum Role {
  Self = 0,
  Previous,
  Next,
  SecondPrevious,
  SecondNext,
}
export const roleCount = 5;
/** The word at token i + roleOffsets[role] plays `role` for token i. */
export const roleOffsets = [0, -1, 1, -2, 2];

enum Template {
  Bias = 1,
  Form,
  Lower,
  Shape,
  Affix,
  PreviousLower,
  NextLower,
  SecondPreviousLower,
  SecondNextLower,
  PreviousShape,
  NextShape,
  ShapeBigramLeft,
  ShapeBigramRight,
  ShapeTrigram,
  LowerBigramLeft,
  LowerBigramRight,
  SentenceStartShape,
  CaseModeShape,
  CaseModeLower,
  Gazetteer,
  PreviousGazetteer,
  NextGazetteer,
  CapitalisedElsewhere,
  LowerCaseElsewhere,
  LongerName,
  PreviousLowerShape,
  NextLowerShape,
  Length,
  HeadShape,
  LeftContext,
  RightContext,
  NameHead,
  NameTail,
  Quoted,
}

/** Upper bounds on the context features and all features one token can have, for preallocation. */
export const maximumContextFeatures = 64;
const maximumFeaturesPerToken = 96;
export const boundaryWord: WordInfo = wordInfo('<boundary>');

/** Upper bound on the features of one word in one role: six, and eight affixes. */
export const maximumRoleFeatures = 14;

/** Writes to `out` the feature hashes of one word in one role, and returns how many there are. */
export function roleFeatures(word: WordInfo, role: Role, out: Uint32Array): number {
  switch (role) {
    case Role.Self: {
      out[0] = combine(Template.Bias, 0);
      out[1] = combine(Template.Form, word.formHash);
      out[2] = combine(Template.Lower, word.lowerHash);
      out[3] = combine(Template.Shape, word.shapeHash);
      out[4] = combine(Template.Length, Math.min(word.lower.length, 8));
      out[5] = combine(Template.HeadShape, word.headShapeHash);
      let count = 6;
      for (const affix of word.affixHashes) out[count++] = combine(Template.Affix, affix);
      return count;
    }
    case Role.Previous:
      out[0] = combine(Template.PreviousLower, word.lowerHash);
      out[1] = combine(Template.PreviousShape, word.shapeHash);
      return 2;
    case Role.Next:
      out[0] = combine(Template.NextLower, word.lowerHash);
      out[1] = combine(Template.NextShape, word.shapeHash);
      return 2;
    case Role.SecondPrevious:
      out[0] = combine(Template.SecondPreviousLower, word.lowerHash);
      return 1;
    case Role.SecondNext:
      out[0] = combine(Template.SecondNextLower, word.lowerHash);
      return 1;
  }
}

/** What feature extraction knows about one sentence beyond its words. */
export interface SentenceContext {
  words: readonly WordInfo[];
  /** Whether each token sits between quotation marks, where titles and slogans (MISC) often are. */
  quoted: Uint8Array;
  gazetteerTags: Uint32Array;
  caseMode: SentenceCase;
  runPositions: Uint8Array;
  /** The first and last word of the capitalised run each token is in (tokens of runs of two or more words). */
  runHeads: Uint32Array;
  runTails: Uint32Array;
  /** What the rest of the document says about each token's word (`WordFact` bits). */
  wordFacts: Uint8Array;
}

export function readDocument(document: readonly (readonly string[])[], gazetteer: Gazetteer): SentenceContext[] {
  const words = documentWords(document);
  const context = readDocumentContext(words);
  const quoted = uint8PerSentence(words);
  const gazetteerTags = uint32PerSentence(words);
  return words.map((sentence, s) => ({
    words: sentence,
    quoted: markQuoted(sentence, quoted[s]),
    gazetteerTags: gazetteer.match(sentence, gazetteerTags[s]),
    caseMode: context.sentenceCase[s],
    runPositions: context.runPositions[s],
    runHeads: context.runHeads[s],
    runTails: context.runTails[s],
    wordFacts: context.wordFacts[s],
  }));
}

/**
 * Writes to `out` the hash of each feature of token i that looks at more than one word or beyond words,
 * and returns how many there are.
 */
export function contextFeatures(sentence: SentenceContext, i: number, out: Uint32Array): number {
  let count = 0;
  const { words, gazetteerTags, caseMode } = sentence;
  const length = words.length;
  const current = words[i];
  const previous = i > 0 ? words[i - 1] : boundaryWord;
  const next = i + 1 < length ? words[i + 1] : boundaryWord;
  const secondPrevious = i > 1 ? words[i - 2] : boundaryWord;
  const secondNext = i + 2 < length ? words[i + 2] : boundaryWord;
  const shape = current.shapeHash;
  out[count++] = combine(Template.LeftContext, combine(secondPrevious.lowerHash, previous.lowerHash));
  out[count++] = combine(Template.RightContext, combine(next.lowerHash, secondNext.lowerHash));
  out[count++] = combine(Template.ShapeBigramLeft, combine(previous.shapeHash, shape));
  out[count++] = combine(Template.ShapeBigramRight, combine(shape, next.shapeHash));
  out[count++] = combine(Template.ShapeTrigram, combine(combine(previous.shapeHash, shape), next.shapeHash));
  out[count++] = combine(Template.LowerBigramLeft, combine(previous.lowerHash, current.lowerHash));
  out[count++] = combine(Template.LowerBigramRight, combine(current.lowerHash, next.lowerHash));
  out[count++] = combine(Template.PreviousLowerShape, combine(previous.lowerHash, shape));
  out[count++] = combine(Template.NextLowerShape, combine(shape, next.lowerHash));
  const firstWord = length > 0 && !words[0].hasLetter ? 1 : 0;
  out[count++] = combine(Template.SentenceStartShape, combine(i <= firstWord ? 1 + i : 0, shape));
  out[count++] = combine(Template.CaseModeShape, combine(caseMode, shape));
  if (sentence.quoted[i]) out[count++] = combine(Template.Quoted, shape);
  if (caseMode !== normalCase) out[count++] = combine(Template.CaseModeLower, combine(caseMode, current.lowerHash));
  count = addGazetteer(out, count, Template.Gazetteer, gazetteerTags[i]);
  if (i > 0) count = addGazetteer(out, count, Template.PreviousGazetteer, gazetteerTags[i - 1]);
  if (i + 1 < length) count = addGazetteer(out, count, Template.NextGazetteer, gazetteerTags[i + 1]);
  const capitalisedHere = current.capitalised ? 1 : 0;
  const position = i === 0 ? 2 : 0;
  const facts = sentence.wordFacts[i];
  if (facts & capitalisedMidSentence) out[count++] = combine(Template.CapitalisedElsewhere, capitalisedHere + position);
  if (!current.lowerCaseWord && facts & lowerCaseSomewhere) out[count++] = combine(Template.LowerCaseElsewhere, capitalisedHere + position + 4 * caseMode);
  const run = sentence.runPositions[i];
  const membership = run === RunPosition.None ? 0 : membershipOf(facts);
  if (membership) out[count++] = combine(Template.LongerName, membership * 8 + run);
  if (run !== RunPosition.None && run !== RunPosition.Single) {
    // The first and last words of the capitalised name this token is in: "Universidad", "Unidos".
    out[count++] = combine(Template.NameHead, words[sentence.runHeads[i]].lowerHash);
    out[count++] = combine(Template.NameTail, words[sentence.runTails[i]].lowerHash);
  }
  return count;
}

/** Every feature row of every token, as training needs them. */
export function extractDocumentFeatures(document: readonly (readonly string[])[], settings: FeatureSettings): SentenceFeatures[] {
  const shift = 32 - settings.hashBits;
  return readDocument(document, settings.gazetteer).map((sentence) => {
    const length = sentence.words.length;
    const rows = new Uint32Array(length * maximumFeaturesPerToken);
    const offsets = new Uint32Array(length + 1);
    let count = 0;
    const hashes = new Uint32Array(maximumContextFeatures);
    const add = (hashCount: number) => {
      for (let f = 0; f < hashCount; f++) rows[count++] = hashes[f] >>> shift;
    };
    for (let i = 0; i < length; i++) {
      offsets[i] = count;
      for (let role = 0; role < roleCount; role++) {
        const at = i + roleOffsets[role];
        add(roleFeatures(at >= 0 && at < length ? sentence.words[at] : boundaryWord, role, hashes));
      }
      add(contextFeatures(sentence, i, hashes));
    }
    offsets[length] = count;
    return { rows: rows.slice(0, count), offsets };
  });
}

function markQuoted(words: readonly WordInfo[], quoted: Uint8Array): Uint8Array {
  let open = false;
  words.forEach((word, i) => {
    if (word.form === '"') open = !open;
    else if (open) quoted[i] = 1;
  });
  return quoted;
}

function addGazetteer(out: Uint32Array, count: number, template: Template, tags: number): number {
  let next = count;
  for (let bit = 0; tags >>> bit; bit++) if ((tags >>> bit) & 1) out[next++] = combine(template, bit);
  return next;
}
