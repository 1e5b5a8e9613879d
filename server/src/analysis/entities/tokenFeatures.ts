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

// A token's context features are gathered as typed-array entries and hashed in loops, with a few
// `combine` call sites in all: a 32-bit hash passed to or returned from a call the compiler does not
// inline becomes a new heap number, and with a call per feature (too many to inline) those were a
// tenth of everything the analysis allocated.
const pairFeatures = 11;
/** The templates of the features over two values, always present, in the order they are written. */
const pairTemplates = Uint32Array.of(
  Template.LeftContext,
  Template.RightContext,
  Template.ShapeBigramLeft,
  Template.ShapeBigramRight,
  Template.ShapeTrigram,
  Template.LowerBigramLeft,
  Template.LowerBigramRight,
  Template.PreviousLowerShape,
  Template.NextLowerShape,
  Template.SentenceStartShape,
  Template.CaseModeShape,
);
const shapeTrigram = 4;
const pairFirst = new Uint32Array(pairFeatures);
const pairSecond = new Uint32Array(pairFeatures);
/** The features after those: each one's template and the value hashed with it. */
const featureTemplates = new Uint32Array(maximumContextFeatures);
const featureValues = new Uint32Array(maximumContextFeatures);

/**
 * Writes to `out` the hash of each feature of token i that looks at more than one word or beyond words,
 * and returns how many there are.
 */
export function contextFeatures(sentence: SentenceContext, i: number, out: Uint32Array): number {
  const { words, gazetteerTags, caseMode } = sentence;
  const length = words.length;
  const current = words[i];
  const previous = i > 0 ? words[i - 1] : boundaryWord;
  const next = i + 1 < length ? words[i + 1] : boundaryWord;
  const secondPrevious = i > 1 ? words[i - 2] : boundaryWord;
  const secondNext = i + 2 < length ? words[i + 2] : boundaryWord;
  const shape = current.shapeHash;
  const firstWord = length > 0 && !words[0].hasLetter ? 1 : 0;
  pairFirst[0] = secondPrevious.lowerHash;
  pairSecond[0] = previous.lowerHash;
  pairFirst[1] = next.lowerHash;
  pairSecond[1] = secondNext.lowerHash;
  pairFirst[2] = previous.shapeHash;
  pairSecond[2] = shape;
  // The trigram starts as the left shape bigram and takes the next shape below.
  pairFirst[shapeTrigram] = previous.shapeHash;
  pairSecond[shapeTrigram] = shape;
  pairFirst[3] = shape;
  pairSecond[3] = next.shapeHash;
  pairFirst[5] = previous.lowerHash;
  pairSecond[5] = current.lowerHash;
  pairFirst[6] = current.lowerHash;
  pairSecond[6] = next.lowerHash;
  pairFirst[7] = previous.lowerHash;
  pairSecond[7] = shape;
  pairFirst[8] = shape;
  pairSecond[8] = next.lowerHash;
  pairFirst[9] = i <= firstWord ? 1 + i : 0;
  pairSecond[9] = shape;
  pairFirst[10] = caseMode;
  pairSecond[10] = shape;
  for (let k = 0; k < pairFeatures; k++) out[k] = combine(pairFirst[k], pairSecond[k]);
  out[shapeTrigram] = combine(out[shapeTrigram], next.shapeHash);
  for (let k = 0; k < pairFeatures; k++) out[k] = combine(pairTemplates[k], out[k]);
  let count = 0;
  if (sentence.quoted[i]) count = addFeature(count, Template.Quoted, shape);
  if (caseMode !== normalCase) {
    featureTemplates[count] = Template.CaseModeLower;
    featureValues[count++] = combine(caseMode, current.lowerHash);
  }
  count = addGazetteer(count, Template.Gazetteer, gazetteerTags[i]);
  if (i > 0) count = addGazetteer(count, Template.PreviousGazetteer, gazetteerTags[i - 1]);
  if (i + 1 < length) count = addGazetteer(count, Template.NextGazetteer, gazetteerTags[i + 1]);
  const capitalisedHere = current.capitalised ? 1 : 0;
  const position = i === 0 ? 2 : 0;
  const facts = sentence.wordFacts[i];
  if (facts & capitalisedMidSentence) count = addFeature(count, Template.CapitalisedElsewhere, capitalisedHere + position);
  if (!current.lowerCaseWord && facts & lowerCaseSomewhere) count = addFeature(count, Template.LowerCaseElsewhere, capitalisedHere + position + 4 * caseMode);
  const run = sentence.runPositions[i];
  const membership = run === RunPosition.None ? 0 : membershipOf(facts);
  if (membership) count = addFeature(count, Template.LongerName, membership * 8 + run);
  if (run !== RunPosition.None && run !== RunPosition.Single) {
    // The first and last words of the capitalised name this token is in: "Universidad", "Unidos".
    featureTemplates[count] = Template.NameHead;
    featureValues[count++] = words[sentence.runHeads[i]].lowerHash;
    featureTemplates[count] = Template.NameTail;
    featureValues[count++] = words[sentence.runTails[i]].lowerHash;
  }
  for (let k = 0; k < count; k++) out[pairFeatures + k] = combine(featureTemplates[k], featureValues[k]);
  return pairFeatures + count;
}

/** A feature whose value is small, as a call may take it without a heap number. */
function addFeature(count: number, template: Template, smallValue: number): number {
  featureTemplates[count] = template;
  featureValues[count] = smallValue;
  return count + 1;
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

function addGazetteer(count: number, template: Template, tags: number): number {
  let next = count;
  for (let bit = 0; tags >>> bit; bit++) if ((tags >>> bit) & 1) next = addFeature(next, template, bit);
  return next;
}
