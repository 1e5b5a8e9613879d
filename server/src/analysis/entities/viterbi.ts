// First-order Viterbi decoding over BILOU labels; forbidden transitions (O → I-PER, B-ORG → I-LOC, B-PER → O) never win.
import { isAllowedTransition, labelCount as sharedLabelCount } from './bilouLabels';
import type { SentenceFeatures } from './tokenFeatures';

// A module-local copy: imported bindings compile to property getters under CommonJS, too slow for the inner loops.
const labelCount = sharedLabelCount;

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
/** allowedMoves[previous * labelCount + label]; the start row allows what O allows. */
const allowedMoves = Array.from({ length: transitionRows * labelCount }, (_, index) => {
  const previous = Math.floor(index / labelCount);
  return isAllowedTransition(previous === labelCount ? 0 : previous, index % labelCount);
});

/**
 * The labels allowed before each label, in label order: those before `label` are
 * previousLabels[previousStarts[label] .. previousStarts[label + 1]). A forbidden move scores about
 * -1e30 and can never beat an allowed one, so the search skips it (an I- or L- label has two).
 */
const previousLists = Array.from({ length: labelCount }, (_, label) =>
  Array.from({ length: labelCount }, (_, previous) => previous).filter((previous) => allowedMoves[previous * labelCount + label]),
);
const previousLabels = Uint8Array.from(previousLists.flat());
const previousStarts = Uint16Array.from([0, ...previousLists.map((_, label) => previousLists.slice(0, label + 1).flat().length)]);

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

/** Transition scores with the forbidden moves masked; a tagger computes them once per model. */
export function maskTransitions(transitions: Float32Array): Float64Array {
  const moves = new Float64Array(transitionRows * labelCount);
  for (let i = 0; i < moves.length; i++) moves[i] = allowedMoves[i] ? transitions[i] : forbidden;
  return moves;
}

// The search's lattice, reused from sentence to sentence to spare the garbage collector; every cell
// a sentence reads is written for it first.
let lattice = new Float64Array(256 * labelCount);
let backPointers = new Uint8Array(256 * labelCount);

/** The best label sequence for token-major emission `scores` and masked transition `moves`. */
export function viterbi(scores: Float64Array, moves: Float64Array): Uint8Array {
  const length = scores.length / labelCount;
  const labels = new Uint8Array(length);
  if (length === 0) return labels;
  if (lattice.length < length * labelCount) {
    lattice = new Float64Array(2 * length * labelCount);
    backPointers = new Uint8Array(2 * length * labelCount);
  }
  // Locals: the module's reassignable bindings would be read again at every use.
  const best = lattice;
  const back = backPointers;
  for (let label = 0; label < labelCount; label++) best[label] = scores[label] + moves[labelCount * labelCount + label];
  for (let i = 1; i < length; i++) {
    const before = (i - 1) * labelCount;
    const here = i * labelCount;
    for (let label = 0; label < labelCount; label++) {
      const first = previousStarts[label];
      const end = previousStarts[label + 1];
      let argTop = previousLabels[first];
      let top = best[before + argTop] + moves[argTop * labelCount + label];
      for (let c = first + 1; c < end; c++) {
        const previous = previousLabels[c];
        const score = best[before + previous] + moves[previous * labelCount + label];
        if (score > top) {
          top = score;
          argTop = previous;
        }
      }
      best[here + label] = top + scores[here + label];
      back[here + label] = argTop;
    }
  }
  const lastRow = (length - 1) * labelCount;
  let last = 0;
  for (let label = 1; label < labelCount; label++) if (best[lastRow + label] > best[lastRow + last]) last = label;
  labels[length - 1] = last;
  for (let i = length - 1; i > 0; i--) labels[i - 1] = back[i * labelCount + labels[i]];
  return labels;
}

export function decodeSentence(features: SentenceFeatures, weights: LinearWeights): Uint8Array {
  return viterbi(emissionScores(features, weights), maskTransitions(weights.transitions));
}
