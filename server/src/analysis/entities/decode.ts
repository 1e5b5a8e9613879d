// First-order Viterbi decoding over BIO labels; forbidden transitions (O → I-PER, B-ORG → I-LOC) never win.
import { isAllowedTransition, labelCount } from './labels';
import type { SentenceFeatures } from './features';

/** Row `labelCount` holds the scores of starting a sentence with each label. */
export const transitionRows = labelCount + 1;

export interface LinearWeights {
  /** rows × labelCount emission weights, multiplied by `scale`. */
  emission: Float32Array | Int16Array;
  scale: number;
  /** transitionRows × labelCount, row = previous label. */
  transitions: Float32Array;
}

const forbidden = -1e30;
const allowed = Array.from({ length: transitionRows }, (_, previous) =>
  Array.from({ length: labelCount }, (_, label) => previous === labelCount ? isAllowedTransition(0, label) : isAllowedTransition(previous, label)),
);

export function emissionScores(features: SentenceFeatures, weights: LinearWeights): Float64Array {
  const length = features.offsets.length - 1;
  const scores = new Float64Array(length * labelCount);
  const { emission, scale } = weights;
  const { rows, offsets } = features;
  for (let i = 0; i < length; i++) {
    const base = i * labelCount;
    for (let f = offsets[i]; f < offsets[i + 1]; f++) {
      const row = rows[f] * labelCount;
      for (let label = 0; label < labelCount; label++) scores[base + label] += emission[row + label];
    }
    for (let label = 0; label < labelCount; label++) scores[base + label] *= scale;
  }
  return scores;
}

export function viterbi(scores: Float64Array, transitions: Float32Array): Uint8Array {
  const length = scores.length / labelCount;
  const labels = new Uint8Array(length);
  if (length === 0) return labels;
  const best = new Float64Array(length * labelCount);
  const back = new Uint8Array(length * labelCount);
  for (let label = 0; label < labelCount; label++) {
    best[label] = allowed[labelCount][label] ? scores[label] + transitions[labelCount * labelCount + label] : forbidden;
  }
  for (let i = 1; i < length; i++) {
    for (let label = 0; label < labelCount; label++) {
      let top = -Infinity;
      let argTop = 0;
      for (let previous = 0; previous < labelCount; previous++) {
        const score = allowed[previous][label] ? best[(i - 1) * labelCount + previous] + transitions[previous * labelCount + label] : forbidden;
        if (score > top) {
          top = score;
          argTop = previous;
        }
      }
      best[i * labelCount + label] = top + scores[i * labelCount + label];
      back[i * labelCount + label] = argTop;
    }
  }
  let last = 0;
  for (let label = 1; label < labelCount; label++) if (best[(length - 1) * labelCount + label] > best[(length - 1) * labelCount + last]) last = label;
  labels[length - 1] = last;
  for (let i = length - 1; i > 0; i--) labels[i - 1] = back[i * labelCount + labels[i]];
  return labels;
}

export function decodeSentence(features: SentenceFeatures, weights: LinearWeights): Uint8Array {
  return viterbi(emissionScores(features, weights), weights.transitions);
}
