// Averaged structured perceptron (Collins 2002) over the tagger's hashed features, with the lazy
// averaging trick: averaged = w - u / c, where u accumulates c·Δw.
import { labelCount } from '../../server/src/analysis/entities/bilouLabels';
import { decodeSentence, transitionRows, type LinearWeights } from '../../server/src/analysis/entities/viterbi';
import type { SentenceFeatures } from '../../server/src/analysis/entities/tokenFeatures';

export interface TrainingSentence {
  features: SentenceFeatures;
  labels: Uint8Array;
}

export interface PerceptronOptions {
  hashBits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights; returns a dev score to pick the best epoch by. */
  afterEpoch?: (epoch: number, averaged: LinearWeights) => number;
}

export interface PerceptronResult {
  weights: LinearWeights & { emission: Float32Array };
  epoch: number;
  score: number | null;
}

export function trainPerceptron(sentences: readonly TrainingSentence[], options: PerceptronOptions): PerceptronResult {
  const size = (1 << options.hashBits) * labelCount;
  const current = { emission: new Float32Array(size), transitions: new Float32Array(transitionRows * labelCount), scale: 1 };
  const emissionTotals = new Float64Array(size);
  const transitionTotals = new Float64Array(transitionRows * labelCount);
  const random = mulberry32(options.seed);
  const order = sentences.map((_, index) => index);
  let step = 1;
  let best: PerceptronResult | null = null;

  const update = (sentence: TrainingSentence, predicted: Uint8Array) => {
    const { rows, offsets } = sentence.features;
    const gold = sentence.labels;
    for (let i = 0; i < gold.length; i++) {
      const previousGold = i === 0 ? labelCount : gold[i - 1];
      const previousPredicted = i === 0 ? labelCount : predicted[i - 1];
      if (previousGold !== previousPredicted || gold[i] !== predicted[i]) {
        bump(current.transitions, transitionTotals, previousGold * labelCount + gold[i], 1, step);
        bump(current.transitions, transitionTotals, previousPredicted * labelCount + predicted[i], -1, step);
      }
      if (gold[i] === predicted[i]) continue;
      for (let f = offsets[i]; f < offsets[i + 1]; f++) {
        const row = rows[f] * labelCount;
        bump(current.emission, emissionTotals, row + gold[i], 1, step);
        bump(current.emission, emissionTotals, row + predicted[i], -1, step);
      }
    }
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const sentence = sentences[index];
      const predicted = decodeSentence(sentence.features, current);
      if (!sameLabels(predicted, sentence.labels)) update(sentence, predicted);
      step++;
    }
    const averaged = {
      emission: average(current.emission, emissionTotals, step),
      transitions: average(current.transitions, transitionTotals, step),
      scale: 1,
    };
    const score = options.afterEpoch ? options.afterEpoch(epoch, averaged) : null;
    if (!best || score === null || best.score === null || score > best.score) best = { weights: averaged, epoch, score };
  }
  if (!best) throw new Error('Training needs at least one epoch');
  return best;
}

function bump(weights: Float32Array, totals: Float64Array, index: number, delta: number, step: number): void {
  weights[index] += delta;
  totals[index] += step * delta;
}

function average(weights: Float32Array, totals: Float64Array, step: number): Float32Array {
  const averaged = new Float32Array(weights.length);
  for (let i = 0; i < weights.length; i++) averaged[i] = weights[i] - totals[i] / step;
  return averaged;
}

function sameLabels(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
