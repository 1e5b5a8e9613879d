// Feature extraction: for every token of a document, the weight rows of its active features.
// Features do not depend on labels (label history is the decoder's transition weights), so
// training computes them once per sentence.
import { combine, hashString } from './hashing';
import { foldWord, type Gazetteer } from './gazetteer';
import { readDocumentContext, RunPosition, SentenceCase, type DocumentContext } from './document-context';
import { isCapitalised, isLowerCaseWord, normaliseForm, wordShape } from './text-features';

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

enum Template {
  Bias = 1, Form, Lower, Shape, Prefix, Suffix, PreviousLower, NextLower, SecondPreviousLower, SecondNextLower,
  PreviousShape, NextShape, ShapeBigramLeft, ShapeBigramRight, ShapeTrigram, LowerBigramLeft, LowerBigramRight,
  SentenceStartShape, CaseModeShape, CaseModeLower, Gazetteer, PreviousGazetteer, NextGazetteer,
  CapitalisedElsewhere, LowerCaseElsewhere, LongerName, PreviousLowerShape, NextLowerShape, Length, FormPrefixShape,
}

const boundary = hashString('<boundary>');

interface TokenHashes {
  form: number[];
  lower: number[];
  shape: number[];
}

export function extractDocumentFeatures(document: readonly (readonly string[])[], settings: FeatureSettings): SentenceFeatures[] {
  const forms = document.map((sentence) => sentence.map(normaliseForm));
  const lowers = forms.map((sentence) => sentence.map((form) => form.toLowerCase()));
  const context = readDocumentContext({ forms, lowers });
  return forms.map((sentence, s) => extractSentence(sentence, lowers[s], s, context, settings));
}

function extractSentence(forms: string[], lowers: string[], sentenceIndex: number, context: DocumentContext, settings: FeatureSettings): SentenceFeatures {
  const length = forms.length;
  const shapes = forms.map(wordShape);
  const hashes: TokenHashes = { form: forms.map(hashString), lower: lowers.map(hashString), shape: shapes.map(hashString) };
  const capitalised = forms.map(isCapitalised);
  const gazetteerTags = settings.gazetteer.match(lowers.map(foldWord), capitalised);
  const caseMode = context.sentenceCase[sentenceIndex];
  const runPositions = context.runPositions[sentenceIndex];
  const shift = 32 - settings.hashBits;
  const rows: number[] = [];
  const offsets = new Uint32Array(length + 1);
  const add = (hash: number) => rows.push(hash >>> shift);
  const at = (values: number[], i: number) => (i >= 0 && i < length ? values[i] : boundary);

  for (let i = 0; i < length; i++) {
    offsets[i] = rows.length;
    const lower = lowers[i];
    const shape = hashes.shape[i];
    add(combine(Template.Bias, 0));
    add(combine(Template.Form, hashes.form[i]));
    add(combine(Template.Lower, hashes.lower[i]));
    add(combine(Template.Shape, shape));
    add(combine(Template.Length, Math.min(lower.length, 8)));
    for (let k = 1; k <= 4 && k <= lower.length; k++) {
      add(combine(Template.Prefix, hashString(lower.slice(0, k))));
      add(combine(Template.Suffix, hashString(lower.slice(-k))));
    }
    add(combine(Template.FormPrefixShape, combine(hashString(forms[i].slice(0, 2)), shape)));
    const previousLower = at(hashes.lower, i - 1);
    const nextLower = at(hashes.lower, i + 1);
    const previousShape = at(hashes.shape, i - 1);
    const nextShape = at(hashes.shape, i + 1);
    add(combine(Template.PreviousLower, previousLower));
    add(combine(Template.NextLower, nextLower));
    add(combine(Template.SecondPreviousLower, at(hashes.lower, i - 2)));
    add(combine(Template.SecondNextLower, at(hashes.lower, i + 2)));
    add(combine(Template.PreviousShape, previousShape));
    add(combine(Template.NextShape, nextShape));
    add(combine(Template.ShapeBigramLeft, combine(previousShape, shape)));
    add(combine(Template.ShapeBigramRight, combine(shape, nextShape)));
    add(combine(Template.ShapeTrigram, combine(combine(previousShape, shape), nextShape)));
    add(combine(Template.LowerBigramLeft, combine(previousLower, hashes.lower[i])));
    add(combine(Template.LowerBigramRight, combine(hashes.lower[i], nextLower)));
    add(combine(Template.PreviousLowerShape, combine(previousLower, shape)));
    add(combine(Template.NextLowerShape, combine(shape, nextLower)));
    add(combine(Template.SentenceStartShape, combine(i === 0 ? 1 : i === 1 && !/\p{L}/u.test(forms[0]) ? 2 : 0, shape)));
    add(combine(Template.CaseModeShape, combine(caseMode, shape)));
    if (caseMode !== SentenceCase.Normal) add(combine(Template.CaseModeLower, combine(caseMode, hashes.lower[i])));
    addGazetteer(add, Template.Gazetteer, gazetteerTags[i]);
    if (i > 0) addGazetteer(add, Template.PreviousGazetteer, gazetteerTags[i - 1]);
    if (i + 1 < length) addGazetteer(add, Template.NextGazetteer, gazetteerTags[i + 1]);
    const capitalisedHere = capitalised[i] ? 1 : 0;
    const position = i === 0 ? 2 : 0;
    if (context.capitalisedMidSentence.has(lower)) add(combine(Template.CapitalisedElsewhere, capitalisedHere + position));
    if (context.lowerCaseSomewhere.has(lower) && !isLowerCaseWord(forms[i], lower)) add(combine(Template.LowerCaseElsewhere, capitalisedHere + position + 4 * caseMode));
    const membership = context.longerNameMembership.get(lower) ?? 0;
    const run = runPositions[i];
    if (membership && run !== RunPosition.None) add(combine(Template.LongerName, membership * 8 + run));
  }
  offsets[length] = rows.length;
  return { rows: Uint32Array.from(rows), offsets };
}

function addGazetteer(add: (hash: number) => void, template: Template, tags: number): void {
  for (let bit = 0; tags >>> bit; bit++) if ((tags >>> bit) & 1) add(combine(template, bit));
}
