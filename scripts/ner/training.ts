// Trains one language's tagger: features once, perceptron epochs scored on the dev set, the best
// epoch kept and quantised.
import { extractDocumentFeatures } from '../../server/src/analysis/entities/tokenFeatures';
import { sharedGazetteer } from '../../server/src/analysis/entities/bundledGazetteer';
import { decodeSentence, type LinearWeights } from '../../server/src/analysis/entities/viterbi';
import type { TaggerModel } from '../../server/src/analysis/entities/model';
import { SparseWeights } from '../../server/src/analysis/entities/sparse-weights';
import { toBilou } from '../../server/src/analysis/entities/bilouLabels';
import { EntityScorer } from './conlleval';
import type { LabelledDocument } from './corpus';
import { mulberry32, trainPerceptron, type TrainingSentence } from './perceptron';
import { recasedCopies, type AugmentationRates } from './augment';
import { quantiseWeights } from './quantise';

export interface TrainingOptions {
  language: string;
  hashBits: number;
  epochs: number;
  seed: number;
  sets: string[];
  augmentation: AugmentationRates;
  log: (line: string) => void;
}

export interface TrainedLanguage {
  model: TaggerModel;
  devScorer: EntityScorer | null;
}

export function featuresOf(documents: readonly LabelledDocument[], hashBits: number): TrainingSentence[] {
  const gazetteer = sharedGazetteer();
  return documents.flatMap((document) => {
    const features = extractDocumentFeatures(
      document.map((sentence) => sentence.tokens),
      { hashBits, gazetteer },
    );
    // Corpora are read as IOB2; the tagger learns BILOU labels.
    return document.map((sentence, s) => ({ features: features[s], labels: toBilou(sentence.labels.slice()) }));
  });
}

export function scoreOn(sentences: readonly TrainingSentence[], weights: LinearWeights): EntityScorer {
  const scorer = new EntityScorer();
  for (const sentence of sentences) scorer.add(sentence.labels, decodeSentence(sentence.features, weights));
  return scorer;
}

export function trainLanguage(train: readonly LabelledDocument[], dev: readonly LabelledDocument[] | null, options: TrainingOptions): TrainedLanguage {
  const augmented = [...train, ...recasedCopies(train, options.augmentation, mulberry32(options.seed ^ 0x5eed))];
  const trainSentences = featuresOf(augmented, options.hashBits);
  const devSentences = dev ? featuresOf(dev, options.hashBits) : null;
  const result = trainPerceptron(trainSentences, {
    hashBits: options.hashBits,
    epochs: options.epochs,
    seed: options.seed,
    afterEpoch: devSentences
      ? (epoch, weights) => {
          const f1 = scoreOn(devSentences, weights).overall().f1;
          options.log(`  ${options.language} epoch ${epoch}: dev F1 ${f1.toFixed(2)}`);
          return f1;
        }
      : undefined,
  });
  const quantised = quantiseWeights(result.weights);
  const devScorer = devSentences ? scoreOn(devSentences, quantised) : null;
  const model: TaggerModel = {
    language: options.language,
    hashBits: options.hashBits,
    weights: SparseWeights.fromDense(quantised.emission),
    scale: quantised.scale,
    transitions: quantised.transitions,
    training: {
      sets: options.sets,
      sentences: trainSentences.length,
      augmentation: options.augmentation,
      epochs: result.epoch,
      seed: options.seed,
      devF1: devScorer ? Number(devScorer.overall().f1.toFixed(2)) : null,
    },
  };
  return { model, devScorer };
}
