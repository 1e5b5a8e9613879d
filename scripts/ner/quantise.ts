// Float weights to 16-bit integers: the largest |w| maps to 32767; 8 bits lost half a point of dev F1.
import type { LinearWeights } from '../../server/src/analysis/entities/viterbi';

export function quantiseWeights(weights: LinearWeights & { emission: Float32Array }): LinearWeights & { emission: Int16Array } {
  let largest = 0;
  for (let i = 0; i < weights.emission.length; i++) largest = Math.max(largest, Math.abs(weights.emission[i]));
  const scale = largest > 0 ? largest / 32767 : 1;
  const emission = new Int16Array(weights.emission.length);
  for (let i = 0; i < emission.length; i++) emission[i] = Math.round(weights.emission[i] / scale);
  return { emission, scale, transitions: weights.transitions };
}
