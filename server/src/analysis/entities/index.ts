// Named entities (PER, ORG, LOC, MISC) from a trained averaged-perceptron sequence tagger, one model
// per language. The models are loaded from disk by server/src/models; everything here is pure.
import type { AnalysisInput, EntityMention, Language } from '../types';
import { maskTransitions, viterbi } from './viterbi';
import { readDocument } from './tokenFeatures';
import { EmissionScorer } from './scorer';
import { normaliseForm } from './text-features';
import { harmoniseTypes } from './consistency';
import { tagClubsNamedByTown } from './clubs';
import esClubs from '../resources/es/ner-clubs.json';
import enClubs from '../resources/en/ner-clubs.json';
import { sharedGazetteer } from './bundledGazetteer';
import { fromBilou, labelNames, spansOfLabels } from './bilouLabels';
import type { TaggerModel } from './model';
import { mentionRepairsFor } from './mentionRepairs';
import type { TaggedSpan } from './mentionWords';

export interface EntityRecognizer {
  recognize(input: AnalysisInput): EntityMention[];
}

/** A recognizer that also labels text someone else tokenized, for `newsmark tag --conll`. */
export interface EntityTagger extends EntityRecognizer {
  /** IOB2 labels (B-PER, I-ORG, O, ...) for each token of a document given as sentences of tokens. */
  tagTokens(sentences: readonly (readonly string[])[], language: Language): string[][];
}

export interface TaggerModels {
  es?: TaggerModel;
  en?: TaggerModel;
}

export function createTaggerRecognizer(models: TaggerModels): EntityTagger {
  const scorers = new Map<TaggerModel, { scorer: EmissionScorer; moves: Float64Array }>();
  for (const model of [models.es, models.en]) if (model) scorers.set(model, { scorer: new EmissionScorer(model), moves: maskTransitions(model.transitions) });
  const fallback = models.en ?? models.es;
  if (!fallback) throw new Error('No entity model to tag with');
  // An article in another language is tagged by the English model, whose capitalisation and
  // gazetteer features still apply; Spanish is the fallback only when no English model exists.
  const modelFor = (language: Language): TaggerModel => (language === 'es' || language === 'en' ? models[language] : undefined) ?? fallback;
  const labelDocument = (sentences: readonly (readonly string[])[], language: Language): Uint8Array[] => {
    const model = modelFor(language);
    const decoder = scorers.get(model);
    if (!decoder) throw new Error(`No scorer for the ${model.language} model`);
    const labels = readDocument(sentences, sharedGazetteer()).map((sentence) => fromBilou(viterbi(decoder.scorer.scoreSentence(sentence), decoder.moves)));
    harmoniseTypes(sentences, labels);
    tagClubsNamedByTown(sentences, labels, sharedGazetteer(), model.language === 'es' ? esClubs : enClubs);
    return labels;
  };
  return {
    recognize(input) {
      const sentences = input.sentences.map((sentence) => {
        const words = new Array<string>(sentence.tokenEnd - sentence.tokenStart);
        for (let i = 0; i < words.length; i++) words[i] = input.tokens[sentence.tokenStart + i].text;
        return words;
      });
      const labels = labelDocument(sentences, input.language);
      const spans: TaggedSpan[] = [];
      input.sentences.forEach((sentence, s) => {
        for (const span of spansOfLabels(labels[s])) {
          const { first, last } = withoutEnclosingQuotes(input.tokens, sentence.tokenStart + span.start, sentence.tokenStart + span.end - 1);
          spans.push({ first, last, type: span.type, sentence: s });
        }
      });
      return mentionRepairsFor(modelFor(input.language).language).repair(input, spans);
    },
    tagTokens(sentences, language) {
      return labelDocument(sentences, language).map((labels) => Array.from(labels, (label) => labelNames[label]));
    },
  };
}

// CoNLL-2002 puts the quotation marks around a quoted name inside it (el diario " El País "), and
// the Spanish model learnt that; `tag --conll` keeps them, but the editor marks and links the name alone.
// A token is a quotation mark if the model reads it as one.
function isQuotationMark(token: string): boolean {
  const form = normaliseForm(token);
  return form === '"' || form === "'";
}

function withoutEnclosingQuotes(tokens: AnalysisInput['tokens'], first: number, last: number): { first: number; last: number } {
  if (last - first >= 2 && isQuotationMark(tokens[first].text) && isQuotationMark(tokens[last].text)) return { first: first + 1, last: last - 1 };
  return { first, last };
}

/** IOB2 labels for a document of pre-tokenized sentences; the language is the caller's choice. */
export function tagTokenizedDocument(tagger: EntityTagger, sentences: readonly (readonly string[])[], language: Language): string[][] {
  return tagger.tagTokens(sentences, language);
}
